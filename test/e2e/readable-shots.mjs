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
    await browser.close();
  }
} finally {
  await server.close();
  bundle.cleanup();
}
