import { reviseModel } from '../core/model/model-version';
import { findLevelModel } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { samplePlan } from '../../test/office/assessment-fixtures';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import type { PersonRow } from '../host/assessment-operations';
import { createOfficeAssessmentOperations } from './office-assessment';
import { applyWorkbookPlan } from './office-plan-applier';

/**
 * A rebuild with another model version keeps the old Model sheet (core: model-archive.ts), in the
 * same number of round trips as any rebuild.
 */

const ctAm = findLevelModel('ct-am');
const people: PersonRow[] = [
  { name: '张三', role: '客户经理' },
  { name: '李四', role: '高级客户经理' },
];

/** ct-am with one competency less, revised after version 1: version 2. */
function version2(): LevelModel {
  const edited = JSON.parse(JSON.stringify(ctAm)) as LevelModel;
  edited.competencies = edited.competencies.filter((c) => c.id !== 'execution');
  return reviseModel(ctAm, edited).model as LevelModel;
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** A workbook built with ct-am version 1 through the Office operations. */
async function builtWithVersion1() {
  const workbook = new ExcelWorkbookMock({ sheets: { Sheet1: [] } });
  uninstall = workbook.install();
  const ops = createOfficeAssessmentOperations();
  await ops.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
  // A rebuild reads the version cells of the sheets it replaces: one round trip more than a first build.
  const rebuild = workbook.syncCount + 1;
  workbook.resetCounters();
  return { workbook, ops, rebuild };
}

describe('rebuilding with another model version over Office.js', () => {
  it('keeps the Model sheet of version 1 as "模型 ct-am@1" and imports version 2 from the new Model sheet, in as many syncs as any rebuild', async () => {
    const { workbook, ops, rebuild } = await builtWithVersion1();
    const v2 = version2();
    expect(v2.version).toBe('2');

    const result = await ops.buildAssessment({ model: v2, people, locale: 'zh-CN' });

    expect(workbook.syncCount).toBe(rebuild);
    expect(result.archivedModelSheet).toBe('模型 ct-am@1');
    // Evidence and Audit are kept as they are; the kept Model sheet stays where it was.
    expect(workbook.sheetNames()).toEqual(['Sheet1', '模型 ct-am@1', '评价记录', '证据', '审计日志', '模型', '目标级别', '评估']);
    // The kept sheet still says version 1 and still lists the competency version 2 removed.
    expect(workbook.values('模型 ct-am@1', 'A2:B3')).toEqual([['模型 ID', 'ct-am'], ['版本', '1']]);
    expect(workbook.table('CompetencyModel_v1')!.sheet).toBe('模型 ct-am@1');
    expect(workbook.table('CompetencyModel_v1')!.rows.some((row) => row.includes('执行能力'))).toBe(true);
    // The current Model sheet holds version 2 and the table the import reads.
    expect(workbook.values('模型', 'A2:B3')).toEqual([['模型 ID', 'ct-am'], ['版本', '2']]);
    expect(workbook.table('CompetencyModel')!.sheet).toBe('模型');
    expect(workbook.values('评估', 'B2:B2')).toEqual([['ct-am@2']]);
    const imported = await ops.importModelFromSheet('zh-CN');
    if (!imported.ok || imported.model.kind !== 'levels') throw new Error(`not imported: ${JSON.stringify(imported)}`);
    expect(imported.model.version).toBe('2');
    expect(imported.model.competencies.map((c) => c.id)).not.toContain('execution');
  });

  it('replaces the Model sheet as before when the version is the same', async () => {
    const { workbook, ops, rebuild } = await builtWithVersion1();
    const result = await ops.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
    expect(workbook.syncCount).toBe(rebuild);
    expect(result.archivedModelSheet).toBeUndefined();
    expect(workbook.sheetNames()).toEqual(['Sheet1', '评价记录', '证据', '审计日志', '模型', '目标级别', '评估']);
    expect(workbook.tableNames()).not.toContain('CompetencyModel_1');
  });

  it('keeps a version only once: a rebuild over an already kept version replaces the Model sheet', async () => {
    const { workbook, ops } = await builtWithVersion1();
    await ops.buildAssessment({ model: version2(), people, locale: 'zh-CN' });
    await ops.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
    expect(workbook.sheetNames().filter((n) => n.startsWith('模型'))).toEqual(['模型 ct-am@1', '模型 ct-am@2', '模型']);
    const again = await ops.buildAssessment({ model: version2(), people, locale: 'zh-CN' });
    expect(again.archivedModelSheet).toBeUndefined();
    expect(workbook.sheetNames().filter((n) => n.startsWith('模型'))).toEqual(['模型 ct-am@1', '模型 ct-am@2', '模型']);
    expect(workbook.tableNames().filter((n) => n.startsWith('CompetencyModel')).sort()).toEqual(['CompetencyModel', 'CompetencyModel_v1', 'CompetencyModel_v2']);
  });

  it('names the kept sheet by the Assessment sheet B2 when the Model sheet records no version, with the same syncs for 10 and 1,000 people', async () => {
    const syncs = new Set<number>();
    for (const size of [10, 1000]) {
      const workbook = new ExcelWorkbookMock({
        sheets: { 评估: [[], ['模型版本', 'ct-am@0']] },
        tables: [{ name: 'CompetencyModel', sheet: '模型', at: 'A3', headers: ['编号', '能力素质项'], rows: [['c1', '旧的能力']] }],
      });
      const applied = await workbook.run((context) => applyWorkbookPlan(context, samplePlan({ people: size, competencies: 18 })));
      syncs.add(workbook.syncCount);
      expect(applied.archived).toMatchObject({ sheet: '模型', to: '模型 ct-am@0', table: { from: 'CompetencyModel', to: 'CompetencyModel_v0' } });
      expect(workbook.values('模型 ct-am@0', 'A4:B4')).toEqual([['c1', '旧的能力']]);
      expect(workbook.table('CompetencyModel')!.sheet).toBe('模型');
    }
    // Two reads (sheets and tables, then the version cells of the sheets there), then the writes: as any rebuild.
    const plain = new ExcelWorkbookMock({ sheets: { 评估: [] } });
    await plain.run((context) => applyWorkbookPlan(context, samplePlan({ people: 10, competencies: 18 })));
    expect([...syncs]).toEqual([plain.syncCount]);
  });
});
