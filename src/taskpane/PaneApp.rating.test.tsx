/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { ctAmWorkbook, dialogButton, findDialog, isDialogOpen, renderPane } from '../../test/helpers/pane-render';
import { PANE_NOW } from '../../test/helpers/pane-workbook';
import { localDateSerial, recordTimeText } from '../core/rating/record-time';

const L1 = ['面对挫折,会感到沮丧,有时会抱怨,工作偶尔会停顿,但不会半途而废。', '逆境中,会缺乏创意,有点逃避挑战,但不久会恢复。', '正视挫折,努力弥补,基本上能维持原有的工作标准。'];
const L2 = ['面对挫折,能较快地调适心情,恢复正常。', '面对挫折,基本不会抱怨,能部分接受批评与建议。', '积极面对挫折,并能维持原有的工作标准。'];
const L3_FIRST = '面对挫折,能迅速恢复正常且能继续维持自动自发的态度。';

async function tick(user: ReturnType<typeof renderPane>['user'], texts: string[]) {
  for (const text of texts) await user.click(screen.getByRole('checkbox', { name: text }));
}

/** 张三 · 抗挫能力 (the first rating cell) rated 初级 with the comment 有进步 by 王五. */
async function rateFirstCell(user: ReturnType<typeof renderPane>['user']) {
  await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
  await tick(user, L1);
  await user.type(screen.getByRole('textbox', { name: '评语(可选)' }), '有进步');
  await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
  await user.click(screen.getByRole('button', { name: '将「初级」写入 评估!C2' }));
  await screen.findByText('已为 张三 · 抗挫能力 写入「初级」。');
}

describe('rating a cell', () => {
  it('follows the selection: person, competency with its definition, current rating and levels', async () => {
    const ops = ctAmWorkbook();
    renderPane(ops);
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.getByText(/姓名: 张三/)).toBeInTheDocument();
    expect(screen.getByText('面对挫折时的承受能力与应对能力。')).toBeInTheDocument();
    expect(screen.getByText('尚未评级')).toBeInTheDocument();
    for (const level of ['初级', '中级', '高级', '资深']) expect(screen.getByRole('group', { name: level })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '初级' })).getAllByRole('checkbox')).toHaveLength(3);

    act(() => ops.select({ table: 'Assessment', row: 1, column: 3 }));
    expect(await screen.findByRole('heading', { level: 2, name: '成就导向' })).toBeInTheDocument();
    expect(screen.getByText(/姓名: 李四/)).toBeInTheDocument();
    expect(screen.getByText(/岗位: 高级客户经理/)).toBeInTheDocument();
  });

  it('shows the level the ticks support, and explains ticks above an incomplete level', async () => {
    const { user } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    expect(screen.getByText('勾选观察到的行为,此处显示它们支持的级别。')).toBeInTheDocument();

    await tick(user, L1.slice(0, 2));
    expect(screen.getByText('尚无支持的级别:「初级」的行为未全部勾选。')).toBeInTheDocument();
    await tick(user, [L1[2]]);
    expect(screen.getByText('所勾选的行为支持「初级」。')).toBeInTheDocument();

    await tick(user, [L2[0], L3_FIRST]);
    expect(screen.getByText('所勾选的行为支持「初级」。')).toBeInTheDocument();
    expect(screen.getByText('「高级」中勾选的行为不计入:其下的「中级」未完成(已勾选 1/3)。请勾选「中级」的其余行为,或自行选择级别。')).toBeInTheDocument();

    await tick(user, L2.slice(1));
    expect(screen.getByText('所勾选的行为支持「中级」。')).toBeInTheDocument();
    expect(screen.queryByText(/不计入/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '将「中级」写入 评估!C2' })).toBeEnabled();
  });

  it('passes over levels with no descriptor and says so; missing levels are shown with the model note', async () => {
    const { user } = renderPane(ctAmWorkbook({ table: 'Assessment', row: 0, column: 4 }));
    await screen.findByRole('heading', { level: 2, name: '沟通倾听能力' });
    expect(screen.getByRole('heading', { level: 4, name: '中级' })).toBeInTheDocument();
    expect(screen.getByText('源文件缺失:模型中没有此级别的行为描述。')).toBeInTheDocument();
    expect(screen.getByText(/说明:No text for 中级 in any copy of the source/)).toBeInTheDocument();
    expect(screen.getByText('模型中此级别没有行为指标:规则将跳过此级别。')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '精心准备有影响力的话语、事实或论据,灵活采用多种针对性方法说服和影响他人。' }));
    expect(screen.getByText('所勾选的行为支持「高级」。')).toBeInTheDocument();
    expect(screen.getByText('已跳过「初级、中级」:模型中没有该级别的行为描述。')).toBeInTheDocument();
  });

  it('writes the supported level with the evidence, comment and assessor, and remembers the assessor', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await tick(user, [...L1, ...L2]);
    await user.type(screen.getByRole('textbox', { name: '评语(可选)' }), '季度复盘中表现稳定');
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「中级」写入 评估!C2' }));

    expect(await screen.findByText('已为 张三 · 抗挫能力 写入「中级」。')).toBeInTheDocument();
    expect(ops.calls.applyRating).toEqual([
      {
        table: 'Assessment',
        rowIndex: 0,
        columnIndex: 2,
        expected: '',
        level: '中级',
        confirmOverwrite: false,
        assessor: '王五',
        person: '张三',
        competency: '抗挫能力',
        evidence: [...L1.map((l) => `[初级] ▶ ${l}`), ...L2.map((l) => `[中级] ▶ ${l}`)].join('\n'),
        comment: '季度复盘中表现稳定',
        model: 'ct-am@1',
        locale: 'zh-CN',
      },
    ]);
    expect(ops.cell('Assessment', 0, 2)).toBe('中级');
    // The evidence row and the audit line are in the workbook's record tables.
    const evidence = [...L1.map((l) => `[初级] ▶ ${l}`), ...L2.map((l) => `[中级] ▶ ${l}`)].join('\n');
    // The times are date values (the workbench keeps ten digits of them), shown as local date-times.
    const time = expect.closeTo(localDateSerial(PANE_NOW), 5) as unknown as number;
    expect(ops.workbook.tableRows('CompetencyEvidence')).toEqual([['张三', '抗挫能力', '中级', evidence, '季度复盘中表现稳定', '王五', time, '评估!C2', null]]);
    expect(ops.workbook.tableRows('CompetencyAudit')).toEqual([[time, '王五', '评估!C2', '张三', '抗挫能力', null, '中级', evidence, '季度复盘中表现稳定', 'ct-am@1', null, '任务窗格', 1, expect.stringMatching(/^[0-9a-f]{64}$/)]]);
    await waitFor(() => expect(screen.getByText('中级', { selector: 'p' })).toBeInTheDocument());
    expect(ops.settings?.assessor).toBe('王五');
  });

  it('shows the stored evidence when coming back to a rated cell, with the ticks restored', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await tick(user, [...L1, L2[0]]);
    await user.type(screen.getByRole('textbox', { name: '评语(可选)' }), '有进步');
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「初级」写入 评估!C2' }));
    await screen.findByText('已为 张三 · 抗挫能力 写入「初级」。');

    await user.click(screen.getByRole('button', { name: '下一个能力素质项' }));
    await screen.findByRole('heading', { level: 2, name: '成就导向' });
    ops.setCell('Assessment', 0, 2, '高级'); // someone edits the rating by hand meanwhile
    await user.click(screen.getByRole('button', { name: '上一个能力素质项' }));
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });

    expect(screen.getByText('高级', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText(`[初级] ▶ ${L1[0]}`, { exact: false })).toBeInTheDocument();
    expect(screen.getByText('评语:有进步')).toBeInTheDocument();
    expect(screen.getByText(`评估人 王五,日期 ${recordTimeText(localDateSerial(PANE_NOW))}`)).toBeInTheDocument();
    expect(screen.getByText('单元格中是 高级,但已存证据记录的是 初级:该单元格可能被手动修改过。')).toBeInTheDocument();
    expect(screen.getByText('下面的勾选已按已存证据恢复。')).toBeInTheDocument();
    for (const text of [...L1, L2[0]]) expect(screen.getByRole('checkbox', { name: text })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: L2[1] })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: /您的姓名/ })).toHaveValue('王五');
  });

  it('keeps the stored comment when re-rating without touching it, and clears it only when the assessor empties the field', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await rateFirstCell(user);

    const comeBack = async () => {
      await user.click(screen.getByRole('button', { name: '下一个能力素质项' }));
      await screen.findByRole('heading', { level: 2, name: '成就导向' });
      await user.click(screen.getByRole('button', { name: '上一个能力素质项' }));
      await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    };
    const commentOf = () => ops.workbook.tableRows('CompetencyEvidence')[0][4];

    // Re-rated to 中级 without a word about the comment: the stored one stays.
    await comeBack();
    expect(screen.getByRole('textbox', { name: '评语(可选)' })).toHaveValue('有进步');
    await tick(user, L2);
    await user.click(screen.getByRole('button', { name: '将「中级」写入 评估!C2' }));
    await user.click(dialogButton(await findDialog('将「初级」替换为「中级」?'), '替换'));
    await screen.findByText('已为 张三 · 抗挫能力 写入「中级」。');
    expect(ops.calls.applyRating.at(-1)?.comment).toBe('有进步');
    expect(commentOf()).toBe('有进步');

    // Emptying the field is the assessor's act of clearing it.
    await comeBack();
    await user.clear(screen.getByRole('textbox', { name: '评语(可选)' }));
    await user.click(screen.getByRole('checkbox', { name: L2[2] }));
    await user.click(screen.getByRole('button', { name: '将「初级」写入 评估!C2' }));
    await user.click(dialogButton(await findDialog('将「中级」替换为「初级」?'), '替换'));
    await screen.findByText('已为 张三 · 抗挫能力 写入「初级」。');
    expect(ops.calls.applyRating.at(-1)?.comment).toBe('');
    expect(commentOf() ?? '').toBe('');
  });

  it('leaves a draft with its cell: the next person in the column starts afresh, and coming back shows what is stored', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await rateFirstCell(user);

    // A draft on top of the stored rating: more ticks, more words, a level chosen by hand.
    await tick(user, L2);
    await user.type(screen.getByRole('textbox', { name: '评语(可选)' }), ',草稿');
    await user.selectOptions(screen.getByRole('combobox', { name: '写入的级别' }), 'L4');

    await user.click(screen.getByRole('button', { name: '下一人' }));
    await screen.findByText(/姓名: 李四/);
    expect(screen.getByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
    expect(screen.getByText('中级', { selector: 'p' })).toBeInTheDocument();
    for (const checkbox of screen.getAllByRole('checkbox')) expect(checkbox).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: '评语(可选)' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: '写入的级别' })).not.toHaveValue('L4');
    expect(screen.queryByText('下面的勾选已按已存证据恢复。')).not.toBeInTheDocument();
    expect(screen.queryByText(/已为 张三/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '请选择要写入的级别' })).toBeDisabled();

    // A confirmation asked for 李四 does not follow the selection either.
    await user.selectOptions(screen.getByRole('combobox', { name: '写入的级别' }), 'L3');
    await user.click(screen.getByRole('button', { name: '将「高级」写入 评估!C3' }));
    await findDialog('将「中级」替换为「高级」?');
    act(() => ops.select({ table: 'Assessment', row: 0, column: 2 }));
    await screen.findByText(/姓名: 张三/);
    await waitFor(() => expect(isDialogOpen()).toBe(false));

    // Back at 张三: the stored rating, evidence and comment, not the draft.
    expect(screen.getByText('初级', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('下面的勾选已按已存证据恢复。')).toBeInTheDocument();
    for (const text of L1) expect(screen.getByRole('checkbox', { name: text })).toBeChecked();
    for (const text of L2) expect(screen.getByRole('checkbox', { name: text })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: '评语(可选)' })).toHaveValue('有进步');
    expect(screen.getByRole('combobox', { name: '写入的级别' })).not.toHaveValue('L4');
    expect(screen.getByRole('button', { name: '将「初级」写入 评估!C2' })).toBeEnabled();
    expect(ops.calls.applyRating.map((r) => [r.person, r.level])).toEqual([
      ['张三', '初级'],
      ['李四', '高级'],
    ]);
    expect(ops.cell('Assessment', 1, 2)).toBe('中级');
  });

  it('writes an override instead of the supported level', async () => {
    const { user, ops } = renderPane(ctAmWorkbook(), { initialLocale: 'en-US' });
    await screen.findByRole('heading', { level: 2, name: 'Resilience' });
    await user.click(screen.getAllByRole('checkbox')[0]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level to write' }), 'L3');
    expect(screen.getByText('Override: you chose Senior; the ticked behaviours support none.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Wang');
    await user.click(screen.getByRole('button', { name: /^Write/ }));
    await screen.findByText(/^Wrote/);
    // The table's headers are Chinese, so the label goes in in Chinese whatever the pane's language.
    expect(ops.calls.applyRating[0]).toMatchObject({ level: '高级', competency: '抗挫能力', locale: 'zh-CN' });
    expect(ops.calls.applyRating[0].evidence).toMatch(/^\[初级\] ▶ /);
  });

  it('asks for the assessor name before writing', async () => {
    const { user, ops } = renderPane(ctAmWorkbook());
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    await tick(user, L1);
    await user.click(screen.getByRole('button', { name: '将「初级」写入 评估!C2' }));
    expect(screen.getByText('请输入您的姓名:它将写入证据和审计日志。')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /您的姓名/ })).toHaveFocus();
    expect(ops.calls.applyRating).toHaveLength(0);
  });
});

describe('never replacing a rating unconfirmed', () => {
  async function rateLiSi(user: ReturnType<typeof renderPane>['user']) {
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    expect(screen.getByText('中级', { selector: 'p' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '写入的级别' }), 'L3');
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「高级」写入 评估!C3' }));
  }

  it('asks before replacing, and writes nothing when the assessor says no', async () => {
    const ops = ctAmWorkbook({ table: 'Assessment', row: 1, column: 2 });
    const { user } = renderPane(ops);
    await rateLiSi(user);
    const dialog = await findDialog('将「中级」替换为「高级」?');
    expect(ops.calls.applyRating).toHaveLength(1);
    expect(ops.calls.applyRating[0].confirmOverwrite).toBe(false);
    await user.click(dialogButton(dialog, '取消'));
    await waitFor(() => expect(isDialogOpen()).toBe(false));
    expect(screen.getByText('未写入任何内容。')).toBeInTheDocument();
    expect(ops.calls.applyRating).toHaveLength(1);
    expect(ops.cell('Assessment', 1, 2)).toBe('中级');
  });

  it('replaces only after the assessor said yes, calling again with confirmOverwrite', async () => {
    const ops = ctAmWorkbook({ table: 'Assessment', row: 1, column: 2 });
    const { user } = renderPane(ops);
    await rateLiSi(user);
    const dialog = await findDialog('将「中级」替换为「高级」?');
    await user.click(dialogButton(dialog, '替换'));
    expect(await screen.findByText('已为 李四 · 抗挫能力 写入「高级」。')).toBeInTheDocument();
    expect(ops.calls.applyRating.map((r) => [r.confirmOverwrite, r.expected])).toEqual([
      [false, '中级'],
      [true, '中级'],
    ]);
    expect(ops.cell('Assessment', 1, 2)).toBe('高级');
  });

  it('says so when the cell changed since it was read, and confirms against the new value', async () => {
    const ops = ctAmWorkbook({ table: 'Assessment', row: 1, column: 2 });
    const { user } = renderPane(ops);
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    ops.setCell('Assessment', 1, 2, '资深');
    await rateLiSi(user);
    const dialog = await findDialog('将「资深」替换为「高级」?');
    expect(within(dialog).getByText('选中后单元格已被更改:您看到的是 中级,现在是 资深。')).toBeInTheDocument();
    await user.click(dialogButton(dialog, '替换'));
    await screen.findByText('已为 李四 · 抗挫能力 写入「高级」。');
    expect(ops.calls.applyRating[1]).toMatchObject({ confirmOverwrite: true, expected: '资深' });
  });

  it('shows a refusal as a message', async () => {
    const ops = ctAmWorkbook();
    const { user } = renderPane(ops);
    await screen.findByRole('heading', { level: 2, name: '抗挫能力' });
    ops.setCell('Assessment', 0, 0, '王五'); // the table was re-sorted or edited since the cell was read
    await tick(user, L1);
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「初级」写入 评估!C2' }));
    expect(await screen.findByText('未写入:表格"Assessment"的第 1 行现在是王五,不是张三:读取单元格后表格有变动。请重新选择该单元格。')).toBeInTheDocument();
    expect(ops.cell('Assessment', 0, 2)).toBe('');
    expect(ops.workbook.table('CompetencyEvidence')).toBeUndefined();
  });
});
