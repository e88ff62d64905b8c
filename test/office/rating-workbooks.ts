import { findLevelModel } from '../../src/core/model/registry';
import type { LevelModel } from '../../src/core/model/types';
import type { ApplyRatingRequest } from '../../src/host/workbook-operations';
import { ExcelWorkbookMock, columnLetters, type MockCellInput, type MockWorkbookSpec } from './counting-mock';

/** Assessment workbooks for the Office.js rating tests, on the counting mock. */

export const model: LevelModel = findLevelModel('ct-am');

/** The add-in's table: 姓名, 岗位, then one column per competency of ct-am (Chinese names), then 加权得分. */
export const BUILT = { sheet: '评估', table: 'CompetencyAssessment' };
export const builtHeaders = ['姓名', '岗位', ...model.competencies.map((c) => c.name.zh ?? c.id), '加权得分'];

/** HR's own table: English headers, one unrecognised competency column and a notes column. */
export const HAND_MADE = { sheet: 'Team', table: 'Ratings', at: 'B3' };
export const handMadeHeaders = ['Employee', 'Position', 'Resilience', 'Listening', 'Notes'];
export const LISTENING_MAPPING = { Ratings: { Listening: 'communication-and-listening', Notes: null } };

export const NOW = new Date('2026-11-25T08:30:00.000Z');

/**
 * The built table at A1 of 评估 (张三 rated 中级 in 成就导向), HR's table at B3 of Team, and a
 * budget table that rates nothing.
 */
export function assessmentWorkbook(options: Pick<MockWorkbookSpec, 'requirementSets' | 'nullObjects'> = {}): ExcelWorkbookMock {
  const blanks = model.competencies.map(() => '');
  return new ExcelWorkbookMock({
    sheets: { [BUILT.sheet]: [], [HAND_MADE.sheet]: [['Ratings 2026']], Budget: [] },
    tables: [
      {
        name: BUILT.table,
        sheet: BUILT.sheet,
        at: 'A1',
        headers: builtHeaders,
        rows: [
          ['张三', '客户经理', '中级', ...blanks.slice(1), { formula: '=HR.WEIGHTED.SCORE(C2:T2)', value: 2 }],
          ['李四', '客户经理', ...blanks, ''],
          ['王五', '大客户经理', ...blanks, ''],
        ],
      },
      { name: HAND_MADE.table, sheet: HAND_MADE.sheet, at: HAND_MADE.at, headers: handMadeHeaders, rows: [['Li Lei', 'AM', '', 'Junior', 'new'], ['Han Mei', 'AM', 'Senior', '', '']] },
      { name: 'Costs', sheet: 'Budget', at: 'A1', headers: ['Item', 'Amount'], rows: [['Travel', 100]] },
    ],
    selection: { sheet: BUILT.sheet, address: 'D3' },
    ...options,
  });
}

/** A level model of `count` competencies named 能力1, 能力2, ... (ct-am has 18; the scale test wants 30). */
export function wideModel(count: number): LevelModel {
  return {
    ...model,
    id: 'wide',
    competencies: Array.from({ length: count }, (_, i) => ({ id: `c${i + 1}`, classId: model.classes[0].id, name: { zh: `能力${i + 1}`, en: `Skill ${i + 1}` }, levels: [] })),
  };
}

/** An assessment table of `people` rows and `competencies` rating columns at A1 of 评估, all blank. */
export function largeWorkbook(people: number, competencies: number): ExcelWorkbookMock {
  const headers = ['姓名', '岗位', ...Array.from({ length: competencies }, (_, i) => `能力${i + 1}`)];
  const rows: MockCellInput[][] = Array.from({ length: people }, (_, p) => [`员工${p + 1}`, '客户经理', ...Array<string>(competencies).fill('')]);
  return new ExcelWorkbookMock({
    sheets: { [BUILT.sheet]: [] },
    tables: [{ name: BUILT.table, sheet: BUILT.sheet, at: 'A1', headers, rows }],
    selection: { sheet: BUILT.sheet, address: `${columnLetters(competencies + 1)}${people + 1}` },
  });
}

export function ratingRequest(overrides: Partial<ApplyRatingRequest> = {}): ApplyRatingRequest {
  return {
    table: BUILT.table,
    rowIndex: 1,
    columnIndex: 2,
    expected: '',
    level: '中级',
    confirmOverwrite: false,
    assessor: '赵六',
    person: '李四',
    competency: '成就导向',
    evidence: '[初级] ▶ 有明确的目标',
    comment: '季度复盘',
    model: 'ct-am@1',
    locale: 'zh-CN',
    ...overrides,
  };
}

/** ct-am grown to `n` competencies (copies of its own, renamed): a valid model of any width. */
export function grownModel(n: number): LevelModel {
  const competencies = Array.from({ length: n }, (_, i) => {
    const c = model.competencies[i % model.competencies.length];
    return i < model.competencies.length ? c : { ...c, id: `${c.id}-${i}`, name: { zh: `${c.name.zh}${i}`, en: `${c.name.en} ${i}` } };
  });
  return { ...model, competencies };
}
