/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { findLevelModel } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import { ctAmWorkbook, dialogButton, findDialog, isDialogOpen, renderPane } from '../../test/helpers/pane-render';

/** Importing a model that revises the workbook's: the version it gets, what changed, and the question first. */

const ct = findLevelModel('ct-am');
const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function modelFile(model: unknown, name = 'model.json'): File {
  return new File([JSON.stringify(model)], name, { type: 'application/json' });
}

/** ct-am without the Execution competency: a new version of the built-in. */
function withoutExecution(): LevelModel {
  const edited = copy(ct);
  edited.competencies = edited.competencies.filter((c) => c.id !== 'execution');
  return edited;
}

const REVISION_TITLE = '将「中国电信政企客户经理能力素质模型」版本 2 设为本工作簿的模型?';

describe('importing a new version of the model', () => {
  it('shows what changed from version 1 to 2 and replaces the model only when the user confirms', async () => {
    const { user, ops } = renderPane(ctAmWorkbook({ outside: 'A1' }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    expect(screen.getByText(/^ct-am · 版本 1/)).toBeInTheDocument();

    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile(withoutExecution()));
    let dialog = await findDialog(REVISION_TITLE);
    expect(within(dialog).getByText('版本 1 → 2:')).toBeInTheDocument();
    expect(within(dialog).getByText('删除能力素质项：执行能力')).toBeInTheDocument();
    expect(within(dialog).getByText(/重新生成评估工作簿时,ct-am@1 的“模型”工作表将保留为“模型 ct-am@1”。$/)).toBeInTheDocument();
    await user.click(dialogButton(dialog, '取消'));
    expect(await screen.findByText('模型未导入:未做任何更改。')).toBeInTheDocument();
    await waitFor(() => expect(isDialogOpen()).toBe(false));
    expect(ops.calls.saveSettings).toHaveLength(0);

    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile(withoutExecution()));
    dialog = await findDialog(REVISION_TITLE);
    await user.click(dialogButton(dialog, '替换模型'));
    expect(await screen.findByText('中国电信政企客户经理能力素质模型 现为本工作簿的模型:版本 2(原为 1)。')).toBeInTheDocument();
    expect(ops.settings?.customModel).toMatchObject({ id: 'ct-am', version: '2' });
    expect(screen.getByText(/^ct-am · 版本 2/)).toBeInTheDocument();
  });

  it('keeps the version of an unchanged model without asking', async () => {
    const { user, ops } = renderPane(ctAmWorkbook({ outside: 'A1' }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile({ ...copy(ct), version: '7' }));
    expect(await screen.findByText('中国电信政企客户经理能力素质模型 与本工作簿的模型相同:没有修改,仍为版本 1。')).toBeInTheDocument();
    expect(isDialogOpen()).toBe(false);
    expect(ops.settings?.customModel?.version).toBe('1');
  });

  it("revises the workbook's own version 2 read back from the Model sheet: version 3, a short list of the changes", async () => {
    const own = { ...withoutExecution(), version: '2' };
    const edited = copy(own);
    edited.competencies.slice(0, 10).forEach((c) => (c.weight = 2));
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.importResult = { ok: true, model: edited };
    const { user, ops } = renderPane(ctAmWorkbook({ outside: 'A1' }, { modelId: 'ct-am', customModel: own, mappings: {} }), { assessmentOps, initialLocale: 'en-US' });

    await user.click(await screen.findByRole('button', { name: 'Import the model from the Model sheet' }));
    const dialog = await findDialog("Make version 3 of China Telecom enterprise-customer account manager competency model this workbook's model?");
    expect(within(dialog).getByText('Version 2 → 3:')).toBeInTheDocument();
    const items = within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent);
    expect(items).toHaveLength(9);
    expect(items[0]).toBe('weight of Achievement orientation 1 → 2');
    expect(items[8]).toBe('and 2 more changes');
    expect(within(dialog).getByText(/keeps its Model sheet of ct-am@2 as “Model ct-am@2”\.$/)).toBeInTheDocument();
    await user.click(dialogButton(dialog, 'Replace the model'));
    expect(await screen.findByText("China Telecom enterprise-customer account manager competency model is now this workbook's model: version 3 (was 2).")).toBeInTheDocument();
    expect(ops.settings?.customModel?.version).toBe('3');
  });

  it("asks before another model takes the place of the workbook's own", async () => {
    const own = { ...copy(ct), id: 'our-model', name: { zh: '我们的模型', en: 'Our model' } };
    const { user, ops } = renderPane(ctAmWorkbook({ outside: 'A1' }, { modelId: 'our-model', customModel: own, mappings: {} }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile({ ...copy(ct), id: 'their-model', name: { zh: '他们的模型' } }));
    const dialog = await findDialog('用「他们的模型」替换本工作簿的模型「我们的模型」?');
    expect(within(dialog).getByText(/“模型 our-model@1”。$/)).toBeInTheDocument();
    await user.click(dialogButton(dialog, '替换模型'));
    expect(await screen.findByText('他们的模型 现为本工作簿的模型。')).toBeInTheDocument();
    expect(ops.settings).toMatchObject({ modelId: 'their-model', customModel: { id: 'their-model' } });
  });

  it('says which sheet keeps the earlier version after a build', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.buildAssessment = async () => ({ sheets: ['模型', '评估'], table: 'CompetencyAssessment', archivedModelSheet: '模型 ct-am@1' });
    const { user } = renderPane(ctAmWorkbook({ outside: 'A1' }), { assessmentOps });
    await user.click(await screen.findByRole('button', { name: '生成工作簿' }));
    expect(await screen.findByText('已生成 模型、评估。评级写入表 CompetencyAssessment。 原模型版本的“模型”工作表已保留为“模型 ct-am@1”。')).toBeInTheDocument();
  });
});
