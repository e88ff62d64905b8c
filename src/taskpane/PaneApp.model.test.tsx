/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { builtInModelList } from '../core/model/registry';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

function modelFile(content: string, name = 'model.json'): File {
  return new File([content], name, { type: 'application/json' });
}

describe('choosing the model', () => {
  it('restores the model from the workbook settings on start', async () => {
    const ops = ctAmWorkbook({ outside: 'A1' }, { modelId: 'cm-gcam', mappings: {} });
    renderPane(ops);
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    expect(screen.getByRole('combobox', { name: '模型' })).toHaveValue('cm-gcam');
    expect(screen.getByText(/本工作簿还没有「中国移动集团客户经理能力模型」的评估表/)).toBeInTheDocument();
  });

  it('saves the chosen model in the settings and reads the selection with it', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await user.selectOptions(screen.getByRole('combobox', { name: '模型' }), 'cm-gcam');
    await waitFor(() => expect(ops.settings?.modelId).toBe('cm-gcam'));
    // The ct-am table names no cm-gcam competency: the cell is no longer a rating cell.
    expect(await screen.findByText(/表 Assessment 中没有以「中国移动集团客户经理能力模型」的能力素质项命名的列/)).toBeInTheDocument();
  });

  it('after a failed load, reads the settings again before saving, so nothing saved is lost', async () => {
    const ops = ctAmWorkbook({ outside: 'A1' }, { modelId: 'ct-am', mappings: { Old: { Notes: null } }, assessor: '王五' });
    const load = ops.loadSettings.bind(ops);
    ops.loadSettings = jest
      .fn()
      .mockRejectedValueOnce(new Error('the workbook is busy'))
      .mockImplementation(load);
    const { user } = renderPane(ops);
    expect(await screen.findByText('出错了:the workbook is busy')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '模型' }), 'cm-gcam');
    await waitFor(() => expect(ops.calls.saveSettings).toEqual([{ modelId: 'cm-gcam', mappings: { Old: { Notes: null } }, assessor: '王五' }]));
    expect(screen.queryByText('出错了:the workbook is busy')).not.toBeInTheDocument();
  });

  it('says so when the saved model is not available, and uses the default', async () => {
    renderPane(ctAmWorkbook(undefined, { modelId: 'gone-model', mappings: {} }));
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    expect(screen.getByText('工作簿指定的模型“gone-model”在此不可用,现显示默认模型。')).toBeInTheDocument();
  });

  it('shows a points model as read-only help: elements, maximum points per level and criteria', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await user.selectOptions(screen.getByRole('combobox', { name: '模型' }), 'hw-sm');
    expect(await screen.findByText(/这是积分制模型:请将各行为要素的积分直接填入单元格/)).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('button', { name: '组建专家组或用户协会并组织活动 (5 · 5 · 0)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '客户拜访 (5 · 5 · 5)' }));
    expect(await screen.findByText('三级:最高 5 分')).toBeInTheDocument();
    expect(screen.getByText(/1、能对客户中基层进行拜访/)).toBeInTheDocument();
    expect(ops.settings?.modelId).toBe('hw-sm');

    await user.type(screen.getByRole('searchbox'), 'expert group');
    await user.click(await screen.findByRole('button', { name: '查看 组建专家组或用户协会并组织活动' }));
    expect(await screen.findByText('五级:不适用(0 分)')).toBeInTheDocument();
  });

  it('imports a model file as the workbook model and keeps it in the settings', async () => {
    const { user, ops } = renderPane(ctAmWorkbook({ outside: 'A1' }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    const model = { ...builtInModelList()[0], id: 'our-model', name: { zh: '我们的模型', en: 'Our model' } };
    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile(JSON.stringify(model)));
    expect(await screen.findByText('我们的模型 现为本工作簿的模型。')).toBeInTheDocument();
    expect(ops.settings?.modelId).toBe('our-model');
    expect(ops.settings?.customModel?.name.zh).toBe('我们的模型');
    expect(screen.getByRole('combobox', { name: '模型' })).toHaveValue('our-model');
    expect(screen.getByRole('option', { name: '我们的模型(本工作簿的模型)' })).toBeInTheDocument();
  });

  it('rejects a bad model file whole, with the path and reason of each problem', async () => {
    const { user, ops } = renderPane(ctAmWorkbook({ outside: 'A1' }));
    await screen.findByRole('heading', { name: '请选中评级单元格' });
    const bad = JSON.parse(JSON.stringify(builtInModelList()[0])) as { competencies: { classId: string; levels: unknown[] }[] };
    bad.competencies[1].classId = 'nowhere';
    bad.competencies[2].levels = [];
    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile(JSON.stringify(bad), 'bad.json'));
    const message = await screen.findByText('bad.json 未导入:有 2 个问题(未做任何更改)。');
    const bar = message.closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByText('competencies[1].classId:没有类别"nowhere"。')).toBeInTheDocument();
    expect(within(bar).getByText('competencies[2].levels:级别必须按顺序对应量表的级别(L1、L2、L3、L4);实际为()。')).toBeInTheDocument();

    await user.upload(screen.getByLabelText('模型文件(JSON)'), modelFile('{ "id": ', 'broken.json'));
    expect(await screen.findByText('broken.json 未导入:有 1 个问题(未做任何更改)。')).toBeInTheDocument();
    expect(screen.getByText('(file):文件不是有效的 JSON:可能不完整,或根本不是模型文件。')).toBeInTheDocument();
    expect(ops.calls.saveSettings).toHaveLength(0);
    expect(screen.getByRole('combobox', { name: '模型' })).toHaveValue('ct-am');
  });
});
