import { choosePeople, rolesInSnapshot } from './people-choice';
import type { AssessmentSnapshot } from './snapshot';

const person = (name: string, role: string, level: number | null) => ({ name, role, levels: [level], targets: [3] });
const snapshot: AssessmentSnapshot = {
  modelId: 'ct-am',
  modelVersion: '1',
  modelName: 'ct-am',
  scaleLabels: ['初级', '中级', '高级', '资深'],
  competencies: [{ id: 'resilience', name: '抗挫能力' }],
  people: [person('张三', '客户经理', 2), person('李四', '高级客户经理', 4), person('王五', ' 客户经理 ', 3), person('Ann Lee', '', null)],
};

describe('choosing the people a deck covers', () => {
  it('lists the roles with their counts, spelling variants counted as one', () => {
    expect(rolesInSnapshot(snapshot)).toEqual([
      { role: '客户经理', count: 2 },
      { role: '高级客户经理', count: 1 },
      { role: '', count: 1 },
    ]);
  });

  it('keeps everyone for "all", saying no narrower coverage', () => {
    const result = choosePeople({ ...snapshot, coverage: { kind: 'selection' } }, { kind: 'all' });
    expect(result.ok && result.snapshot.people.map((p) => p.name)).toEqual(['张三', '李四', '王五', 'Ann Lee']);
    expect(result.ok && result.snapshot.coverage).toBeUndefined();
  });

  it('narrows to one role, in table order, and names the role', () => {
    const result = choosePeople(snapshot, { kind: 'role', role: '客户经理' });
    if (!result.ok) throw new Error('refused');
    expect(result.snapshot.people.map((p) => p.name)).toEqual(['张三', '王五']);
    expect(result.snapshot.coverage).toEqual({ kind: 'role', role: '客户经理' });
    expect(result.snapshot.competencies).toBe(snapshot.competencies);
    expect(snapshot.people).toHaveLength(4);
  });

  it('narrows to the chosen names, matched as typed; unknown names are left out and returned', () => {
    const result = choosePeople(snapshot, { kind: 'selection', names: ['王五', ' ann  LEE', '赵六', '王五', '赵六'] });
    if (!result.ok) throw new Error('refused');
    expect(result.snapshot.people.map((p) => p.name)).toEqual(['王五', 'Ann Lee']);
    expect(result.snapshot.coverage).toEqual({ kind: 'selection' });
    expect(result.unknownNames).toEqual(['赵六']);
  });

  it('refuses an empty choice, a role nobody holds and names that match nobody', () => {
    expect(choosePeople(snapshot, { kind: 'selection', names: [] })).toEqual({ ok: false, reason: 'nobody-chosen', unknownNames: [] });
    expect(choosePeople(snapshot, { kind: 'selection', names: ['  '] })).toEqual({ ok: false, reason: 'nobody-chosen', unknownNames: [] });
    expect(choosePeople(snapshot, { kind: 'role', role: '经理' })).toEqual({ ok: false, reason: 'nobody-in-role', unknownNames: [] });
    expect(choosePeople(snapshot, { kind: 'selection', names: ['赵六'] })).toEqual({ ok: false, reason: 'no-known-names', unknownNames: ['赵六'] });
  });
});
