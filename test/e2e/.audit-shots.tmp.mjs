// Temporary: screenshots of "Verify the audit log" in both languages (not committed).
import path from 'node:path';
import { buildBundle, launch, serve } from './support.mjs';

const out = '/tmp/audit-shots';
const bundle = buildBundle();
const server = await serve(bundle.dir);
const PEOPLE = { 'en-US': ['Alice Chen, Account manager', 'Bob Li, Account manager'], 'zh-CN': ['张伟, 客户经理', '李娜, 客户经理'] };
const LABELS = {
  'en-US': { people: /^People/, build: 'Build the workbook', verify: 'Verify the audit log', audit: 'Audit' },
  'zh-CN': { people: /^人员/, build: '生成工作簿', verify: '校验审计日志', audit: '审计日志' },
};
const RATINGS = { 'en-US': ['Senior', 'Intermediate', 'Junior'], 'zh-CN': ['高级', '中级', '初级'] };
try {
  for (const locale of ['en-US', 'zh-CN']) {
    const browser = await launch(server.origin, { locale });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${server.origin}/workbench.html?lang=${locale}`);
    const pane = page.locator('.wb-pane');
    await pane.getByRole('textbox', { name: LABELS[locale].people }).fill(PEOPLE[locale].join('\n'));
    await pane.getByRole('button', { name: LABELS[locale].build }).click();
    await page.waitForTimeout(2000);
    await page.evaluate(({ ratings }) => {
      const { workbook } = window.workbench;
      const table = workbook.table('CompetencyAssessment');
      ratings.forEach((level, i) => workbook.editCell(table.sheet, table.range.startRow + 1 + (i % 2), table.range.startCol + 2 + i, level));
    }, { ratings: RATINGS[locale] });
    await page.waitForTimeout(1000);
    await page.getByRole('tab', { name: LABELS[locale].audit, exact: true }).click();
    await page.waitForTimeout(500);
    await pane.getByRole('button', { name: LABELS[locale].verify }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `${locale}-1-intact.png`) });
    await page.evaluate(() => {
      const { workbook } = window.workbench;
      const table = workbook.table('CompetencyAudit');
      workbook.editCell(table.sheet, table.range.startRow + 2, table.range.startCol + 6, 'X');
    });
    await page.waitForTimeout(500);
    await pane.getByRole('button', { name: LABELS[locale].verify }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, `${locale}-2-edited.png`) });
    await pane.screenshot({ path: path.join(out, `${locale}-3-pane.png`) });
    await browser.close();
  }
} finally {
  await server.close();
  bundle.cleanup();
}
