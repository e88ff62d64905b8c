// Browser end-to-end test of a round with several raters (npm run test:e2e): in the workbench, build
// a level-model workbook with people, list who rates whom, prepare the assessor workbooks (downloads),
// fill them as the assessors would (ExcelJS, in Node), collect them through the pane's file input, and
// check the combined levels and the agreement against values computed by hand here. A bad returned
// file is refused with its reason and loses nothing collected before. Then one rater rates in the
// pane: their identity asked once, the spread per role shown (screenshots in both languages).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test as nodeTest } from 'node:test';
import ExcelJS from 'exceljs';
import { artifacts, buildBundle, launch, screenshot, serve, watchConsole } from './support.mjs';

let bundle;
let server;
let browser;
let page;
let problems;
const files = path.join(artifacts, 'round-files');

before(async () => {
  bundle = buildBundle();
  server = await serve(bundle.dir);
  browser = await launch(server.origin);
  mkdirSync(files, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  bundle?.cleanup();
});

function test(name, fn) {
  return nodeTest(name, async () => {
    try {
      await fn();
    } catch (error) {
      if (page && !page.isClosed()) await screenshot(page, 'round-FAILED').catch(() => undefined);
      throw error;
    }
  });
}

const pane = () => page.locator('.wb-pane');
const nameBox = () => page.getByRole('textbox', { name: 'Name box' });

async function goTo(address) {
  await nameBox().fill(address);
  await nameBox().press('Enter');
  await page.getByRole('grid').focus();
}

// ---- the round: self, manager, three peers and two reports per person; levels 1..4 (Junior … Expert)

const LEVELS = ['Junior', 'Intermediate', 'Senior', 'Expert'];
const RATERS = [['self', 'Self'], ['M', 'Manager'], ['P1', 'Peers'], ['P2', 'Peers'], ['P3', 'Peers'], ['R1', 'Direct reports'], ['R2', 'Direct reports']];
/** Levels for the first competency per person, in RATERS order; the second competency gets 3 from everyone. */
const GIVEN = [
  [4, 2, 3, 2, 4, 1, 2],
  [2, 3, 4, 4, 4, 3, 3],
];

/**
 * Hand rule (README, Several raters per person): two reports are below their minimum of 3 and, alone in
 * "other" (minimum 3), left out; self 10 %, manager 50 %, peers 20 % renormalised over 80 %.
 */
function combined(levels) {
  const [self, manager, ...rest] = levels;
  const peers = rest.slice(0, 3).reduce((s, v) => s + v, 0) / 3;
  return (self * 0.1 + manager * 0.5 + peers * 0.2) / 0.8;
}

/** Krippendorff's alpha, ordinal metric, written out from his definition (units = people, all values pairable). */
function ordinalAlpha(units) {
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const n = Object.fromEntries(values.map((v) => [v, units.flat().filter((x) => x === v).length]));
  const total = units.flat().length;
  const delta = (c, k) => {
    const [lo, hi] = c < k ? [c, k] : [k, c];
    const between = values.filter((g) => g >= lo && g <= hi).reduce((s, g) => s + n[g], 0);
    return (between - (n[c] + n[k]) / 2) ** 2;
  };
  let observed = 0;
  for (const unit of units)
    for (let i = 0; i < unit.length; i++) for (let j = 0; j < unit.length; j++) if (i !== j) observed += delta(unit[i], unit[j]) / (unit.length - 1);
  let expected = 0;
  for (const c of values) for (const k of values) expected += n[c] * n[k] * delta(c, k);
  return 1 - ((total - 1) * observed) / expected;
}

/** The Assessment sheet's combined block and agreement row, as the workbook computed them. */
async function roundCells() {
  return page.evaluate(() => {
    const { workbook } = window.workbench;
    const sheet = workbook.sheetNames().find((name) => workbook.tables().some((t) => t.sheet === name && t.name === 'CompetencyAssessment'));
    const find = (fragment) => {
      for (let row = 0; row < 20; row++)
        for (let col = 0; col < 200; col++) {
          const input = workbook.input(sheet, row, col);
          if (typeof input === 'string' && input.includes(fragment)) return { row, col };
        }
      return null;
    };
    const combine = find('COMBINE.TABLE');
    const agreement = find('AGREEMENT.TABLE');
    const value = (row, col) => {
      const v = workbook.value(sheet, row, col);
      return typeof v === 'object' && v !== null ? String(v.value ?? v.type ?? v) : v;
    };
    return {
      combined: [0, 1].map((p) => [0, 1].map((c) => value(combine.row + p, combine.col + c))),
      agreement: [0, 1].map((c) => value(agreement.row, agreement.col + c)),
      ratingRows: workbook.tableRows('Ratings').filter((row) => row.some((v) => v !== null && v !== '')).length,
    };
  });
}

async function fill(file, level) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets.find((ws) => ws.getCell(1, 1).value === 'PersonKey' && ws.getCell(1, 5).value === 'Level');
  for (let r = 2; r <= sheet.rowCount; r++) {
    const [person, competency, rater] = [1, 2, 3].map((c) => String(sheet.getCell(r, c).value ?? ''));
    if (!person) continue;
    const value = level(person, competency, rater);
    if (value !== null) sheet.getCell(r, 5).value = LEVELS[value - 1];
  }
  const out = file.replace(/\.xlsx$/, ' (filled).xlsx');
  await book.xlsx.writeFile(out);
  return out;
}

describe('a round with several raters in the workbench', () => {
  let keys;
  /** The first two competencies as the Assessment headers (and so the returned files) name them. */
  let competencyNames;

  test('builds a level-model workbook with two people and lists who rates whom', async () => {
    page = await browser.context.newPage();
    problems = watchConsole(page);
    await page.goto(`${server.origin}/workbench.html?lang=en-US`);
    await page.getByRole('grid').waitFor();
    await pane().getByRole('textbox', { name: /^People/ }).fill('Alice, Account manager\nBob, Account manager');
    await pane().getByRole('button', { name: 'Build the workbook' }).click();
    await pane().getByText(/^Built /).waitFor();
    ({ keys, competencyNames } = await page.evaluate(() => {
      const { workbook } = window.workbench;
      const headers = workbook.tableHeaders('CompetencyAssessment');
      const keyColumn = headers.findIndex((h) => /person key/i.test(h));
      const table = workbook.table('CompetencyAssessment');
      // The combined block's header row names the competencies as the Ratings rows do.
      let names = [];
      for (let row = 0; row < 20 && names.length === 0; row++)
        for (let col = 0; col < 200; col++) {
          const input = workbook.input(table.sheet, row, col);
          if (typeof input === 'string' && input.includes('COMBINE.TABLE')) {
            names = [0, 1].map((j) => workbook.text(table.sheet, row - 2, col + j));
            break;
          }
        }
      return { keys: workbook.tableRows('CompetencyAssessment').map((row) => String(row[keyColumn])), competencyNames: names };
    }));
    assert.equal(competencyNames.length, 2);
    assert.equal(keys.length, 2);
    // HR lists the assignments in the RaterAssignments table (as typed on the Ratings sheet).
    await page.evaluate(
      ({ keys, raters }) => {
        const rows = keys.flatMap((person, p) => raters.map(([rater, role]) => [person, rater === 'self' ? person : `${rater}-${p === 0 ? 'a' : 'b'}`, role]));
        window.workbench.workbook.appendTableRows('RaterAssignments', rows);
      },
      { keys, raters: RATERS },
    );
  });

  let returned;

  test('prepares one assessor workbook per rater: the downloads', async () => {
    await goTo('A1');
    const downloads = [];
    page.on('download', (download) => downloads.push(download));
    await pane().getByRole('button', { name: 'Prepare assessor workbooks' }).click();
    await pane().getByText('14 assessor workbook(s) prepared.').waitFor({ timeout: 60000 });
    // The workbench starts downloads 250 ms apart (a burst loses some in Chromium).
    for (let i = 0; i < 150 && downloads.length < 14; i++) await page.waitForTimeout(100);
    assert.equal(downloads.length, 14);
    const saved = [];
    for (const download of downloads) {
      const file = path.join(files, download.suggestedFilename());
      await download.saveAs(file);
      saved.push(file);
    }
    await screenshot(page, 'round-prepared');
    // Each assessor fills their file: the first competency as GIVEN, the second 3 throughout.
    returned = await Promise.all(
      saved.map((file) =>
        fill(file, (person, competency, rater) => {
          const p = keys.indexOf(person);
          const index = RATERS.findIndex(([key]) => (key === 'self' ? rater === person : rater.startsWith(`${key}-`)));
          return competency === competencyNames[0] ? GIVEN[p][index] : competency === competencyNames[1] ? 3 : null;
        }),
      ),
    );
  });

  test('collects the returned files through the file input; combined levels and agreement match the hand computation', async () => {
    const input = pane().getByLabel('Collect returned workbooks', { selector: 'input' });
    await input.setInputFiles(returned);
    await pane().getByText(/^14 file\(s\) collected, 28 rating\(s\)\./).waitFor({ timeout: 60000 });
    const cells = await roundCells();
    assert.equal(cells.ratingRows, 28);
    for (let p = 0; p < 2; p++) {
      assert.ok(Math.abs(cells.combined[p][0] - combined(GIVEN[p])) < 1e-9, `combined level of person ${p + 1}: ${cells.combined[p][0]} vs ${combined(GIVEN[p])}`);
      assert.equal(cells.combined[p][1], 3);
    }
    assert.ok(Math.abs(cells.agreement[0] - ordinalAlpha(GIVEN)) < 1e-9, `agreement ${cells.agreement[0]} vs ${ordinalAlpha(GIVEN)}`);
    // Everyone gave 3 on the second competency: alpha is 0/0.
    assert.equal(cells.agreement[1], '#DIV/0!');
    await screenshot(page, 'round-collected');
  });

  test('a bad returned file is refused with its reason, and nothing collected before is lost', async () => {
    const before = await roundCells();
    const bad = path.join(files, 'Ratings broken.xlsx');
    writeFileSync(bad, 'not a workbook');
    const again = returned[0];
    await pane().getByLabel('Collect returned workbooks', { selector: 'input' }).setInputFiles([bad, again]);
    await pane().getByText(/Refused Ratings broken\.xlsx: it could not be read as an \.xlsx workbook/).waitFor({ timeout: 60000 });
    await pane().getByText(new RegExp(`Refused ${path.basename(again).replace(/[().]/g, '\\$&')}: this file was collected before`)).waitFor();
    assert.deepEqual(await roundCells(), before);
    await screenshot(page, 'round-refused');
  });

  test('a rater rating in the pane: asked who they are once, their row in the Ratings table, the spread per role', async () => {
    await goTo('A10');
    const competencyColumn = await page.evaluate((name) => {
      const { workbook } = window.workbench;
      const table = workbook.table('CompetencyAssessment');
      const at = workbook.tableHeaders('CompetencyAssessment').indexOf(name);
      const letters = (n) => (n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
      return `${letters(table.range.startCol + at)}${table.range.startRow + 2}`;
    }, competencyNames[0]);
    await goTo(competencyColumn);
    await pane().getByRole('heading', { name: 'Who you are as a rater' }).waitFor();
    await screenshot(page, 'round-rater-identity-en');
    await pane().getByRole('textbox', { name: /Rater key/ }).fill('P4-a');
    await pane().getByRole('combobox', { name: /Your role/ }).selectOption('peer');
    await pane().getByRole('button', { name: 'Save and start rating' }).click();
    const spread = pane().getByTestId('role-spread');
    await spread.waitFor();
    assert.match(await spread.textContent(), /raters: P1-a, P2-a, P3-a/);
    assert.doesNotMatch(await spread.textContent(), /R1-a|R2-a/);
    await spread.scrollIntoViewIfNeeded();
    await screenshot(page, 'round-spread-en');
    await pane().getByRole('combobox', { name: /Level to write/ }).selectOption({ label: 'Expert' });
    await pane().getByRole('button', { name: /^Record Expert as your rating/ }).click();
    await pane().getByText('Your rating: Expert').waitFor();
    const cells = await roundCells();
    assert.equal(cells.ratingRows, 29);
    // Four peers now: 4, 2, 3, 4 (mean 3.25 over peers) for Alice.
    assert.ok(Math.abs(cells.combined[0][0] - (4 * 0.1 + 2 * 0.5 + 3.25 * 0.2) / 0.8) < 1e-9);
    // The pane in Chinese: the same spread, in Chinese; the rater is not asked again.
    await pane().getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await pane().getByText('您以 P4-a(同事)的身份评价;评价写入评价记录表').waitFor();
    await pane().getByTestId('role-spread').scrollIntoViewIfNeeded();
    await screenshot(page, 'round-spread-zh');
    await pane().getByRole('button', { name: '更改身份' }).click();
    await pane().getByRole('heading', { name: '您的评价人身份' }).waitFor();
    await screenshot(page, 'round-rater-identity-zh');
    assert.deepEqual(problems, []);
  });
});
