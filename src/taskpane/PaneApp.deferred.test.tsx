/** @jest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneWorkbook, ctAmTable } from '../../test/helpers/pane-workbook';
import { PaneApp } from './PaneApp';

// This file does not use test/helpers/pane-render, which loads the deferred parts before its tests:
// here they load as the pane does, when the view first mounts.
afterEach(() => cleanup());

const L1 = ['面对挫折,会感到沮丧,有时会抱怨,工作偶尔会停顿,但不会半途而废。', '逆境中,会缺乏创意,有点逃避挑战,但不久会恢复。', '正视挫折,努力弥补,基本上能维持原有的工作标准。'];

describe('the parts below the first screen', () => {
  it('the rating view shows first; the Apply form and the footer follow, and the rating can then be written', async () => {
    const texts: string[] = [];
    const observer = new MutationObserver(() => {
      const text = document.body.textContent ?? '';
      if (text && texts[texts.length - 1] !== text) texts.push(text);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const ops = new PaneWorkbook({ tables: [ctAmTable()], selection: { table: 'Assessment', row: 0, column: 2 }, settings: null });
    const user = userEvent.setup();
    render(<PaneApp ops={ops} initialLocale="zh-CN" />);
    const comment = await screen.findByRole('textbox', { name: '评语(可选)' });
    expect(await screen.findByRole('combobox', { name: '模型' })).toBeInTheDocument();
    observer.disconnect();
    // The first view: the competency, its checklists and the supported-level note with its button, without the form or footer.
    expect(texts[0]).toContain('抗挫能力');
    expect(texts[0]).toContain(L1[0]);
    expect(texts[0]).toContain('证据支持的级别');
    expect(texts[0]).not.toContain('评语(可选)');
    expect(texts[0]).not.toContain('键盘快捷键');
    // Then they arrive, the view as it was.
    expect(texts[texts.length - 1]).toContain('键盘快捷键');
    expect(texts[texts.length - 1]).toContain(L1[0]);

    for (const text of L1) await user.click(screen.getByRole('checkbox', { name: text }));
    await user.type(comment, '有进步');
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), '王五');
    await user.click(screen.getByRole('button', { name: '将「初级」写入 评估!C2' }));
    expect(await screen.findByText('已为 张三 · 抗挫能力 写入「初级」。')).toBeInTheDocument();
    expect(ops.cell('Assessment', 0, 2)).toBe('初级');
  });
});
