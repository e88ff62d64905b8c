import { createOfficeAssessmentOperations } from '../../src/excel/office-assessment';
import { createOfficeRaters } from '../../src/excel/office-raters';
import { createOfficeOperations } from '../../src/excel/office-operations';
import { RatingEditFollower } from '../../src/excel/office-rating-edits';
import { ExcelWorkbookMock } from '../office/counting-mock';
import { AUDIT_SETUP, runAuditCases, type AuditHost } from './audit-cases';
import { NOW } from './rating-cases';

/** Typed ratings and the audit log's verification in Excel (the strict mock, its change events included). */

let uninstall: (() => void) | null = null;
let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
  uninstall?.();
  uninstall = null;
});

async function openOffice(options: { settings?: Record<string, string> } = {}): Promise<{ host: AuditHost; workbook: ExcelWorkbookMock; follower: RatingEditFollower }> {
  const workbook = new ExcelWorkbookMock({ sheets: Object.fromEntries(AUDIT_SETUP.sheets.map((name) => [name, []])), tables: AUDIT_SETUP.tables, settings: options.settings ?? AUDIT_SETUP.settings });
  uninstall = workbook.install();
  const follower = new RatingEditFollower();
  const started = await follower.start({ locale: () => 'zh-CN', now: () => NOW });
  if (!started) throw new Error('the follower did not start');
  stop = started;
  const host: AuditHost = {
    ops: createOfficeOperations({ now: () => NOW, edits: follower }),
    verify: () => createOfficeAssessmentOperations().verifyAuditLog(),
    type: (sheet, address, value) => workbook.type(sheet, address, value),
    paste: (sheet, at, rows) => workbook.paste(sheet, at, rows),
    settled: async () => {
      // Lines written raise their own events: wait until none is left.
      await workbook.eventsSettled();
      await follower.serialize(async () => undefined);
      await workbook.eventsSettled();
    },
    audit: () => {
      const table = workbook.table('CompetencyAudit')!;
      return { headers: table.headers, rows: table.rows.map((row) => row.map(String)) };
    },
  };
  return { host, workbook, follower };
}

let opened: Awaited<ReturnType<typeof openOffice>> | null = null;
beforeEach(async () => {
  opened = await openOffice();
});

runAuditCases(async (options) => {
  if (!options) return opened!.host;
  // Another workbook than beforeEach's: that one is closed first.
  await stop?.();
  uninstall?.();
  opened = await openOffice(options);
  return opened.host;
});

describe('the follower in Excel', () => {
  it('costs two round trips per change, the same for one cell as for a paste', async () => {
    const { host, workbook } = opened!;
    workbook.resetCounters();
    host.type('评估', 'E4', '高级');
    await host.settled();
    const one = workbook.syncCount;
    workbook.resetCounters();
    host.paste('评估', 'D3', [['高级', '初级'], ['初级', '中级']]);
    await host.settled();
    expect(one).toBeLessThanOrEqual(2);
    expect(workbook.syncCount).toBe(one);
  });

  it('shows the audit times as local date-times (a date value, not text)', async () => {
    const { host, workbook } = opened!;
    host.type('评估', 'E4', '高级');
    await host.settled();
    expect(typeof workbook.cell('审计日志', 'A3')).toBe('number');
    expect(workbook.numberFormat('审计日志', 'A3')).toBe('yyyy-mm-dd hh:mm');
  });
});

describe('the other writers of audit lines take turns with the follower', () => {
  it('a rater rating written while a typed change is being audited leaves the chain intact', async () => {
    const { host, follower } = opened!;
    const { request, model } = await import('./rater-cases');
    const raters = createOfficeRaters({ store: null, documentUrl: () => '', now: () => NOW, edits: follower });
    host.type('评估', 'E4', '高级');
    // The follower's turn starts on Excel's event; the rater's write comes while it runs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const written = await raters.rateInRatings(request({ personKey: 'K1', person: '张三' }), model);
    await host.settled();
    expect(written.status).toBe('written');
    // The line there was, the typed change's and the rater's.
    expect(host.audit().rows).toHaveLength(3);
    expect(await host.verify()).toMatchObject({ status: 'intact' });
  });
});
