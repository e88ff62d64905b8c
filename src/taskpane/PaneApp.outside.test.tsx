/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { verbatim } from '../core/message';
import { builtInModelList } from '../core/model/registry';
import { FakeAssessmentOperations } from '../../test/helpers/pane-fakes';
import type { ExportDeck } from './actions/ProfileActions';
import { ctAmWorkbook, dialogButton, findDialog, isDialogOpen, renderPane } from '../../test/helpers/pane-render';

const outside = () => ctAmWorkbook({ outside: 'K3' });

describe('outside an assessment table', () => {
  it('says what to select and lists the assessment tables; no actions without assessment operations', async () => {
    renderPane(outside());
    expect(await screen.findByRole('heading', { level: 2, name: '请选中评级单元格' })).toBeInTheDocument();
    expect(screen.getByText(/请选中评估表中的单元格:每人一行,每个能力素质项一列/)).toBeInTheDocument();
    expect(screen.getByText('本工作簿中的评估表:Assessment。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '生成工作簿' })).not.toBeInTheDocument();
  });

  it('builds an assessment workbook from the model with the people typed or pasted', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const { user } = renderPane(outside(), { assessmentOps });
    await screen.findByRole('heading', { level: 2, name: '请选中评级单元格' });
    const people = screen.getByRole('textbox', { name: /人员:每行一人/ });
    await user.click(people);
    await user.paste('姓名\t岗位\n张三\t客户经理\n李四, 高级客户经理\n王五 客户经理\n');
    expect(screen.getByText('3 人')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '生成工作簿' }));
    expect(await screen.findByText('已生成 Model、Targets、Assessment、Evidence、Audit。评级写入表 Assessment。')).toBeInTheDocument();
    expect(assessmentOps.calls.buildAssessment).toHaveLength(1);
    const request = assessmentOps.calls.buildAssessment[0];
    expect(request.model.id).toBe('ct-am');
    expect(request.locale).toBe('zh-CN');
    expect(request.people).toEqual([
      { name: '张三', role: '客户经理' },
      { name: '李四', role: '高级客户经理' },
      { name: '王五', role: '客户经理' },
    ]);
  });

  it('asks before replacing existing assessment sheets', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.hasSheets = true;
    const { user } = renderPane(outside(), { assessmentOps });
    await screen.findByRole('heading', { level: 2, name: '请选中评级单元格' });
    await user.click(screen.getByRole('button', { name: '生成工作簿' }));
    let dialog = await findDialog('替换现有评估工作表?');
    await user.click(dialogButton(dialog, '取消'));
    await waitFor(() => expect(isDialogOpen()).toBe(false));
    expect(assessmentOps.calls.buildAssessment).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '生成工作簿' }));
    dialog = await findDialog('替换现有评估工作表?');
    await user.click(dialogButton(dialog, '替换'));
    await screen.findByText(/^已生成/);
    expect(assessmentOps.calls.buildAssessment).toHaveLength(1);
  });

  it('draws the profile charts', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const { user } = renderPane(outside(), { assessmentOps, initialLocale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Draw profile charts' }));
    expect(await screen.findByText('The profile charts are drawn.')).toBeInTheDocument();
    expect(assessmentOps.calls.drawProfileCharts).toEqual([{ person: null, locale: 'en-US' }]);
  });

  it('exports the deck: reads the assessment, builds the slides, hands the file over', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const exportDeck = jest.fn(async () => bytes);
    const { user } = renderPane(outside(), { assessmentOps, exportDeck });
    await user.click(await screen.findByRole('button', { name: '导出演示文稿' }));
    expect(await screen.findByText('1 人:将生成 3 张幻灯片。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText(/^已导出 competency-ct-am-\d{4}-\d\d-\d\d\.pptx。$/)).toBeInTheDocument();
    expect(assessmentOps.calls.readAssessment).toEqual([{ modelId: 'ct-am', locale: 'zh-CN' }]);
    expect(exportDeck).toHaveBeenCalledWith(assessmentOps.snapshot, 'zh-CN');
    expect(assessmentOps.calls.deliverFile).toEqual([
      { fileName: expect.stringMatching(/^competency-ct-am-.*\.pptx$/), data: bytes, mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
    ]);
  });

  it("counts the spread slides of the people whose raters' ratings are in the workbook, for whoever the deck covers", async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const person = (name: string, role: string) => ({ name, role, levels: [2], targets: [3] });
    const everyone = [person('张三', '客户经理'), person('李四', '高级客户经理'), person('王五', '客户经理')];
    assessmentOps.snapshot = { ...assessmentOps.snapshot, people: everyone };
    const exportDeck: ExportDeck = jest.fn(async () => new Uint8Array([80, 75, 3, 4]));
    // 张三 and 李四 have raters' ratings; 王五 has none.
    const spreadOf = (name: string) => [{ competency: name, roles: [] }];
    exportDeck.readSpreads = jest.fn(async () => [spreadOf('张三'), spreadOf('李四'), null]);
    const { user } = renderPane(outside(), { assessmentOps, exportDeck });
    await user.click(await screen.findByRole('button', { name: '导出演示文稿' }));
    // Title, three people, two spreads, the team slide.
    expect(await screen.findByText('3 人:将生成 7 张幻灯片。')).toBeInTheDocument();
    expect(exportDeck.readSpreads).toHaveBeenCalledWith(assessmentOps.snapshot, 'zh-CN');
    await user.click(screen.getByRole('radio', { name: '某一角色的全部人员' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '角色' }), '客户经理');
    // 张三 (with a spread) and 王五.
    expect(screen.getByText('2 人:将生成 5 张幻灯片。')).toBeInTheDocument();
    // The deck gets those two people's spreads as read before: the Ratings table is read once.
    await user.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText(/^已导出 /);
    expect(exportDeck).toHaveBeenLastCalledWith({ ...assessmentOps.snapshot, people: [everyone[0], everyone[2]], coverage: { kind: 'role', role: '客户经理' } }, 'zh-CN', [spreadOf('张三'), null]);
    expect(exportDeck.readSpreads).toHaveBeenCalledTimes(1);
  });

  it('exports the deck for one role or for the people ticked, saying how many slides that makes', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const person = (name: string, role: string) => ({ name, role, levels: [2], targets: [3] });
    const everyone = [person('张三', '客户经理'), person('李四', '高级客户经理'), person('王五', '客户经理'), person('赵六', '客户经理')];
    assessmentOps.snapshot = { ...assessmentOps.snapshot, people: everyone };
    const exportDeck = jest.fn(async () => new Uint8Array([80, 75, 3, 4]));
    const { user } = renderPane(outside(), { assessmentOps, exportDeck });
    await user.click(await screen.findByRole('button', { name: '导出演示文稿' }));
    expect(await screen.findByText('4 人:将生成 6 张幻灯片。')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '某一角色的全部人员' }));
    const roles = screen.getByRole('combobox', { name: '角色' });
    expect(Array.from((roles as HTMLSelectElement).options).map((o) => o.text)).toEqual(['客户经理(3 人)', '高级客户经理(1 人)']);
    await user.selectOptions(roles, '高级客户经理');
    expect(screen.getByText('1 人:将生成 3 张幻灯片。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText(/^已导出 /);
    expect(exportDeck).toHaveBeenLastCalledWith({ ...assessmentOps.snapshot, people: [everyone[1]], coverage: { kind: 'role', role: '高级客户经理' } }, 'zh-CN');

    await user.click(screen.getByRole('button', { name: '导出演示文稿' }));
    await user.click(await screen.findByRole('radio', { name: '选定人员' }));
    expect(screen.getByText('请至少选择一人。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: '筛选姓名' }), '五');
    expect(screen.queryByRole('checkbox', { name: '张三' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '王五' }));
    await user.clear(screen.getByRole('textbox', { name: '筛选姓名' }));
    await user.click(screen.getByRole('checkbox', { name: '张三' }));
    expect(screen.getByText('2 人:将生成 4 张幻灯片。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出' }));
    await waitFor(() => expect(exportDeck).toHaveBeenCalledTimes(2));
    expect(exportDeck).toHaveBeenLastCalledWith({ ...assessmentOps.snapshot, people: [everyone[0], everyone[2]], coverage: { kind: 'selection' } }, 'zh-CN');
    expect(assessmentOps.calls.deliverFile).toHaveLength(2);
  });

  it('offers no export without an export function, and exports nothing for an empty assessment', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    const first = renderPane(outside(), { assessmentOps });
    await screen.findByRole('button', { name: '绘制能力素质图' });
    expect(screen.queryByRole('button', { name: '导出演示文稿' })).not.toBeInTheDocument();
    first.unmount();

    assessmentOps.snapshot = { ...assessmentOps.snapshot, people: [] };
    const exportDeck = jest.fn(async () => new Uint8Array());
    const { user } = renderPane(outside(), { assessmentOps, exportDeck });
    await user.click(await screen.findByRole('button', { name: '导出演示文稿' }));
    expect(await screen.findByText('评估表中还没有人员:没有可导出的内容。')).toBeInTheDocument();
    expect(exportDeck).not.toHaveBeenCalled();
    expect(assessmentOps.calls.deliverFile).toHaveLength(0);
  });

  it('imports the model from the Model sheet, showing row-numbered problems', async () => {
    const assessmentOps = new FakeAssessmentOperations();
    assessmentOps.importResult = {
      ok: false,
      issues: [
        { row: 3, message: verbatim('the level column is blank') },
        { row: 7, message: verbatim('unknown class "x"') },
      ],
    };
    const { user, ops } = renderPane(outside(), { assessmentOps });
    await user.click(await screen.findByRole('button', { name: '从“模型”工作表导入模型' }));
    expect(await screen.findByText('“模型”工作表未导入:有 2 个问题(未做任何更改)。')).toBeInTheDocument();
    expect(screen.getByText('第 3 行:the level column is blank')).toBeInTheDocument();
    expect(screen.getByText('第 7 行:unknown class "x"')).toBeInTheDocument();
    expect(ops.calls.saveSettings).toHaveLength(0);

    const model = { ...builtInModelList()[1], id: 'from-sheet', name: { zh: '表内模型', en: 'Sheet model' } };
    assessmentOps.importResult = { ok: true, model };
    await user.click(screen.getByRole('button', { name: '从“模型”工作表导入模型' }));
    expect(await screen.findByText('表内模型 现为本工作簿的模型。')).toBeInTheDocument();
    expect(ops.settings).toMatchObject({ modelId: 'from-sheet', customModel: { id: 'from-sheet' } });
  });
});
