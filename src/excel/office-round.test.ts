import { findLevelModel } from '../core/model/registry';
import type { RaterAssignment } from '../core/raters/prepare';
import { REQUEST_LIMIT_BYTES } from '../core/request-size';
import { HASH_COLUMN, LINE_COLUMN } from '../core/rating/audit-chain';
import { filledAssessorFiles, officeRoundMaster, personKeys } from '../../test/office/round-workbooks';
import { createOfficeRound } from './office-round';

/**
 * Collecting returned assessor workbooks over Office.js (the strict mock): the round trips stay
 * the same whatever the number of people and competencies, and no request passes Excel on the
 * web's 5 MB limit however much the files hold.
 */

jest.setTimeout(120_000);
const model = findLevelModel('ct-am');
let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const keys = personKeys;

async function master(people: string[], raters: string[]) {
  const opened = await officeRoundMaster(model, people, raters);
  uninstall = opened.uninstall;
  return opened;
}

const returnedFiles = (assignments: RaterAssignment[], evidence = '') => filledAssessorFiles(model, assignments, () => '中级', evidence);

async function collectSyncs(people: number): Promise<{ syncs: number; runs: number; rows: number }> {
  const { workbook, assignments } = await master(keys(people), ['P1']);
  const files = await returnedFiles(assignments);
  workbook.resetCounters();
  const report = await createOfficeRound().collectReturnedWorkbooks(files, model, 'zh-CN');
  expect(report.refused).toEqual([]);
  const counted = { syncs: workbook.syncCount, runs: workbook.runs.length, rows: workbook.table('Ratings')!.rows.length };
  uninstall?.();
  uninstall = undefined;
  return counted;
}

describe('collecting returned workbooks in Excel', () => {
  it('takes the same round trips for a file of 2 people as for one of 30 (× 18 competencies)', async () => {
    const few = await collectSyncs(2);
    const many = await collectSyncs(30);
    expect(few.rows).toBe(2 * model.competencies.length);
    expect(many.rows).toBe(30 * model.competencies.length);
    // One Excel.run: find the tables, their shapes, the columns core reads; then one append.
    expect(few).toMatchObject({ syncs: 4, runs: 1 });
    expect(many.syncs).toBe(few.syncs);
  });

  it('takes the same round trips for one returned file as for ten', async () => {
    const people = keys(3);
    const raters = Array.from({ length: 10 }, (_, i) => `P${i + 1}`);
    const { workbook, assignments } = await master(people, raters);
    const files = await returnedFiles(assignments);
    workbook.resetCounters();
    const report = await createOfficeRound().collectReturnedWorkbooks(files, model, 'zh-CN');
    expect(report.taken).toHaveLength(10);
    expect(workbook.syncCount).toBe(4);
    const lines = workbook.table('CompetencyAudit')!.rows.filter((r) => String(r[8]).startsWith('来自文件'));
    expect(lines).toHaveLength(10);
    // On the audit chain: numbered on from the build's lines, each hashed.
    const numbers = lines.map((r) => Number(r[LINE_COLUMN]));
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i));
    expect(lines.every((r) => /^[0-9a-f]{64}$/.test(String(r[HASH_COLUMN])))).toBe(true);
  });

  it('sends a collection larger than 5 MB in slices, every request under the limit, each file whole with its audit line', async () => {
    const people = keys(30);
    const raters = ['P1', 'P2', 'P3', 'P4'];
    const { workbook, assignments } = await master(people, raters);
    // 4 files × 540 ratings × 3,000 characters of evidence: about 6.5 MB of cells, more than one request may carry.
    const files = await returnedFiles(assignments, 'x'.repeat(3000));
    workbook.resetCounters();
    const report = await createOfficeRound().collectReturnedWorkbooks(files, model, 'zh-CN');
    expect(report.taken).toHaveLength(4);
    expect(workbook.largestRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(workbook.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    const rows = workbook.table('Ratings')!.rows;
    expect(rows).toHaveLength(4 * 30 * model.competencies.length);
    expect(rows.every((r) => r[5] === 'x'.repeat(3000))).toBe(true);
    expect(workbook.table('CompetencyAudit')!.rows.filter((r) => String(r[8]).startsWith('来自文件')).map((r) => r[2])).toEqual([
      "评价记录!A2:H541",
      "评价记录!A542:H1081",
      "评价记录!A1082:H1621",
      "评价记录!A1622:H2161",
    ]);
  });

  it('reads the master and prepares every assessor’s file in three round trips, whatever their number', async () => {
    const { workbook } = await master(keys(30), ['P1', 'P2', 'P3']);
    workbook.resetCounters();
    const delivered: string[] = [];
    const prepared = await createOfficeRound({ deliver: async (name) => void delivered.push(name) }).prepareAssessorWorkbooks(model, 'zh-CN');
    expect(prepared.files.map((f) => f.people)).toEqual([30, 30, 30]);
    expect(delivered).toEqual(['评价表 P1.xlsx', '评价表 P2.xlsx', '评价表 P3.xlsx']);
    expect(workbook.syncCount).toBe(3);
  });

  it('writes nothing when every file is refused', async () => {
    const { workbook, assignments } = await master(keys(2), ['P1']);
    const [file] = await returnedFiles(assignments);
    await createOfficeRound().collectReturnedWorkbooks([file], model, 'zh-CN');
    const before = workbook.table('Ratings')!.rows;
    workbook.resetCounters();
    const report = await createOfficeRound().collectReturnedWorkbooks([file], model, 'zh-CN');
    expect(report.refused.map((f) => f.reasons.map((r) => r.zh))).toEqual([['该文件已经收回过']]);
    expect(workbook.writes).toEqual([]);
    expect(workbook.table('Ratings')!.rows).toEqual(before);
  });
});
