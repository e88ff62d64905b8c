/** @jest-environment jsdom */
import { readFileSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { screen } from '@testing-library/react';
import { FakeAssessmentOperations, XSS, htmlTextModel } from '../../test/helpers/pane-fakes';
import { PaneWorkbook } from '../../test/helpers/pane-workbook';
import { renderPane } from '../../test/helpers/pane-render';

function htmlWorkbook(): PaneWorkbook {
  const model = htmlTextModel();
  return new PaneWorkbook({
    tables: [{ name: 'T', sheet: 'S', headers: ['姓名', '岗位', `标记${XSS}`], rows: [[`张${XSS}`, `岗${XSS}`, '']] }],
    selection: { table: 'T', row: 0, column: 2 },
    settings: { modelId: model.id, customModel: model, mappings: {} },
  });
}

describe('workbook and model text is shown as text', () => {
  it('renders HTML in names, descriptors and notes as text, never as markup', async () => {
    const alert = jest.fn();
    window.alert = alert;
    const { user } = renderPane(htmlWorkbook());
    expect(await screen.findByRole('heading', { level: 2, name: `标记${XSS}` })).toBeInTheDocument();
    expect(screen.getByText(`姓名: 张${XSS}`)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `Indicator ${XSS}` })).toBeInTheDocument();
    expect(screen.getByText(`Summary ${XSS}`)).toBeInTheDocument();
    expect(screen.getByText(`说明:note ${XSS}`)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: `模型 ${XSS}(本工作簿的模型)` })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'onerror');
    expect(await screen.findByRole('button', { name: `查看 标记${XSS}` })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('no network', () => {
  it('makes no request while rating and running the workbook actions', async () => {
    const fetchSpy = jest.fn();
    (globalThis as { fetch?: unknown }).fetch = fetchSpy;
    const open = jest.spyOn(XMLHttpRequest.prototype, 'open');
    const ops = htmlWorkbook();
    const { user } = renderPane(ops, { assessmentOps: new FakeAssessmentOperations() });
    await screen.findByRole('heading', { level: 2, name: `标记${XSS}` });
    await user.click(screen.getByRole('checkbox', { name: `Indicator ${XSS}` }));
    await user.type(screen.getByRole('textbox', { name: /您的姓名/ }), 'A');
    await user.click(screen.getByRole('button', { name: /^将「一级」写入/ }));
    await screen.findByText(/^已为/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('has no fetch, XMLHttpRequest, innerHTML or dangerouslySetInnerHTML in the pane sources', () => {
    const files: string[] = [];
    const walk = (dir: string) =>
      readdirSync(dir).forEach((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      });
    walk(__dirname);
    const offending = files.filter((file) => /\bfetch\(|XMLHttpRequest|innerHTML|dangerouslySetInnerHTML|sendBeacon|WebSocket/.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });
});
