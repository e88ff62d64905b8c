import { reviseModel } from '../core/model/model-version';
import { findLevelModel } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { FakeExcel, installFakeExcel, samplePlan } from '../../test/office/assessment-fixtures';
import type { PersonRow } from '../host/assessment-operations';
import { createOfficeAssessmentOperations } from './office-assessment';
import { applyWorkbookPlan } from './office-plan-applier';

/**
 * A rebuild with another model version keeps the old Model sheet (core: model-archive.ts), in the
 * same number of round trips as any build.
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
  const fake = new FakeExcel(['Sheet1']);
  uninstall = installFakeExcel(fake);
  const ops = createOfficeAssessmentOperations();
  await ops.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
  const firstBuild = fake.syncs;
  fake.resetCounts();
  return { fake, ops, firstBuild };
}

describe('rebuilding with another model version over Office.js', () => {
  it('keeps the Model sheet of version 1 as "模型 ct-am@1" and imports version 2 from the new Model sheet, in as many syncs as a first build', async () => {
    const { fake, ops, firstBuild } = await builtWithVersion1();
    const v2 = version2();
    expect(v2.version).toBe('2');

    const result = await ops.buildAssessment({ model: v2, people, locale: 'zh-CN' });

    expect(fake.syncs).toBe(firstBuild);
    expect(result.archivedModelSheet).toBe('模型 ct-am@1');
    // Evidence and Audit are kept as they are; the kept Model sheet stays where it was.
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', '模型 ct-am@1', '证据', '审计日志', '模型', '目标级别', '评估']);
    // The kept sheet still says version 1 and still lists the competency version 2 removed.
    const kept = fake.sheet('模型 ct-am@1')!;
    expect(kept.values('A2:B3')).toEqual([['模型 ID', 'ct-am'], ['版本', '1']]);
    expect(fake.table('CompetencyModel_v1')!.sheet.name).toBe('模型 ct-am@1');
    expect([...kept.cells.values()].some((c) => c.entry === '执行能力')).toBe(true);
    // The current Model sheet holds version 2 and the table the import reads.
    expect(fake.sheet('模型')!.values('A2:B3')).toEqual([['模型 ID', 'ct-am'], ['版本', '2']]);
    expect(fake.table('CompetencyModel')!.sheet.name).toBe('模型');
    expect(fake.sheet('评估')!.values('B2:B2')).toEqual([['ct-am@2']]);
    const imported = await ops.importModelFromSheet('zh-CN');
    if (!imported.ok || imported.model.kind !== 'levels') throw new Error(`not imported: ${JSON.stringify(imported)}`);
    expect(imported.model.version).toBe('2');
    expect(imported.model.competencies.map((c) => c.id)).not.toContain('execution');
  });

  it('replaces the Model sheet as before when the version is the same', async () => {
    const { fake, ops, firstBuild } = await builtWithVersion1();
    const result = await ops.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
    expect(fake.syncs).toBe(firstBuild);
    expect(result.archivedModelSheet).toBeUndefined();
    expect(fake.sheets.map((s) => s.name)).toEqual(['Sheet1', '证据', '审计日志', '模型', '目标级别', '评估']);
    expect(fake.tables.map((t) => t.name)).not.toContain('CompetencyModel_1');
  });

  it('keeps a version only once: a rebuild over an already kept version replaces the Model sheet', async () => {
    const { fake, ops } = await builtWithVersion1();
    await ops.buildAssessment({ model: version2(), people, locale: 'zh-CN' });
    await ops.buildAssessment({ model: ctAm, people, locale: 'zh-CN' });
    expect(fake.sheets.map((s) => s.name).filter((n) => n.startsWith('模型'))).toEqual(['模型 ct-am@1', '模型 ct-am@2', '模型']);
    const again = await ops.buildAssessment({ model: version2(), people, locale: 'zh-CN' });
    expect(again.archivedModelSheet).toBeUndefined();
    expect(fake.sheets.map((s) => s.name).filter((n) => n.startsWith('模型'))).toEqual(['模型 ct-am@1', '模型 ct-am@2', '模型']);
    expect(fake.tables.map((t) => t.name).filter((n) => n.startsWith('CompetencyModel')).sort()).toEqual(['CompetencyModel', 'CompetencyModel_v1', 'CompetencyModel_v2']);
  });

  it('names the kept sheet by the Assessment sheet B2 when the Model sheet records no version, with the same syncs for 10 and 1,000 people', async () => {
    const syncs = new Set<number>();
    for (const size of [10, 1000]) {
      const fake = new FakeExcel(['评估']);
      fake.sheet('评估')!.setGrid('A2', [["'模型版本", "'ct-am@0"]]);
      fake.addTable('模型', 'CompetencyModel', 'A3', [['编号', '能力素质项'], ['c1', '旧的能力']]);
      const excel = fake.excel() as { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
      const applied = (await excel.run((context) => applyWorkbookPlan(context, samplePlan({ people: size, competencies: 18 })))) as Awaited<ReturnType<typeof applyWorkbookPlan>>;
      syncs.add(fake.syncs);
      expect(applied.archived).toMatchObject({ sheet: '模型', to: '模型 ct-am@0', table: { from: 'CompetencyModel', to: 'CompetencyModel_v0' } });
      expect(fake.sheet('模型 ct-am@0')!.values('A4:B4')).toEqual([['c1', '旧的能力']]);
      expect(fake.table('CompetencyModel')!.sheet.name).toBe('模型');
    }
    // One read (sheets, tables and the version cells), then one per slice: as without a kept sheet.
    const plain = new FakeExcel();
    const excel = plain.excel() as { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
    await excel.run((context) => applyWorkbookPlan(context, samplePlan({ people: 10, competencies: 18 })));
    expect([...syncs]).toEqual([plain.syncs]);
  });
});
