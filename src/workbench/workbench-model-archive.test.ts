import { archivedModelSheetName, parseModelVersionTag, reviseModel } from '../core/model/model-version';
import { findLevelModel, findPointsModel } from '../core/model/registry';
import type { CompetencyModel, LevelModel, PointsModel } from '../core/model/types';
import { ASSESSMENT_TABLE } from '../core/plan/labels';
import { setFunctionLocale } from './hr-plugin';
import { createWorkbenchAssessment } from './workbench-assessment';
import { createWorkbenchOperations } from './workbench-operations';
import { WorkbenchWorkbook } from './workbook';
import { readXlsx, writeXlsx } from './xlsx';

/** A rebuild with another model version keeps the old Model sheet in the workbench as in Excel. */
const ctAm = findLevelModel('ct-am');
setFunctionLocale('zh-CN');

const people = [
  { name: '张三', role: '客户经理' },
  { name: '李四', role: '客户经理' },
];

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** ct-am with one competency less, revised after version 1: version 2. */
function version2(): LevelModel {
  const edited = copy(ctAm);
  edited.competencies = edited.competencies.filter((c) => c.id !== 'execution');
  return reviseModel(ctAm, edited).model as LevelModel;
}

/** Column B of the sheet's model information: model ID, version. */
function modelInfo(workbook: WorkbenchWorkbook, sheet: string): unknown[] {
  return [workbook.value(sheet, 1, 1), workbook.value(sheet, 2, 1)];
}

async function builtWith(model: CompetencyModel, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const workbook = new WorkbenchWorkbook();
  const assessment = createWorkbenchAssessment(workbook);
  await assessment.buildAssessment({ model, people, locale });
  return { workbook, assessment };
}

describe('rebuilding with another model version in the workbench', () => {
  it('keeps the Model sheet of version 1, so an audit row tagged ct-am@1 still names the model it was rated with', async () => {
    const { workbook, assessment } = await builtWith(ctAm);
    const ops = createWorkbenchOperations(workbook);
    const column = workbook.tableHeaders(ASSESSMENT_TABLE).indexOf('执行能力');
    const request = { table: ASSESSMENT_TABLE, rowIndex: 0, columnIndex: column, expected: '', level: '中级', confirmOverwrite: false, assessor: '赵六', person: '张三', competency: '执行能力', evidence: '', comment: '', model: 'ct-am@1', locale: 'zh-CN' as const };
    expect((await ops.applyRating(request, ctAm, {})).status).toBe('written');

    const result = await assessment.buildAssessment({ model: version2(), people, locale: 'zh-CN' });

    expect(result.archivedModelSheet).toBe('模型 ct-am@1');
    expect(workbook.sheetNames()).toContain('模型 ct-am@1');
    expect(modelInfo(workbook, '模型 ct-am@1')).toEqual(['ct-am', '1']);
    expect(modelInfo(workbook, '模型')).toEqual(['ct-am', '2']);
    expect(workbook.table('CompetencyModel_v1')?.sheet).toBe('模型 ct-am@1');
    expect(workbook.table('CompetencyModel')?.sheet).toBe('模型');
    // The audit row's tag names the kept sheet, which still has the competency version 2 dropped.
    const [audit] = workbook.tableRows('CompetencyAudit');
    const tag = parseModelVersionTag(String(audit[workbook.tableHeaders('CompetencyAudit').indexOf('模型')]))!;
    const kept = archivedModelSheetName({ id: tag.modelId, version: tag.version }, 'zh-CN');
    expect(kept).toBe('模型 ct-am@1');
    expect(workbook.tableRows('CompetencyModel_v1').some((row) => row.includes('执行能力'))).toBe(true);
    expect(workbook.tableRows('CompetencyModel').some((row) => row.includes('执行能力'))).toBe(false);
    // Importing reads the current Model sheet.
    const imported = await assessment.importModelFromSheet('zh-CN');
    expect(imported.ok && imported.model.version).toBe('2');
  });

  it('replaces the Model sheet when the version is the same, and keeps each version once', async () => {
    const { workbook, assessment } = await builtWith(ctAm);
    expect((await assessment.buildAssessment({ model: ctAm, people, locale: 'zh-CN' })).archivedModelSheet).toBeUndefined();
    expect(workbook.sheetNames().filter((s) => s.startsWith('模型'))).toEqual(['模型']);
    await assessment.buildAssessment({ model: version2(), people, locale: 'zh-CN' });
    await assessment.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
    await assessment.buildAssessment({ model: version2(), people, locale: 'zh-CN' });
    expect(workbook.sheetNames().filter((s) => s.startsWith('模型')).sort()).toEqual(['模型', '模型 ct-am@1', '模型 ct-am@2']);
    expect(modelInfo(workbook, '模型')).toEqual(['ct-am', '2']);
  });

  it('keeps the English Model sheet of a points model; both model tables keep their names in a saved .xlsx', async () => {
    const hw = findPointsModel('hw-sm');
    const edited: PointsModel = copy(hw);
    edited.groups[0].elements[0].maxPoints.L4 = 6;
    edited.groups[0].elements[1].maxPoints.L4 = 4;
    const { workbook, assessment } = await builtWith(hw, 'en-US');
    const result = await assessment.buildAssessment({ model: reviseModel(hw, edited).model, people, locale: 'en-US' });
    expect(result.archivedModelSheet).toBe('Model hw-sm@1');
    expect(modelInfo(workbook, 'Model hw-sm@1')).toEqual(['hw-sm', '1']);
    expect(modelInfo(workbook, 'Model')).toEqual(['hw-sm', '2']);
    const reopened = await readXlsx(await writeXlsx(workbook));
    expect(reopened.table('CompetencyModel_v1')?.sheet).toBe('Model hw-sm@1');
    expect(reopened.table('CompetencyModel')?.sheet).toBe('Model');
    const imported = await assessment.importModelFromSheet('en-US');
    expect(imported.ok && imported.model.version).toBe('2');
  });
});
