import { findLevelModel } from '../core/model/registry';
import { levelSheetGeometry } from '../core/plan/levels';
import { krippendorffAlpha } from '../core/raters/agreement';
import { registerHrFunctions, setFunctionLocale } from './hr-plugin';
import { createWorkbenchAssessment } from './workbench-assessment';
import { createWorkbenchRound } from './workbench-round';
import { WorkbenchWorkbook } from './workbook';
import { readXlsx, writeXlsx } from './xlsx';

/**
 * A round in the workbench: self, manager, three peers and two reports per person; assessor
 * workbooks prepared, filled, returned and collected; the Assessment sheet combines them.
 */
registerHrFunctions();
// Fourteen .xlsx files written, read, filled and read again: slow on a shared machine, not a timing test.
jest.setTimeout(300_000);
setFunctionLocale('zh-CN');
const model = findLevelModel('ct-am');
const [first, second] = model.competencies.map((c) => c.name.zh!);
const LEVELS = ['初级', '中级', '高级', '资深'];
const RATERS: [string, string][] = [['self', '自评'], ['M', '上级'], ['P1', '同事'], ['P2', '同事'], ['P3', '同事'], ['R1', '下属'], ['R2', '下属']];
/** Levels per person for the first competency, in RATERS order; the second competency gets 3 from everyone. */
const GIVEN: Record<string, number[]> = { E1: [4, 2, 3, 2, 4, 1, 2], E2: [2, 3, 4, 4, 4, 3, 3] };

async function master() {
  const workbook = new WorkbenchWorkbook();
  await createWorkbenchAssessment(workbook).buildAssessment({ model, people: [{ name: 'E1', role: '', key: 'E1' }, { name: 'E2', role: '', key: 'E2' }], locale: 'zh-CN' });
  const assignments = ['E1', 'E2'].flatMap((person) => RATERS.map(([rater, role]) => [person, rater === 'self' ? person : `${rater}-${person === 'E1' ? 'a' : 'b'}`, role]));
  workbook.appendTableRows('RaterAssignments', assignments);
  const files: { name: string; data: Uint8Array }[] = [];
  const round = createWorkbenchRound(workbook, (name, data) => void files.push({ name, data }), () => new Date('2026-12-02T08:00:00Z'));
  return { workbook, round, files };
}

/** The assessor fills every blank Level of their file as GIVEN says. */
async function fill(file: { name: string; data: Uint8Array }, level: (person: string, competency: string, rater: string) => number | null) {
  const book = await readXlsx(file.data);
  const table = book.table('Ratings')!;
  const rows = book.tableRows('Ratings');
  rows.forEach((row, i) => {
    const value = level(String(row[0]), String(row[1]), String(row[2]));
    if (value !== null) book.setValues(table.sheet, table.range.startRow + 1 + i, table.range.startCol + 4, [[LEVELS[value - 1]]]);
  });
  return { name: file.name, data: await writeXlsx(book) };
}

const byGiven = (person: string, competency: string, rater: string) => {
  const index = RATERS.findIndex(([key]) => (key === 'self' ? rater === person : rater.startsWith(`${key}-`)));
  if (competency === first) return GIVEN[person][index];
  return competency === second ? 3 : null;
};

describe('a round with several raters in the workbench', () => {
  it('prepares one workbook per assessor with only the people they rate, collects the filled ones and combines them on the Assessment sheet', async () => {
    const { workbook, round, files } = await master();
    const prepared = await round.prepareAssessorWorkbooks(model, 'zh-CN');
    expect(prepared.problems).toEqual([]);
    // E1 and E2 rate themselves; the other 6 raters of each person are different people: 2 + 12 files.
    expect(prepared.files).toHaveLength(14);
    const managerA = await readXlsx(files.find((f) => f.name === '评价表 M-a.xlsx')!.data);
    expect(managerA.sheetNames()).toEqual(['模型', '评价记录']);
    const rows = managerA.tableRows('Ratings');
    expect(rows).toHaveLength(model.competencies.length);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['E1']));
    expect(rows.every((r) => r[2] === 'M-a' && r[3] === '上级' && (r[4] === null || r[4] === ''))).toBe(true);

    const returned = await Promise.all(files.map((f) => fill(f, byGiven)));
    const report = await round.collectReturnedWorkbooks(returned, model, 'zh-CN');
    expect(report.refused).toEqual([]);
    expect(report.taken).toHaveLength(14);
    expect(workbook.tableRowCount('Ratings')).toBe(14 * 2); // two competencies rated in each of the 14 files

    const g = levelSheetGeometry(model, 2);
    const combined = (person: number, competency: number) => workbook.value('评估', g.rows.firstData + person, g.combinedColumn + 1 + competency);
    // Two reports are below their minimum of 3 and too few to pool as "other": left out; weights renormalised over .8.
    // E1: (4 × .1 + 2 × .5 + 3 × .2) / .8 = 2.5; E2: (2 × .1 + 3 × .5 + 4 × .2) / .8 = 3.125; everyone gave 3 on the second.
    expect(combined(0, 0)).toBeCloseTo(2.5, 9);
    expect(combined(1, 0)).toBeCloseTo(3.125, 9);
    expect(combined(0, 1)).toBeCloseTo(3, 9);
    const alpha = workbook.value('评估', g.rows.weights - 1, g.combinedColumn + 1);
    expect(alpha).toBeCloseTo(krippendorffAlpha([GIVEN.E1, GIVEN.E2], 'ordinal').alpha, 9);
    const audit = workbook.tableRows('CompetencyAudit').filter((r) => String(r[8]).startsWith('来自文件'));
    expect(audit).toHaveLength(14);
    expect(audit.find((r) => r[8] === '来自文件 评价表 M-a.xlsx')).toMatchObject({ 1: 'M-a', 6: '收回 2 条评价', 9: 'ct-am@1', 11: '收回评估人工作簿' });
    // The lines are sealed onto the audit chain: verify passes, and names the first one edited by hand.
    const assessment = createWorkbenchAssessment(workbook);
    await expect(assessment.verifyAuditLog()).resolves.toEqual({ status: 'intact', checked: 14, beforeChain: 0 });
    const log = workbook.table('CompetencyAudit')!;
    expect(workbook.editCell(log.sheet, log.range.startRow + 3, log.range.startCol + 6, '收回 3 条评价').ok).toBe(true);
    await expect(assessment.verifyAuditLog()).resolves.toMatchObject({ status: 'broken', problem: 'edited', line: 3, sheetRow: log.range.startRow + 4 });
  });

  it('refuses a bad returned file whole, with its reasons, and loses nothing already collected', async () => {
    const { workbook, round, files } = await master();
    await round.prepareAssessorWorkbooks(model, 'zh-CN');
    const good = await fill(files.find((f) => f.name === '评价表 M-a.xlsx')!, byGiven);
    expect((await round.collectReturnedWorkbooks([good], model, 'zh-CN')).taken).toHaveLength(1);
    const before = workbook.tableRows('Ratings');

    const conflicting = await fill(files.find((f) => f.name === '评价表 M-a.xlsx')!, (p, c, r) => (byGiven(p, c, r) === null ? null : 1));
    const renamed = { ...conflicting, name: 'M-a again.xlsx' };
    const strangers = await readXlsx(files.find((f) => f.name === '评价表 P1-a.xlsx')!.data);
    const t = strangers.table('Ratings')!;
    strangers.setValues(t.sheet, t.range.startRow + 1, t.range.startCol, [['E9', first, 'P1-a', '同事', '高级']]);
    const notXlsx = { name: 'notes.txt', data: new TextEncoder().encode('hello') };
    const report = await round.collectReturnedWorkbooks([renamed, { name: 'P1-a.xlsx', data: await writeXlsx(strangers) }, notXlsx], model, 'zh-CN');

    expect(report.taken).toEqual([]);
    const reasons = Object.fromEntries(report.refused.map((f) => [f.fileName, f.reasons.map((r) => r.zh).join(' | ')]));
    expect(reasons['M-a again.xlsx']).toMatch(/同一人员、能力素质项和评价人的评价互相矛盾:E1 \/ 成就导向 \/ M-a/);
    expect(reasons['M-a again.xlsx']).toContain('评价人已从其他文件收回:M-a(评价表 M-a.xlsx)');
    expect(reasons['P1-a.xlsx']).toBe('本评估中没有这些人员:E9');
    expect(reasons['notes.txt']).toMatch(/^无法作为 .xlsx 工作簿读取/);
    expect(workbook.tableRows('Ratings')).toEqual(before);
  });

  it('says what is wrong with the assignments instead of preparing files', async () => {
    const workbook = new WorkbenchWorkbook();
    await createWorkbenchAssessment(workbook).buildAssessment({ model, people: [{ name: 'E1', role: '', key: 'E1' }], locale: 'en-US' });
    workbook.appendTableRows('RaterAssignments', [['E7', 'M', 'Manager'], ['E1', 'P', 'Friend']]);
    const delivered: string[] = [];
    const result = await createWorkbenchRound(workbook, (name) => void delivered.push(name)).prepareAssessorWorkbooks(model, 'en-US');
    expect(result.problems.map((p) => p.en)).toEqual(['assignment row 1: E7 is not in the Assessment table', 'assignment row 2: "Friend" is not a rater role']);
    expect(delivered).toEqual([]);
  });
});
