import { findLevelModel } from '../../src/core/model/registry';
import type { Locale } from '../../src/core/model/types';
import type { PickedFile, RoundOperations } from '../../src/host/round-operations';
import { readReturnedFile } from '../../src/xlsx/xlsx-returned';
import { readXlsx, writeXlsx } from '../../src/workbench/xlsx';

/**
 * One table of cases for a round's files, run against both hosts (the workbench over its
 * workbook, Excel over the strict mock): preparing one assessor workbook per rater, collecting the
 * filled ones into the master's Ratings table with an audit line per file, and refusing bad files
 * whole. Both hosts must give the same files, the same rows and the same reasons: core's.
 */

export const model = findLevelModel('ct-am');
export const NOW = new Date('2026-12-02T08:00:00.000Z');
const COMPETENCIES = model.competencies.length;

export interface RoundHost {
  round: RoundOperations;
  /** The files the host handed to the user, in order. */
  delivered: PickedFile[];
  /** The master's Ratings and Audit rows as text (blank rows left out). */
  ratings(): string[][];
  audit(): string[][];
}

export interface RoundSetup {
  locale: Locale;
  /** Person keys of the Assessment table (built with these people). */
  people: string[];
  /** RaterAssignments rows: person key, rater key, role. */
  assignments: string[][];
}

/** Opens a master workbook built by the host's own build, with the assignments HR typed; `bare`: no assessment built. */
export type OpenRoundHost = (setup: RoundSetup | 'bare') => Promise<RoundHost>;

const ZH_ASSIGNMENTS = [
  ['E1', 'E1', '自评'],
  ['E1', 'M-a', '上级'],
  ['E2', 'M-a', '上级'],
  ['E2', 'P1', '同事'],
];
const ZH: RoundSetup = { locale: 'zh-CN', people: ['E1', 'E2'], assignments: ZH_ASSIGNMENTS };
const LEVELS = ['初级', '中级', '高级', '资深'];

/** The assessor's file with every Level filled by `level` (null: left blank), saved again. */
export async function fill(file: PickedFile, level: (person: string, competency: string, rater: string) => string | null, name = file.name): Promise<PickedFile> {
  const book = await readXlsx(file.data);
  const table = book.table('Ratings')!;
  book.tableRows('Ratings').forEach((row, i) => {
    const value = level(String(row[0]), String(row[1]), String(row[2]));
    if (value !== null) book.setValues(table.sheet, table.range.startRow + 1 + i, table.range.startCol + 4, [[value]]);
  });
  return { name, data: await writeXlsx(book) };
}

/** A level from who rates whom, so every file's ratings differ and a conflict is visible. */
const byRater = (person: string, _competency: string, rater: string) => LEVELS[(person.length + rater.length) % LEVELS.length];
const fileOf = (host: RoundHost, name: string) => host.delivered.find((f) => f.name === name)!;

export function runRoundCases(open: OpenRoundHost): void {
  describe('a round’s files', () => {
    it('prepares one workbook per assessor holding only the people they rate, the model and an empty Ratings table', async () => {
      const host = await open(ZH);
      const prepared = await host.round.prepareAssessorWorkbooks(model, 'zh-CN');
      expect(prepared.problems).toEqual([]);
      expect(prepared.files).toEqual([
        { rater: 'E1', fileName: '评价表 E1.xlsx', people: 1 },
        { rater: 'M-a', fileName: '评价表 M-a.xlsx', people: 2 },
        { rater: 'P1', fileName: '评价表 P1.xlsx', people: 1 },
      ]);
      expect(host.delivered.map((f) => f.name)).toEqual(['评价表 E1.xlsx', '评价表 M-a.xlsx', '评价表 P1.xlsx']);
      const manager = await readXlsx(fileOf(host, '评价表 M-a.xlsx').data);
      expect(manager.sheetNames()).toEqual(['模型', '评价记录']);
      expect(manager.tableHeaders('Ratings')).toEqual(['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', 'Evidence', 'Time', 'Source']);
      const rows = manager.tableRows('Ratings');
      expect(rows).toHaveLength(2 * COMPETENCIES);
      expect(rows.map((r) => r[0])).toEqual([...Array(COMPETENCIES).fill('E1'), ...Array(COMPETENCIES).fill('E2')]);
      expect(rows.every((r) => r[2] === 'M-a' && r[3] === '上级' && (r[4] === null || r[4] === ''))).toBe(true);
      const read = await readReturnedFile('x.xlsx', fileOf(host, '评价表 P1.xlsx').data);
      expect(read).toMatchObject({ modelId: 'ct-am', modelVersion: model.version });
      expect(read!.rows.map((r) => r.PersonKey)).toEqual(Array(COMPETENCIES).fill('E2'));
    });

    it('says what is wrong with the assignments, in the user’s language, and prepares nothing', async () => {
      const host = await open({ locale: 'en-US', people: ['E1'], assignments: [['E7', 'M', 'Manager'], ['E1', 'P', 'Friend']] });
      const result = await host.round.prepareAssessorWorkbooks(model, 'en-US');
      expect(result.problems.map((p) => p.en)).toEqual(['assignment row 1: E7 is not in the Assessment table', 'assignment row 2: "Friend" is not a rater role']);
      expect(result.files).toEqual([]);
      expect(host.delivered).toEqual([]);
    });

    it('collects the filled files into the Ratings table, with an audit line per file naming its rows', async () => {
      const host = await open(ZH);
      await host.round.prepareAssessorWorkbooks(model, 'zh-CN');
      const returned = await Promise.all(host.delivered.map((f) => fill(f, byRater)));
      const report = await host.round.collectReturnedWorkbooks(returned, model, 'zh-CN');
      expect(report.refused).toEqual([]);
      expect(report.taken).toEqual([
        { fileName: '评价表 E1.xlsx', ratings: COMPETENCIES, raters: ['E1'] },
        { fileName: '评价表 M-a.xlsx', ratings: 2 * COMPETENCIES, raters: ['M-a'] },
        { fileName: '评价表 P1.xlsx', ratings: COMPETENCIES, raters: ['P1'] },
      ]);
      const rows = host.ratings();
      expect(rows).toHaveLength(4 * COMPETENCIES);
      expect(rows[0]).toEqual(['E1', model.competencies[0].name.zh, 'E1', '自评', byRater('E1', '', 'E1'), '', NOW.toISOString(), '评价表 E1.xlsx']);
      expect(rows.filter((r) => r[7] === '评价表 M-a.xlsx').map((r) => r[0])).toEqual([...Array(COMPETENCIES).fill('E1'), ...Array(COMPETENCIES).fill('E2')]);
      const lines = host.audit().filter((r) => r[8].startsWith('来自文件'));
      expect(lines.map((r) => [r[1], r[2], r[3], r[6], r[8], r[9]])).toEqual([
        ['E1', `评价记录!A2:H${1 + COMPETENCIES}`, '1 人', `收回 ${COMPETENCIES} 条评价`, '来自文件 评价表 E1.xlsx', 'ct-am@1'],
        ['M-a', `评价记录!A${2 + COMPETENCIES}:H${1 + 3 * COMPETENCIES}`, '2 人', `收回 ${2 * COMPETENCIES} 条评价`, '来自文件 评价表 M-a.xlsx', 'ct-am@1'],
        ['P1', `评价记录!A${2 + 3 * COMPETENCIES}:H${1 + 4 * COMPETENCIES}`, '1 人', `收回 ${COMPETENCIES} 条评价`, '来自文件 评价表 P1.xlsx', 'ct-am@1'],
      ]);

      // The same files again: each was collected before; nothing is written twice.
      const again = await host.round.collectReturnedWorkbooks(returned, model, 'zh-CN');
      expect(again.taken).toEqual([]);
      expect(again.refused.map((f) => f.reasons.map((r) => r.zh))).toEqual([['该文件已经收回过'], ['该文件已经收回过'], ['该文件已经收回过']]);
      expect(host.ratings()).toEqual(rows);
    });

    it('refuses a bad file whole with its reasons, takes the good one beside it, and loses nothing already collected', async () => {
      const host = await open(ZH);
      await host.round.prepareAssessorWorkbooks(model, 'zh-CN');
      const first = await host.round.collectReturnedWorkbooks([await fill(fileOf(host, '评价表 M-a.xlsx'), byRater)], model, 'zh-CN');
      expect(first.taken).toHaveLength(1);
      const before = host.ratings();
      const auditBefore = host.audit();

      const conflicting = await fill(fileOf(host, '评价表 M-a.xlsx'), () => '资深', 'M-a again.xlsx');
      const strangers = await fill(fileOf(host, '评价表 P1.xlsx'), (p) => (p === 'E2' ? '高级' : null), 'P1.xlsx');
      const book = await readXlsx(strangers.data);
      const t = book.table('Ratings')!;
      book.setValues(t.sheet, t.range.startRow + 1, t.range.startCol, [['E9']]);
      const unknownPerson = { name: 'P1.xlsx', data: await writeXlsx(book) };
      const empty = { ...fileOf(host, '评价表 E1.xlsx'), name: 'E1 blank.xlsx' };
      const notXlsx = { name: 'notes.txt', data: new TextEncoder().encode('hello') };
      const good = await fill(fileOf(host, '评价表 E1.xlsx'), byRater);
      const report = await host.round.collectReturnedWorkbooks([conflicting, unknownPerson, empty, notXlsx, good], model, 'zh-CN');

      expect(report.taken.map((f) => f.fileName)).toEqual(['评价表 E1.xlsx']);
      const reasons = Object.fromEntries(report.refused.map((f) => [f.fileName, f.reasons.map((r) => r.zh).join(' | ')]));
      expect(reasons['M-a again.xlsx']).toContain('同一人员、能力素质项和评价人的评价互相矛盾:E1 / 成就导向 / M-a');
      expect(reasons['M-a again.xlsx']).toContain('评价人已从其他文件收回:M-a(评价表 M-a.xlsx)');
      expect(reasons['P1.xlsx']).toBe('本评估中没有这些人员:E9');
      expect(reasons['E1 blank.xlsx']).toBe('文件中没有评价(级别均为空白)');
      expect(reasons['notes.txt']).toMatch(/^无法作为 .xlsx 工作簿读取/);
      const rows = host.ratings();
      expect(rows.slice(0, before.length)).toEqual(before);
      expect(rows.slice(before.length).map((r) => r[7])).toEqual(Array(COMPETENCIES).fill('评价表 E1.xlsx'));
      expect(host.audit()).toHaveLength(auditBefore.length + 1);
    });

    it('refuses a file prepared for another version of the model, in English for an English pane', async () => {
      const host = await open({ ...ZH, locale: 'en-US' });
      await host.round.prepareAssessorWorkbooks(model, 'en-US');
      const filled = await fill(host.delivered[0], () => model.scale.levels[2].label.en!);
      const report = await host.round.collectReturnedWorkbooks([filled], { ...model, version: '2' }, 'en-US');
      expect(report.taken).toEqual([]);
      expect(report.refused).toEqual([{ fileName: 'Ratings E1.xlsx', reasons: [expect.objectContaining({ en: 'it was prepared for model ct-am@1, not ct-am@2' })] }]);
      expect(host.ratings()).toEqual([]);
    });

    it('says the workbook has no Ratings table, in the user’s language', async () => {
      const host = await open('bare');
      await expect(host.round.prepareAssessorWorkbooks(model, 'zh-CN')).rejects.toThrow('工作簿中没有评价记录表:请先生成评估工作簿。');
      await expect(host.round.collectReturnedWorkbooks([], model, 'en-US')).rejects.toThrow('The workbook has no Ratings table: build the assessment workbook first.');
    });
  });
}
