import { sealAuditLines } from '../core/rating/audit-chain';
import { auditPlacement } from '../core/rating/judge';
import { ratingEditChanges, settingsLevelModel } from '../core/rating/rating-edits';
import { auditCells, isNonRatingTable } from '../core/rating/records';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readSettings, settingsInUse } from '../core/settings';
import { validateModel } from '../core/model/validate';
import type { Locale } from '../core/model/types';
import { sha256Hex } from '../host/sha256';
import { valueText } from './format';
import type { WorkbenchWorkbook } from './workbook';
import type { UserEdit } from './workbook-rules';
import { auditRead, auditTurn, writeAuditLines } from './workbench-records';

/**
 * Ratings typed or pasted into the grid get their audit line, as in Excel (office-rating-edits.ts):
 * the grid tells the workbook of each user edit with what the cells held before, and this appends
 * a line per rating cell that changed. The pane's writes and opened files are not user edits, so
 * nothing is audited twice.
 */

export interface WorkbenchEditOptions {
  locale(): Locale;
  now?: () => Date;
}

function auditEdit(workbook: WorkbenchWorkbook, edit: UserEdit, options: WorkbenchEditOptions): Promise<void> {
  const table = workbook.tableAt(edit.sheet, edit.row, edit.col);
  if (!table || isNonRatingTable(table.name)) return Promise.resolve();
  const before = edit.before;
  // Read now, before any later edit: the line says what this edit did.
  const after = before.map((row, r) => row.map((_, c) => workbook.value(edit.sheet, edit.row + r, edit.col + c)));
  const width = table.range.endCol - table.range.startCol + 1;
  const rows = before.map((_, r) => Array.from({ length: width }, (_, c) => workbook.text(table.sheet, edit.row + r, table.range.startCol + c)));
  // A workbook just built has no settings until the pane changes one: its ratings are audited against the defaults the pane rates with.
  const settings = settingsInUse(readSettings(workbook.settings.get(SETTINGS_KEY), workbook.settings.get(LAST_GOOD_SETTINGS_KEY), validateModel).settings);
  const model = settingsLevelModel(settings);
  if (!model) return Promise.resolve();
  const changes = ratingEditChanges(
    {
      table: { name: table.name, headers: workbook.tableHeaders(table.name) },
      sheet: edit.sheet,
      top: edit.row,
      left: edit.col,
      bodyTop: table.range.startRow + 1,
      bodyLeft: table.range.startCol,
      before: before.map((row) => row.map(valueText)),
      after: after.map((row) => row.map(valueText)),
      rows,
    },
    model,
    settings.mappings,
    { assessor: settings.assessor ?? '', model: `${model.id}@${model.version}`, source: edit.source, time: (options.now ?? (() => new Date()))() },
  );
  if (changes.length === 0) return Promise.resolve();
  return auditTurn(workbook, async () => {
    const locale = options.locale();
    const placement = auditPlacement(auditRead(workbook), workbook.sheetNames(), locale);
    const sealed = await sealAuditLines(placement.tip, changes.map((change) => auditCells(change, locale)), sha256Hex);
    workbook.batch(() => writeAuditLines(workbook, placement, sealed.rows, sealed.tip));
  });
}

/** Follows the user's edits of rating cells; returns the stop. `settled` waits for the lines still being written. */
export function followWorkbenchRatingEdits(workbook: WorkbenchWorkbook, options: WorkbenchEditOptions): { stop: () => void; settled: () => Promise<void> } {
  let pending: Promise<void> = Promise.resolve();
  const stop = workbook.onUserEdit((edit) => {
    pending = pending.then(() => auditEdit(workbook, edit, options)).catch(() => undefined);
  });
  return { stop, settled: () => pending };
}
