import { planModelArchive, VERSION_TAG_CELLS, versionTagSheets, type ExistingWorkbook } from './model-archive';
import { modelToRows } from '../model-sheet/write';
import { findLevelModel } from '../model/registry';
import type { CompetencyModel, Locale } from '../model/types';
import { planAssessmentWorkbook } from './workbook-plan';

const ct = findLevelModel('ct-am');
const v2: CompetencyModel = { ...ct, version: '2' };

/** The cells of `address` ("A2:B3") in a grid from A1. */
function cellsAt(grid: unknown[][], address: string): unknown[][] {
  const [from, to = from] = address.split(':');
  const at = (a: string) => ({ col: a.charCodeAt(0) - 65, row: Number(a.slice(1)) - 1 });
  const [p, q] = [at(from), at(to)];
  return grid.slice(p.row, q.row + 1).map((row) => Array.from({ length: q.col - p.col + 1 }, (_, i) => row[p.col + i] ?? ''));
}

/** A workbook built with `built` (Model and Assessment sheets of its language, their tables), plus `more`. */
function builtWith(built: CompetencyModel, locale: Locale = 'zh-CN', more: Partial<ExistingWorkbook> = {}): ExistingWorkbook {
  const names = versionTagSheets(planAssessmentWorkbook(built, [], locale));
  return {
    sheets: ['Sheet1', names.model!, '目标级别', names.assessment!, '证据', '审计日志'],
    tables: [
      { name: 'CompetencyModel', sheet: names.model! },
      { name: 'CompetencyAssessment', sheet: names.assessment! },
    ],
    modelCells: cellsAt(modelToRows(built, locale), VERSION_TAG_CELLS.model),
    assessmentCells: [[`${built.id}@${built.version}`]],
    ...more,
  };
}

describe('keeping the Model sheet of an older model version on a rebuild', () => {
  it('keeps the Model sheet of version 1 as "模型 ct-am@1", its table renamed, when version 2 is built', () => {
    const plan = planAssessmentWorkbook(v2, [], 'zh-CN');
    expect(planModelArchive(plan, builtWith(ct))).toEqual({
      sheet: '模型',
      to: '模型 ct-am@1',
      tag: 'ct-am@1',
      table: { from: 'CompetencyModel', to: 'CompetencyModel_v1' },
    });
    // In English workbooks the sheet is "Model" and keeps an English name.
    expect(planModelArchive(planAssessmentWorkbook(v2, [], 'en-US'), builtWith(ct, 'en-US'))).toMatchObject({ sheet: 'Model', to: 'Model ct-am@1' });
  });

  it('replaces the Model sheet as before when it holds the version being built', () => {
    expect(planModelArchive(planAssessmentWorkbook(ct, [], 'zh-CN'), builtWith(ct))).toBeNull();
    expect(planModelArchive(planAssessmentWorkbook(v2, [], 'zh-CN'), builtWith(v2))).toBeNull();
  });

  it('has nothing to keep in a workbook without a Model sheet, or one whose version cannot be read', () => {
    const plan = planAssessmentWorkbook(v2, [], 'zh-CN');
    expect(planModelArchive(plan, { sheets: ['Sheet1'], tables: [], modelCells: null, assessmentCells: null })).toBeNull();
    expect(planModelArchive(plan, builtWith(ct, 'zh-CN', { modelCells: [['模型 ID', ''], ['版本', '']], assessmentCells: [['']] }))).toBeNull();
  });

  it("reads the Model sheet's own version first, the Assessment sheet's B2 when the Model sheet has none", () => {
    const plan = planAssessmentWorkbook(v2, [], 'zh-CN');
    // HR typed the new version into the Model sheet they edited: that sheet is version 2 already.
    expect(planModelArchive(plan, builtWith(ct, 'zh-CN', { modelCells: [['模型 ID', 'ct-am'], ['版本', 2]] }))).toBeNull();
    // A Model sheet whose rows are not the add-in's: the Assessment sheet's tag names it.
    expect(planModelArchive(plan, builtWith(ct, 'zh-CN', { modelCells: [['', ''], ['', '']] }))).toMatchObject({ to: '模型 ct-am@1', tag: 'ct-am@1' });
    // The labels are read in either language.
    expect(planModelArchive(plan, builtWith(ct, 'zh-CN', { modelCells: [['Model ID', 'ct-am'], ['Version', '1']], assessmentCells: null }))).toMatchObject({ tag: 'ct-am@1' });
  });

  it('keeps the Model sheet of another model too: its ratings name it', () => {
    const plan = planAssessmentWorkbook(ct, [], 'zh-CN');
    expect(planModelArchive(plan, builtWith(findLevelModel('cm-gcam')))).toMatchObject({ to: '模型 cm-gcam@1', table: { to: 'CompetencyModel_v1' } });
  });

  it('gives the kept table a name no other table has, and keeps nothing twice', () => {
    const plan = planAssessmentWorkbook({ ...ct, version: '3' }, [], 'zh-CN');
    const existing = builtWith(v2);
    const taken = { ...existing, tables: [...existing.tables, { name: 'CompetencyModel_v2', sheet: '模型 cm-gcam@2' }] };
    expect(planModelArchive(plan, taken)?.table).toEqual({ from: 'CompetencyModel', to: 'CompetencyModel_v2_2' });
    // Versions with characters a table name cannot hold.
    const dated = builtWith({ ...ct, version: '2024/12 draft' });
    expect(planModelArchive(plan, dated)).toMatchObject({ to: '模型 ct-am@2024_12 draft', table: { to: 'CompetencyModel_v2024_12_draft' } });
    // A sheet of that name holds the version already: the Model sheet is replaced as before.
    expect(planModelArchive(plan, { ...existing, sheets: [...existing.sheets, '模型 ct-am@2'] })).toBeNull();
  });

  it('keeps a Model sheet without its table (deleted by hand) with no table to rename', () => {
    const plan = planAssessmentWorkbook(v2, [], 'zh-CN');
    expect(planModelArchive(plan, builtWith(ct, 'zh-CN', { tables: [] }))).toMatchObject({ sheet: '模型', table: null });
  });
});
