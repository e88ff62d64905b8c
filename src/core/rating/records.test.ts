import { auditCells, evidenceCells, isNonRatingTable, storedText, type RatingChange } from './records';

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
};

describe('record cells', () => {
  it('keep formula-like text from running and a leading apostrophe as written', () => {
    expect(storedText('=1+1')).toBe("'=1+1");
    expect(storedText("'quoted")).toBe("''quoted");
    expect(storedText('plain')).toBe('plain');
  });
  it('keep the evidence date and the audit time as text', () => {
    const evidence = evidenceCells(change);
    expect(evidence[0]).toBe('\'=HYPERLINK("http://x")');
    expect(evidence[6]).toBe("'2026-11-25");
    const audit = auditCells(change);
    expect(audit[0]).toBe("'2026-11-25T08:30:00.000Z");
    expect(audit[1]).toBe("''Zhao");
    expect(audit[8]).toBe("'+1 good");
  });
  it('keep an employee number with leading zeros as text, in the Person key column of both', () => {
    expect(evidenceCells(change).at(-1)).toBe("'007");
    expect(auditCells(change).at(-1)).toBe("'007");
  });
  it('name the add-in tables that never hold ratings', () => {
    expect(['CompetencyTargets', 'CompetencyModel', 'CompetencyEvidence', 'CompetencyAudit'].every(isNonRatingTable)).toBe(true);
    expect(isNonRatingTable('CompetencyAssessment')).toBe(false);
  });
});
