// Browser end-to-end tests (npm run test:e2e): the production build in Chromium, the real task
// pane on the workbench's workbook, and the add-in page outside Office. Each step leaves a
// screenshot in test-artifacts/. The steps share one page and run in order.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test as nodeTest } from 'node:test';
import { artifacts, buildBundle, launch, screenshot, serve, watchConsole } from './support.mjs';

let bundle;
let server;
let browser;
let page;
let problems;

before(async () => {
  bundle = buildBundle();
  server = await serve(bundle.dir);
  browser = await launch(server.origin);
});

after(async () => {
  await browser?.close();
  await server?.close();
  bundle?.cleanup();
});

/** A step: on failure, a screenshot of the page as it was goes to test-artifacts/ too. */
function test(name, fn) {
  return nodeTest(name, async () => {
    try {
      await fn();
    } catch (error) {
      if (page && !page.isClosed()) await screenshot(page, 'FAILED').catch(() => undefined);
      throw error;
    }
  });
}

// ---- helpers: the grid as a user drives it

const nameBox = () => page.getByRole('textbox', { name: 'Name box' });
const grid = () => page.getByRole('grid');

async function goTo(address) {
  await nameBox().fill(address);
  await nameBox().press('Enter');
  await grid().focus();
}

/** Types into a cell as a user does: select it, type, Enter. */
async function typeInto(address, text) {
  await goTo(address);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function cellText(address) {
  await goTo(address);
  return (await page.locator(`[data-address="${address}"] .wb-cell-text`).textContent()) ?? "";
}

async function openSheet(name) {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/** The address of a header cell of the given row whose text is `text`. */
async function columnOf(text, headerRow) {
  for (let col = 0; col < 40; col++) {
    const letters = col < 26 ? String.fromCharCode(65 + col) : `A${String.fromCharCode(65 + col - 26)}`;
    if ((await cellText(`${letters}${headerRow}`)) === text) return letters;
  }
  throw new Error(`no header "${text}" in row ${headerRow}`);
}

/** The row of the Audit sheet (open) whose Source is `source` (and Person `person`), the last such. */
async function auditRowOf(source, person) {
  let found = 0;
  for (let row = 2; row < 12; row++) {
    if ((await cellText(`L${row}`)) === source && (person === undefined || (await cellText(`D${row}`)) === person)) found = row;
  }
  if (!found) throw new Error(`no audit line from "${source}"`);
  return found;
}

const pane = () => page.locator('.wb-pane');
const toolbar = () => page.getByRole('toolbar', { name: 'Competency workbench' });
/** The pane's confirmation (a Fluent alert dialog). */
const dialog = () => page.locator('[role=dialog], [role=alertdialog]');

describe('the add-in page outside Office', () => {
  test('taskpane.html (production build) loads in Chromium with office.js from the npm package, without console errors or other network', async () => {
    const addin = await browser.context.newPage();
    const errors = watchConsole(addin);
    await addin.goto(`${server.origin}/taskpane.html`);
    await addin.getByRole('heading', { level: 1 }).first().waitFor();
    await addin.waitForTimeout(1500);
    await screenshot(addin, 'addin-page-outside-office');
    // Outside Excel the page says where it works, instead of failing on the missing Excel API.
    const text = await addin.locator('#root').innerText();
    assert.match(text, /Open this pane in Excel|请在 Excel 中打开此窗格/);
    assert.doesNotMatch(text, /went wrong|出错/);
    assert.deepEqual(errors, []);
    assert.ok(browser.officeFiles.some((url) => url.endsWith('/office.js')), 'office.js was requested at the CDN path and served from the npm package');
    assert.deepEqual(browser.blocked, []);
    await addin.close();
  });
});

describe('the workbench', () => {
  test('opens: a grid with sheet tabs, a name box, a formula bar and the task pane', async () => {
    page = await browser.context.newPage();
    problems = watchConsole(page);
    await page.goto(`${server.origin}/workbench.html?lang=en-US`);
    await grid().waitFor();
    await page.getByRole('heading', { name: 'Competency', exact: true }).waitFor();
    await screenshot(page, 'workbench-open');
    assert.equal(await page.getByRole('columnheader', { name: 'A', exact: true }).count(), 1);
    assert.equal(await page.getByRole('tab', { name: 'Sheet1' }).getAttribute('aria-selected'), 'true');
  });

  test('=HR.WEIGHTED.SCORE typed in a cell computes and recalculates; errors show their message; results spill', async () => {
    for (const [address, value] of [['A1', '80'], ['B1', '400'], ['A2', '50'], ['B2', '50'], ['A3', '100'], ['B3', '500'], ['C1', 'abc'], ['E1', '10'], ['E2', '95']]) {
      await typeInto(address, value);
    }
    await typeInto('A4', '=HR.WEIGHTED.SCORE(A1:B1, A2:B2, A3:B3)');
    await typeInto('D1', '=HR.COMPETENCY.LEVEL(C1)');
    await typeInto('F1', '=HR.COMPETENCY.LEVEL(E1:E2)');
    assert.equal(await cellText('A4'), '80');
    await goTo('A4');
    assert.equal(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue(), '=HR.WEIGHTED.SCORE(A1:B1, A2:B2, A3:B3)');
    const error = page.locator('[data-address="D1"]');
    assert.equal(await error.textContent(), '#VALUE!');
    assert.match((await error.getAttribute('title')) ?? '', /a number belongs here/);
    assert.deepEqual([await cellText('F1'), await cellText('F2')], ['Junior', 'Expert']);
    await goTo('F2');
    assert.equal(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue(), '=HR.COMPETENCY.LEVEL(E1:E2)');
    await screenshot(page, 'formulas-computed');
    await typeInto('B1', '250');
    assert.equal(await cellText('A4'), '65');
    // F2 edits, Escape cancels, Tab commits to the right.
    await goTo('A1');
    await page.keyboard.press('F2');
    await page.keyboard.type('0');
    await page.keyboard.press('Escape');
    assert.equal(await cellText('A1'), '80');
    await goTo('G1');
    await page.keyboard.type('x');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('[role=grid]').getAttribute('data-selected'), 'H1');
    await screenshot(page, 'formulas-recalculated');
  });

  test('typing over a selected cell starts editing, also Chinese through an input method; Chinese HR function names and TRUE work', async () => {
    await goTo('J1');
    await page.keyboard.type('Typed');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('[role=grid]').getAttribute('data-selected'), 'J2');
    assert.equal(await cellText('J1'), 'Typed');
    await goTo('J2');
    // An input method composes in the cell (pinyin first), then commits the characters.
    await grid().focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'zhang', selectionStart: 5, selectionEnd: 5 });
    await page.locator('[data-address="J2"] .wb-editor').waitFor();
    await cdp.send('Input.imeSetComposition', { text: '张三', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '张三' });
    await page.keyboard.press('Enter');
    assert.equal(await cellText('J2'), '张三');
    await cdp.detach();
    await screenshot(page, 'typed-and-composed');
    await typeInto('J3', '=HR.能力.级别(82)');
    await typeInto('J4', '=HR.COMPETENCY.LEVEL(82)');
    assert.notEqual(await cellText('J3'), '#NAME?');
    assert.equal(await cellText('J3'), await cellText('J4'));
    await typeInto('J5', '=IF(TRUE, "yes", "no")');
    assert.equal(await cellText('J5'), 'yes');
    await typeInto('J6', 'true');
    assert.equal(await cellText('J6'), 'TRUE');
  });

  test('builds an assessment workbook from a built-in model', async () => {
    await page.getByRole('textbox', { name: /^People/ }).fill('Alice, Account manager\nBob, Account manager\nCarol, Senior account manager');
    await page.getByRole('button', { name: 'Build the workbook' }).click();
    await page.getByRole('tab', { name: 'Assessment', selected: true }).waitFor();
    for (const sheet of ['Model', 'Targets', 'Evidence', 'Audit']) await page.getByRole('tab', { name: sheet, exact: true }).waitFor();
    await pane().getByText(/^Built /).waitFor();
    assert.equal(await cellText('A9'), 'Person');
    assert.equal(await cellText('A10'), 'Alice');
    await goTo('A1');
    await screenshot(page, 'assessment-built');
  });

  test('a value that breaks the list validation is refused; the dropdown offers the levels', async () => {
    await typeInto('D10', 'Excellent');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Not entered/);
    await screenshot(page, 'validation-refused');
    await page.keyboard.press('Escape');
    assert.equal(await cellText('D10'), '');
    await goTo('D10');
    await page.getByRole('button', { name: 'Pick from the list' }).click();
    await page.getByRole('listbox').waitFor();
    await screenshot(page, 'validation-dropdown');
    await page.getByRole('listbox', { name: 'Pick from the list' }).getByRole('option', { name: 'Intermediate' }).click();
    assert.equal(await cellText('D10'), 'Intermediate');
  });

  test('rates: select a rating cell, tick behaviours, apply; the scores recalculate and the audit line appears', async () => {
    const weighted = await columnOf('Weighted score', 9);
    const overall = await columnOf('Overall level', 9);
    await goTo('C10');
    await pane().getByText('Person: Alice').waitFor();
    // Nothing of the pane (a portal, a dialog left behind) may cover the sheet.
    const box = await grid().boundingBox();
    const covering = await page.evaluate(([x, y]) => {
      const element = document.elementFromPoint(x, y);
      return element?.closest('[role=grid]') ? null : (element?.outerHTML.slice(0, 160) ?? 'nothing');
    }, [box.x + box.width / 2, box.y + box.height / 2]);
    assert.equal(covering, null, 'an element covers the grid (a pane portal styled as the whole pane?)');
    const junior = pane().getByRole('group', { name: 'Junior' });
    const boxes = junior.getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await pane().getByText(/The ticked behaviours support Junior/).waitFor();
    await pane().getByRole('textbox', { name: /Your name/ }).fill('Dana Assessor');
    await screenshot(page, 'rating-ticked');
    await pane().getByRole('button', { name: /^Write Junior to/ }).click();
    await pane().getByText(/Wrote Junior for Alice/).waitFor();
    assert.equal(await cellText('C10'), 'Junior');
    // Achievement orientation Junior (1) and Resilience Intermediate (2), weights 1 and 1.
    assert.equal(await cellText(`${weighted}10`), '1.50');
    assert.match(await cellText(`${overall}10`), /^(Junior|Intermediate)$/);
    await goTo('C10');
    await screenshot(page, 'rating-written');
    await openSheet('Audit');
    const row = await auditRowOf('Task pane');
    assert.equal(await cellText(`B${row}`), 'Dana Assessor');
    assert.equal(await cellText(`D${row}`), 'Alice');
    assert.equal(await cellText(`G${row}`), 'Junior');
    await screenshot(page, 'audit-line');
    await openSheet('Assessment');
  });

  test('refuses a silent overwrite: replacing a rating asks first, and cancelling writes nothing', async () => {
    await goTo('C10');
    await pane().getByText('Person: Alice').waitFor();
    await pane().getByRole('combobox', { name: 'Level to write' }).selectOption({ label: 'Intermediate' });
    await pane().getByRole('button', { name: /^Write Intermediate to/ }).click();
    await dialog().waitFor();
    assert.match(await dialog().textContent(), /Replace Junior with Intermediate/);
    await screenshot(page, 'overwrite-confirmation');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'hidden' });
    assert.equal(await cellText('C10'), 'Junior');
  });

  test('a rating typed straight into a cell gets its audit line, as typed, with the time as a local date-time', async () => {
    await typeInto('C11', 'Intermediate');
    assert.equal(await cellText('C11'), 'Intermediate');
    await openSheet('Audit');
    const row = await auditRowOf('Typed in the cell', 'Bob');
    assert.equal(await cellText(`C${row}`), 'Assessment!C11');
    assert.equal(await cellText(`F${row}`), '');
    assert.equal(await cellText(`G${row}`), 'Intermediate');
    assert.match(await cellText(`A${row}`), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    assert.match(await cellText(`N${row}`), /^[0-9a-f]{64}$/);
    // The line names Bob by the Person key the build gave him, as the Evidence and Audit tables key people.
    assert.match(await cellText(`K${row}`), /^P\d{4}$/);
    await screenshot(page, 'audit-typed-line');
    await openSheet('Assessment');
  });

  test('saves as .xlsx and reopens it with values, formulas, tables, validation and the audit log', async () => {
    const download = page.waitForEvent('download');
    await toolbar().getByRole('button', { name: 'Save as .xlsx' }).click();
    const file = path.join(artifacts, 'workbench-saved.xlsx');
    await (await download).saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');
    await toolbar().getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('tab', { name: 'Sheet1', selected: true }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Assessment' }).count(), 0);
    await page.locator('input[data-open-file]').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Opened workbench-saved.xlsx' }).waitFor();
    await openSheet('Assessment');
    const weighted = await columnOf('Weighted score', 9);
    assert.equal(await cellText('C10'), 'Junior');
    assert.equal(await cellText('D10'), 'Intermediate');
    assert.equal(await cellText(`${weighted}10`), '1.50');
    await goTo(`${weighted}10`);
    assert.match(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue(), /^=HR\.WEIGHTED\.SCORE\(HR\.LEVEL\.NUMBER\(/);
    await typeInto('E10', 'Excellent');
    await page.getByRole('alert').waitFor();
    await page.keyboard.press('Escape');
    await goTo('C10');
    await pane().getByText('Person: Alice').waitFor();
    await pane().getByText('Dana Assessor', { exact: false }).first().waitFor();
    await screenshot(page, 'reopened-rating-cell');
    await openSheet('Audit');
    assert.equal(await cellText('D2'), 'Alice');
    await openSheet('Assessment');
  });

  test('verifies the audit log: intact after reopening, then it names the line edited by hand', async () => {
    await openSheet('Audit');
    await goTo('Q1');
    await pane().getByRole('button', { name: 'Verify the audit log' }).click();
    await pane().getByText(/^The audit log is intact: \d+ lines? checked\./).waitFor();
    const row = await auditRowOf('Task pane');
    await typeInto(`G${row}`, 'Senior');
    await goTo('Q1');
    await pane().getByRole('button', { name: 'Verify the audit log' }).click();
    await pane().getByText(new RegExp(`^Row ${row} of the Audit sheet \\(line \\d+\\) was edited`)).waitFor();
    await screenshot(page, 'audit-verify-edited');
    await typeInto(`G${row}`, 'Junior');
    await openSheet('Assessment');
  });

  test('draws the profile charts next to the grid', async () => {
    await goTo('A30');
    await pane().getByRole('button', { name: 'Draw profile charts' }).click();
    const chart = page.locator('figure[data-chart="person-radar"]');
    await chart.waitFor();
    assert.match(await chart.innerHTML(), /<polygon/);
    await page.waitForTimeout(300);
    await screenshot(page, 'profile-charts');
    // The chart as a PNG (AssessmentOperations.profileChartImage), as the deck or a dialog would take it.
    const png = Buffer.from(await page.evaluate(() => window.workbench.assessmentOps.profileChartImage()), 'base64');
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    writeFileSync(path.join(artifacts, 'profile-chart.png'), png);
  });

  test('switches the pane to Chinese', async () => {
    await goTo('C10');
    await pane().getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await pane().getByText('写入评级').waitFor();
    await pane().getByText('语言').waitFor();
    await screenshot(page, 'pane-chinese');
  });

  test('exports the slide deck', async () => {
    await goTo('A30');
    await pane().getByRole('button', { name: '导出演示文稿' }).click();
    // The pane asks whom the deck is for first: everyone, one role or chosen people.
    await pane().getByRole('radio', { name: /^全部人员/ }).waitFor();
    await pane().getByText(/将生成 \d+ 张幻灯片/).waitFor();
    await screenshot(page, 'deck-people-choice');
    const download = page.waitForEvent('download');
    await pane().getByRole('button', { name: '导出', exact: true }).click();
    const deck = await download;
    const file = path.join(artifacts, deck.suggestedFilename());
    await deck.saveAs(file);
    const data = readFileSync(file);
    assert.equal(data.subarray(0, 2).toString(), 'PK');
    assert.ok(data.includes('ppt/slides/slide1.xml'), 'the deck has slides');
    await pane().getByText(/已导出/).waitFor();
    await screenshot(page, 'deck-exported');
  });

  test('1,000 people stay smooth: only the visible rows are in the page', async () => {
    const people = Array.from({ length: 1000 }, (_, i) => `Person ${i + 1}, Account manager`).join('\n');
    await pane().getByRole('combobox', { name: '语言' }).selectOption('en-US');
    await goTo('A30');
    await page.getByRole('textbox', { name: /^People/ }).fill(people);
    await page.getByRole('button', { name: 'Build the workbook' }).click();
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Replace them' }).click();
    await pane().getByText(/^Built /).waitFor({ timeout: 60_000 });
    const rows = await page.locator('.wb-row').count();
    assert.ok(rows < 120, `${rows} rows rendered`);
    await grid().focus();
    const start = Date.now();
    for (let i = 0; i < 30; i++) await page.keyboard.press('PageDown');
    await goTo('C1009');
    const elapsed = Date.now() - start;
    assert.equal(await cellText('A1009'), 'Person 1000');
    assert.ok((await page.locator('.wb-row').count()) < 120);
    // The time is recorded for a look, not asserted: timings belong in `npm run bench`.
    await screenshot(page, 'thousand-people-bottom');
    writeFileSync(path.join(artifacts, 'thousand-people-timing.txt'), `30 PageDown + jump to row 1009: ${elapsed} ms; ${rows} rows in the page\n`);
  });

  test('a hand-made Chinese sheet opens in the Chinese workbench with its merged title drawn over the columns', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const file = new ExcelJS.Workbook();
    const sheet = file.addWorksheet('2026年度测评');
    sheet.getCell('A1').value = '2026年度能力素质测评表';
    sheet.mergeCells('A1:H1');
    sheet.getCell('A1').alignment = { horizontal: 'center' };
    sheet.getCell('A1').font = { bold: true };
    sheet.getRow(2).values = ['序号', '姓名', '部门', '岗位级别', '成就导向', '团队合作', '客户导向', '专业知识'];
    sheet.getCell('A3').value = '权重';
    sheet.mergeCells('A3:D3');
    sheet.getRow(4).values = [1, '张三', '销售部', 'P5', '高级', '中级', null, '资深'];
    const xlsx = path.join(artifacts, 'hand-made.xlsx');
    writeFileSync(xlsx, Buffer.from(await file.xlsx.writeBuffer()));
    const zh = await browser.context.newPage();
    const errors = watchConsole(zh);
    await zh.goto(`${server.origin}/workbench.html?lang=zh-CN`);
    await zh.getByRole('grid').waitFor();
    await zh.locator('[data-open-file]').setInputFiles(xlsx);
    await zh.getByRole('status').getByText(/已打开/).waitFor();
    const title = zh.locator('[data-address="A1"]');
    assert.equal(await title.textContent(), '2026年度能力素质测评表');
    const a1 = await title.boundingBox();
    const h = await zh.getByRole('columnheader', { name: 'H', exact: true }).boundingBox();
    assert.ok(a1 && h && Math.abs(a1.x + a1.width - (h.x + h.width)) < 2, `the merged title spans A to H (${JSON.stringify([a1, h])})`);
    assert.equal(await zh.locator('[data-address="B1"]').count(), 0);
    await screenshot(zh, 'zh-hand-made-sheet');
    assert.deepEqual(errors, []);
    await zh.close();
  });

  test('closing the tab with unsaved changes asks first; without changes it closes', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${server.origin}/workbench.html?lang=en-US`);
    await other.getByRole('grid').waitFor();
    const asked = [];
    other.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await other.getByRole('textbox', { name: 'Name box' }).fill('A1');
    await other.getByRole('textbox', { name: 'Name box' }).press('Enter');
    await other.getByRole('grid').focus();
    await other.keyboard.type('42');
    await other.keyboard.press('Enter');
    await other.close({ runBeforeUnload: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(asked, ['beforeunload']);
    assert.equal(other.isClosed(), false, 'dismissing the question keeps the tab');
    await other.getByRole('button', { name: 'New', exact: true }).click();
    await other.close({ runBeforeUnload: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(asked, ['beforeunload'], 'a workbook without changes closes without asking');
    assert.equal(other.isClosed(), true);
  });

  test('nothing went wrong on the way: no console errors, no request outside localhost', () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(browser.blocked, []);
  });
});

describe('a workbook built on an imported model', () => {
  /** Every cell text of the Assessment table's rows 9 to 12, columns A to N, as drawn. */
  async function assessmentTexts() {
    const texts = {};
    for (const row of [9, 10, 11, 12])
      for (let col = 0; col < 14; col++) {
        const address = `${String.fromCharCode(65 + col)}${row}`;
        texts[address] = await cellText(address);
      }
    return texts;
  }

  test('reopened after saving and reloading the page, every HR formula computes with nothing clicked', async () => {
    // A model no built-in knows: its own id and level labels, four competencies.
    const model = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'src', 'models', 'ct-account-manager.json'), 'utf8'));
    model.id = 'acme-am';
    model.version = '3';
    model.name = { zh: '某公司客户经理模型', en: 'Acme account managers' };
    model.scale.levels = model.scale.levels.map((level, i) => ({ ...level, label: { zh: ['铜', '银', '金', '铂'][i], en: ['Bronze', 'Silver', 'Gold', 'Platinum'][i] } }));
    model.competencies = model.competencies.slice(0, 4);
    mkdirSync(artifacts, { recursive: true });
    const modelFile = path.join(artifacts, 'acme-am.json');
    writeFileSync(modelFile, JSON.stringify(model, null, 2));

    page = await browser.context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${server.origin}/workbench.html?lang=en-US`);
    await grid().waitFor();
    await pane().getByLabel('Model file (JSON)').setInputFiles(modelFile);
    await pane().getByText(/Acme account managers is now this workbook's model|was not imported/).waitFor();
    assert.match(await pane().innerText(), /Acme account managers is now this workbook's model/);
    await page.getByRole('textbox', { name: /^People/ }).fill('Erin, Account manager\nFrank, Account manager');
    await page.getByRole('button', { name: 'Build the workbook' }).click();
    await page.getByRole('tab', { name: 'Assessment', selected: true }).waitFor();
    await pane().getByText(/^Built /).waitFor();
    await typeInto('C10', 'Silver');
    await typeInto('D10', 'Gold');
    await typeInto('E10', 'Platinum');
    await typeInto('C11', 'Bronze');
    const built = await assessmentTexts();
    const weighted = await columnOf('Weighted score', 9);
    assert.notEqual(built[`${weighted}10`], '', 'the weighted score computes before saving');
    assert.ok(!Object.values(built).some((text) => /^#/.test(text)), `no error before saving: ${JSON.stringify(built)}`);

    const download = page.waitForEvent('download');
    await toolbar().getByRole('button', { name: 'Save as .xlsx' }).click();
    const file = path.join(artifacts, 'imported-model-saved.xlsx');
    await (await download).saveAs(file);

    // A fresh page: nothing of the import is left in memory; the file alone carries the model.
    await page.reload();
    await grid().waitFor();
    await page.locator('input[data-open-file]').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Opened imported-model-saved.xlsx' }).waitFor();
    await openSheet('Assessment');
    await page.waitForTimeout(500);
    const reopened = await assessmentTexts();
    await screenshot(page, 'imported-model-reopened');
    assert.deepEqual(reopened, built);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
