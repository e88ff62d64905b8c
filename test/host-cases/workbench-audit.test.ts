import { columnNumber } from '../../src/core/a1';
import { valueText } from '../../src/workbench/format';
import { createWorkbenchAssessment } from '../../src/workbench/workbench-assessment';
import { createWorkbenchOperations } from '../../src/workbench/workbench-operations';
import { followWorkbenchRatingEdits } from '../../src/workbench/workbench-rating-edits';
import { WorkbenchWorkbook } from '../../src/workbench/workbook';
import { AUDIT_SETUP, runAuditCases, type AuditHost } from './audit-cases';
import { NOW } from './rating-cases';

/** Typed ratings and the audit log's verification in the workbench (the grid's edits). */

function at(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
}

function openWorkbench(options: { settings?: Record<string, string> } = {}): AuditHost & { workbook: WorkbenchWorkbook } {
  const workbook = new WorkbenchWorkbook({ empty: true });
  for (const sheet of AUDIT_SETUP.sheets) workbook.addSheet(sheet);
  for (const table of AUDIT_SETUP.tables) {
    const { row, col } = at(table.at);
    workbook.setText(table.sheet, row, col, [table.headers, ...table.rows]);
    workbook.addTable({ name: table.name, sheet: table.sheet, range: { startRow: row, startCol: col, endRow: row + table.rows.length, endCol: col + table.headers.length - 1 } });
  }
  for (const [key, value] of Object.entries(options.settings ?? AUDIT_SETUP.settings)) workbook.settings.set(key, value);
  const follower = followWorkbenchRatingEdits(workbook, { locale: () => 'zh-CN', now: () => NOW });
  const edit = (sheet: string, address: string, value: string) => {
    const result = workbook.editCell(sheet, at(address).row, at(address).col, value);
    if (!result.ok) throw new Error(result.message);
  };
  return {
    workbook,
    ops: createWorkbenchOperations(workbook, { now: () => NOW }),
    verify: () => createWorkbenchAssessment(workbook).verifyAuditLog(),
    type: edit,
    paste: (sheet, address, rows) => {
      const result = workbook.pasteCells(sheet, at(address).row, at(address).col, rows);
      if (!result.ok) throw new Error(result.message);
    },
    settled: () => follower.settled(),
    audit: () => ({ headers: workbook.tableHeaders('CompetencyAudit'), rows: workbook.tableRows('CompetencyAudit').map((row) => row.map(valueText)) }),
  };
}

runAuditCases((options) => openWorkbench(options));

describe('the follower in the workbench', () => {
  it('shows the audit times as local date-times (a date value, not text)', async () => {
    const host = openWorkbench();
    host.type('评估', 'E4', '高级');
    await host.settled();
    expect(typeof host.workbook.value('审计日志', 2, 0)).toBe('number');
    expect(host.workbook.display('审计日志', 2, 0).text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
