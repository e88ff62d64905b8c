import { evidenceText, indicatorId, supportedLevel, ticksFromEvidence } from './evidence';
import { findLevelModel } from '../model/registry';
import type { Competency } from '../model/types';

const t = (zh: string) => ({ zh, en: zh });
const competency: Competency = {
  id: 'c',
  classId: 'k',
  name: t('测试'),
  levels: [
    { levelId: 'L1', indicators: [t('a'), t('b')] },
    { levelId: 'L2', indicators: [t('c')] },
    { levelId: 'L3', indicators: [], missing: true },
    { levelId: 'L4', indicators: [t('d'), t('e')] },
  ],
};
const tick = (...ids: string[]) => new Set(ids);

describe('supportedLevel', () => {
  it('numbers indicators per level', () => {
    expect(indicatorId('L2', 0)).toBe('L2.1');
  });
  it('supports no level until every lowest-level indicator is ticked', () => {
    expect(supportedLevel(competency, tick()).levelId).toBeNull();
    expect(supportedLevel(competency, tick('L1.1')).levelId).toBeNull();
  });
  it('is the highest level whose indicators and those below are all ticked', () => {
    expect(supportedLevel(competency, tick('L1.1', 'L1.2')).levelId).toBe('L1');
    expect(supportedLevel(competency, tick('L1.1', 'L1.2', 'L2.1')).levelId).toBe('L2');
  });
  it('passes over a level without a descriptor and says so', () => {
    const result = supportedLevel(competency, tick('L1.1', 'L1.2', 'L2.1', 'L4.1', 'L4.2'));
    expect(result.levelId).toBe('L4');
    expect(result.skippedMissing).toEqual(['L3']);
  });
  it('does not raise the level for ticks above a gap, and reports them', () => {
    const result = supportedLevel(competency, tick('L1.1', 'L1.2', 'L4.1', 'L4.2'));
    expect(result.levelId).toBe('L1');
    expect(result.tickedAbove).toEqual(['L4']);
    expect(result.checks.find((c) => c.levelId === 'L2')).toEqual({ levelId: 'L2', total: 1, ticked: 0, missing: false });
  });
});

describe('ticksFromEvidence', () => {
  const ctAm = findLevelModel('ct-am');
  const resilience = ctAm.competencies.find((c) => c.id === 'resilience')!;

  it('restores ticks from evidence written in either language, ignoring other lines', () => {
    const ticked = new Set(['L1.2', 'L3.1']);
    expect(ticksFromEvidence(ctAm, resilience, evidenceText(ctAm, resilience, ticked, 'zh-CN'))).toEqual(ticked);
    expect(ticksFromEvidence(ctAm, resilience, evidenceText(ctAm, resilience, ticked, 'en-US') + '\nsomething else')).toEqual(ticked);
    expect(ticksFromEvidence(ctAm, resilience, '')).toEqual(new Set());
  });
});
