/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { findLevelModel } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { ARCHIVE_TABLE } from '../core/plan/model-update-write';
import { ASSESSMENT_TABLE } from '../core/plan/workbook-plan';
import { AUDIT_TABLE } from '../core/rating/records';
import { createWorkbenchAssessment } from '../workbench/workbench-assessment';
import { PANE_NOW, PaneWorkbook } from '../../test/helpers/pane-workbook';
import { dialogButton, findDialog, isDialogOpen, renderPane } from '../../test/helpers/pane-render';

/**
 * Importing a new version of the model the sheets were built with, through the real workbench
 * operations: the dialog says what happens to each column before anything is written, cancel
 * writes nothing, and yes carries the ratings over by competency id.
 */

const ct = findLevelModel('ct-am');
const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const REVISION_TITLE = '将「中国电信政企客户经理能力素质模型」版本 2 设为本工作簿的模型?';

function modelFile(model: unknown): File {
  return new File([JSON.stringify(model)], 'model.json', { type: 'application/json' });
}

/** Resilience renamed 抗压能力 and Execution dropped: one column renamed, one archived. */
function version2(): LevelModel {
  const edited = copy(ct);
  edited.competencies.find((c) => c.id === 'resilience')!.name = { zh: '抗压能力', en: 'Stress resilience' };
  edited.competencies = edited.competencies.filter((c) => c.id !== 'execution');
  return edited;
}

/** A workbook built with ct-am version 1 for 张三 and 李四, 张三 rated 中级 in 抗挫能力 and 李四 高级 in 执行能力. */
async function builtWorkbook() {
  const ops = new PaneWorkbook({ settings: { modelId: 'ct-am', mappings: {} } });
  const assessmentOps = createWorkbenchAssessment(ops.workbook, { now: () => PANE_NOW });
  await assessmentOps.buildAssessment({ model: ct, people: [{ name: '张三', role: '客户经理' }, { name: '李四', role: '客户经理' }], locale: 'zh-CN' });
  const headers = () => ops.workbook.tableHeaders(ASSESSMENT_TABLE);
  const rating = (row: number, header: string) => ops.workbook.text('评估', 9 + row, headers().indexOf(header));
  ops.workbook.editCell('评估', 9, headers().indexOf('抗挫能力'), '中级');
  ops.workbook.editCell('评估', 10, headers().indexOf('执行能力'), '高级');
  ops.select({ outside: 'A1' });
  return { ops, assessmentOps, headers, rating };
}

describe('importing a new version of the model the sheets were built with', () => {
  it('lists what happens to each column, writes nothing on cancel, and on yes renames the column and keeps its rating', async () => {
    const { ops, assessmentOps, headers, rating } = await builtWorkbook();
    const { user } = renderPane(ops, { assessmentOps });
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    const sheetsBefore = ops.workbook.sheetNames();
    const tableBefore = ops.workbook.tableRows(ASSESSMENT_TABLE);

    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile(version2()));
    let dialog = await findDialog(REVISION_TITLE);
    const columns = within(dialog).getByRole('list', { name: '评估表和目标级别表的各列将这样处理：', hidden: true });
    const lines = within(columns).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent);
    expect(lines).toEqual([
      '抗挫能力 → 抗压能力：改名，保留 1 个评级',
      '执行能力：已从模型删除，连同 1 个评级移到“归档”工作表',
      expect.stringMatching(/^保留 16 列及其评级：成就导向、沟通倾听能力、/),
    ]);
    await user.click(dialogButton(dialog, '取消'));
    expect(await screen.findByText('模型未导入:未做任何更改。')).toBeInTheDocument();
    await waitFor(() => expect(isDialogOpen()).toBe(false));
    expect(ops.calls.saveSettings).toHaveLength(0);
    expect(ops.workbook.sheetNames()).toEqual(sheetsBefore);
    expect(ops.workbook.tableRows(ASSESSMENT_TABLE)).toEqual(tableBefore);

    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile(version2()));
    dialog = await findDialog(REVISION_TITLE);
    await user.click(dialogButton(dialog, '替换模型'));
    // Rewriting the whole workbook can take longer than findByText's default second on a loaded machine.
    expect(
      await screen.findByText('中国电信政企客户经理能力素质模型 现为本工作簿的模型:版本 2(原为 1)。 评估表已按版本 2 更新：1 列改名，0 列新增，1 列归档(见“归档”工作表)。', undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(ops.settings?.customModel).toMatchObject({ id: 'ct-am', version: '2' });
    expect(headers()).toContain('抗压能力');
    expect(headers()).not.toContain('抗挫能力');
    expect(headers()).not.toContain('执行能力');
    expect(rating(0, '抗压能力')).toBe('中级');
    expect(ops.workbook.tableRows(ARCHIVE_TABLE).map((row) => row.slice(2, 7))).toEqual([['李四', '客户经理', '执行能力', 'execution', '高级']]);
    expect(ops.workbook.sheetNames()).toEqual(expect.arrayContaining(['模型 ct-am@1', '归档']));
    const audit = ops.workbook.tableRows(AUDIT_TABLE).map((row) => [row[4], row[5], row[6]].map((v) => String(v ?? '')));
    expect(audit).toEqual([
      ['抗压能力', '抗挫能力', '抗压能力'],
      ['执行能力', '执行能力', ''],
    ]);

    // The pane rates the renamed column as the competency it always was.
    act(() => ops.workbook.select('评估', 9, headers().indexOf('抗压能力')));
    expect(await screen.findByRole('heading', { level: 2, name: '抗压能力' })).toBeInTheDocument();
    // A whole workbook built, read twice and rewritten through the pane: slow on a loaded machine.
  }, 90_000);
});
