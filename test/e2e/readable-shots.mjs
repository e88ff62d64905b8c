// Screenshots of the built assessment workbook and its charts in the workbench, in both languages,
// for a person to look at (not a test): node test/e2e/readable-shots.mjs [outDir]; E2E_DIST reuses a build.
import path from 'node:path';
import { buildBundle, launch, serve } from './support.mjs';

const out = path.resolve(process.argv[2] ?? 'test-artifacts/readable');
const bundle = buildBundle();
const server = await serve(bundle.dir);
const PEOPLE = {
  'en-US': ['Alice Chen, Account manager', 'Bob Li, Account manager', 'Carol Wu, Senior account manager', 'Dan Zhou, Account manager'],
  'zh-CN': ['张伟, 客户经理', '李娜, 客户经理', '王芳, 高级客户经理', '赵磊, 客户经理'],
};
const LABELS = { 'en-US': { people: /^People/, build: 'Build the workbook', charts: 'Draw profile charts' }, 'zh-CN': { people: /^人员/, build: '生成工作簿', charts: '绘制能力素质图' } };
const NAME_BOX = { 'en-US': 'Name box', 'zh-CN': '名称框' };
const WRITE = { 'en-US': /^Write Junior to/, 'zh-CN': /^将「初级」写入/ };
const ASSESSOR = { 'en-US': [/^Your name/, 'Dana Assessor'], 'zh-CN': [/^您的姓名/, '周评估'] };
const ASSESSMENT_SHEET = { 'en-US': 'Assessment', 'zh-CN': '评估' };
const RECORD_SHEETS = { 'en-US': { evidence: 'Evidence', audit: 'Audit' }, 'zh-CN': { evidence: '证据', audit: '审计日志' } };
const RATINGS = { 'en-US': ['Senior', 'Intermediate', 'Expert', 'Junior'], 'zh-CN': ['高级', '中级', '资深', '初级'] };
try {
  for (const locale of ['en-US', 'zh-CN']) {
    const browser = await launch(server.origin, { locale });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/workbench.html?lang=${locale}`);
    const pane = page.frameLocator('iframe').first();
    const paneRoot = (await page.locator('iframe').count()) > 0 ? pane : page;
    await paneRoot.getByRole('textbox', { name: LABELS[locale].people }).fill(PEOPLE[locale].join('\n'));
    await paneRoot.getByRole('button', { name: LABELS[locale].build }).click();
    await page.waitForTimeout(1500);
    // A few ratings, some competencies left unrated.
    await page.evaluate(
      ({ ratings }) => {
        const { workbook } = window.workbench;
        const table = workbook.table('CompetencyAssessment');
        ratings.forEach((level, i) => {
          for (let c = 0; c < 5; c++) if ((i + c) % 3 !== 2) workbook.editCell(table.sheet, table.range.startRow + 1 + i, table.range.startCol + 2 + c, ratings[(i + c) % ratings.length]);
        });
      },
      { ratings: RATINGS[locale] },
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, `${locale}-1-built.png`) });
    await paneRoot.getByRole('button', { name: LABELS[locale].charts }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `${locale}-2-charts.png`) });
    for (const kind of ['person-radar', 'team-radar']) {
      const figure = page.locator(`figure[data-chart="${kind}"]`);
      if (await figure.count()) await figure.first().screenshot({ path: path.join(out, `${locale}-3-${kind}.png`) });
    }
    // Two ratings typed into the grid as a user does, so the Audit sheet has lines to show.
    const typed = await page.evaluate(() => {
      const { workbook } = window.workbench;
      const table = workbook.table('CompetencyAssessment');
      const letter = (col) => String.fromCharCode(65 + col);
      // The first two cells take typed ratings; the third (Resilience, left unrated above) one from the pane.
      const at = (c, r) => `${letter(table.range.startCol + 2 + c)}${table.range.startRow + 2 + r}`;
      return [at(0, 0), at(0, 1), at(1, 1)];
    });
    await page.getByRole('tab', { name: ASSESSMENT_SHEET[locale], exact: true }).click();
    const goTo = async (address) => {
      await page.getByRole('textbox', { name: NAME_BOX[locale] }).fill(address);
      await page.getByRole('textbox', { name: NAME_BOX[locale] }).press('Enter');
      await page.getByRole('grid').focus();
    };
    await goTo(typed[2]);
    // One rating through the pane, behaviours ticked, so the Behaviours observed column has text.
    const junior = paneRoot.getByRole('group', { name: RATINGS[locale][3] });
    await junior.getByRole('checkbox').first().waitFor();
    // The rating view once its Apply form and footer have followed it.
    await paneRoot.getByRole('textbox', { name: ASSESSOR[locale][0] }).waitFor();
    await paneRoot.screenshot({ path: path.join(out, `${locale}-3-pane-rating.png`) });
    for (let i = 0; i < (await junior.getByRole('checkbox').count()); i++) await junior.getByRole('checkbox').nth(i).check();
    await paneRoot.getByRole('textbox', { name: ASSESSOR[locale][0] }).fill(ASSESSOR[locale][1]);
    await paneRoot.getByRole('button', { name: WRITE[locale] }).click();
    await page.waitForTimeout(1000);
    for (const [i, address] of typed.slice(0, 2).entries()) {
      await goTo(address);
      await page.keyboard.type(RATINGS[locale][(i + 2) % 4]);
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(out, `${locale}-4-typed.png`) });
    // The record sheets those ratings wrote to: headers and values must read whole.
    for (const [key, name] of Object.entries(RECORD_SHEETS[locale])) {
      await page.getByRole('tab', { name, exact: true }).click();
      await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `${locale}-4-${key}.png`) });
      // And its columns further right (the change source, the line number, the hash).
      await goTo('P2');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(out, `${locale}-5-${key}-right.png`) });
    }
    await browser.close();
  }
} finally {
  await server.close();
  bundle.cleanup();
}
