import { findLevelModel } from '../model/registry';
import { judgeRating, type ApplyRatingRequest, type RatingRead } from './judge';
import { AUDIT_COLUMNS, EVIDENCE_COLUMNS, TARGETS_TABLE, headers } from './records';

const model = findLevelModel('ct-am');
const NOW = new Date('2026-11-25T08:30:00.000Z');

const request = (overrides: Partial<ApplyRatingRequest> = {}): ApplyRatingRequest => ({
  table: 'Ratings',
  rowIndex: 0,
  columnIndex: 2,
  expected: '',
  level: '中级',
  confirmOverwrite: false,
  assessor: '赵六',
  person: '张三',
  competency: '成就导向',
  evidence: '[初级] ▶ 有明确的目标',
  comment: '=1+1',
  model: 'ct-am@1',
  locale: 'zh-CN',
  ...overrides,
});

const read = (overrides: Partial<RatingRead> = {}): RatingRead => ({
  table: { name: 'Ratings', headers: ['姓名', '岗位', '成就导向'], rowCount: 1, columnCount: 3 },
  rowTexts: ['张三 ', '客户经理', ''],
  current: '',
  cell: { sheet: '评估', row: 1, column: 2 },
  people: null,
  evidence: null,
  audit: null,
  sheetNames: ['评估', '证据'],
  ...overrides,
});

describe('judgeRating', () => {
  it('writes a blank rating cell: the level as text, the change, and new record tables on free localized sheets', () => {
    const decision = judgeRating(request(), model, {}, read(), NOW);
    expect('write' in decision && decision.write).toMatchObject({
      sheet: '评估',
      row: 1,
      column: 2,
      input: '中级',
      change: { time: '2026-11-25T08:30:00.000Z', cell: '评估!C2', person: '张三', oldValue: '', newValue: '中级' },
      evidence: { placement: { into: 'new-table', table: 'CompetencyEvidence', sheet: '证据 (2)', headers: headers(EVIDENCE_COLUMNS, 'zh-CN') } },
      audit: { placement: { into: 'new-table', table: 'CompetencyAudit', sheet: '审计日志' } },
    });
    expect('write' in decision && decision.write.evidence.row.cells[4]).toBe("'=1+1");
  });

  it("replaces the person's evidence row for the competency and appends to the audit log", () => {
    const row = (person: string, competency: string) => ({ person, competency, key: '', cell: '' });
    const evidence = { headers: headers(EVIDENCE_COLUMNS, 'en-US'), keys: [row('李四', '成就导向'), row('张三', 'achievement-orientation')] };
    const decision = judgeRating(request(), model, {}, read({ evidence, audit: { headers: headers(AUDIT_COLUMNS, 'zh-CN') } }), NOW);
    expect('write' in decision && [decision.write.evidence.placement, decision.write.audit.placement]).toEqual([{ into: 'replace', index: 1 }, { into: 'append' }]);
  });

  it('asks before replacing a rating, and when the cell changed since it was read, even when confirmed', () => {
    expect(judgeRating(request({ expected: '中级' }), model, {}, read({ current: '中级' }), NOW)).toEqual({ answer: { status: 'needs-confirmation', current: '中级' } });
    expect(judgeRating(request({ expected: '', confirmOverwrite: true }), model, {}, read({ current: '初级' }), NOW)).toEqual({ answer: { status: 'needs-confirmation', current: '初级' } });
    const confirmed = judgeRating(request({ expected: '中级', confirmOverwrite: true, level: '高级' }), model, {}, read({ current: '中级' }), NOW);
    expect('write' in confirmed && confirmed.write.change.oldValue).toBe('中级');
  });

  it.each([
    ['a Targets cell', request({ table: TARGETS_TABLE }), read({ table: { name: TARGETS_TABLE, headers: ['岗位', '成就导向'], rowCount: 1, columnCount: 2 } }), /does not rate/],
    ['a column that rates nothing', request({ columnIndex: 1 }), read(), /does not rate/],
    ['a row below the table', request({ rowIndex: 1 }), read(), /outside the 1 data rows/],
    ['a table that is gone', request(), read({ table: null }), /no table "Ratings"/],
    ['a level the model lacks', request({ level: 'L9' }), read(), /not a level of model ct-am/],
    ['a row now holding someone else', request({ person: '王五' }), read(), /now holds 张三, not 王五/],
    ['an Evidence table with foreign headers', request(), read({ evidence: { headers: ['Who', 'What'], keys: [] } }), /columns of table CompetencyEvidence/],
  ])('refuses %s', (_, req, got, reason) => {
    const decision = judgeRating({ ...req, locale: 'en-US' }, model, {}, got, NOW);
    expect(decision).toEqual({ answer: { status: 'refused', reason: expect.stringMatching(reason) } });
  });

  it('refuses in the assessor’s language', () => {
    expect(judgeRating(request({ person: '王五' }), model, {}, read(), NOW)).toEqual({
      answer: { status: 'refused', reason: '表格"Ratings"的第 1 行现在是张三,不是王五:读取单元格后表格有变动。请重新选择该单元格。' },
    });
    expect(judgeRating(request({ level: 'L9' }), model, {}, read(), NOW)).toEqual({ answer: { status: 'refused', reason: '"L9"不是模型 ct-am 的级别(初级、中级、高级、资深)。' } });
  });
});
