import { auditCells, evidenceCells, isNonRatingTable, storedText, type RatingChange } from './records';
import { recordTimeText } from './record-time';

const change: RatingChange = {
  time: '2026-11-25T08:30:00.000Z',
  assessor: "'Zhao",
  cell: '评估!C10',
  person: '=HYPERLINK("http://x")',
  personKey: '007',
  competency: '抗挫能力',
  oldValue: '',
  newValue: '中级',
  evidence: '[中级] ▶ text',
  comment: '+1 good',
  model: 'ct-am@1',
  source: 'typed',
};

describe('record cells', () => {
  it('keep formula-like text from running and a leading apostrophe as written', () => {
    expect(storedText('=1+1')).toBe("'=1+1");
    expect(storedText("'quoted")).toBe("''quoted");
    expect(storedText('plain')).toBe('plain');
  });
  it('keep the evidence date and the audit time as date values of the local clock, shown as local date-times', () => {
    const evidence = evidenceCells(change);
    expect(evidence[0]).toBe('\'=HYPERLINK("http://x")');
    const local = new Date(change.time);
    const shown = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')} ${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(typeof evidence[6]).toBe('number');
    expect(recordTimeText(evidence[6])).toBe(shown);
    const audit = auditCells(change, 'en-US');
    expect(audit[0]).toBe(evidence[6]);
    expect(audit[1]).toBe("''Zhao");
    expect(audit[8]).toBe("'+1 good");
    expect(audit[11]).toBe('Typed in the cell');
    expect(auditCells(change, 'zh-CN')[11]).toBe('在单元格中输入');
  });
  it('read older text times as they are', () => {
    expect(recordTimeText('2026-11-01')).toBe('2026-11-01');
    expect(recordTimeText(46351.5)).toBe('2026-11-25 12:00');
  });
  it('keep an employee number with leading zeros as text, in the Person key column of both', () => {
    expect(evidenceCells(change).at(-1)).toBe("'007");
    expect(auditCells(change, 'en-US')[10]).toBe("'007");
  });
  it('name the add-in tables that never hold ratings', () => {
    expect(['CompetencyTargets', 'CompetencyModel', 'CompetencyEvidence', 'CompetencyAudit'].every(isNonRatingTable)).toBe(true);
    expect(isNonRatingTable('CompetencyAssessment')).toBe(false);
  });
});
