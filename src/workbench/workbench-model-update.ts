import { columnIdReadWindow } from '../core/plan/column-ids';
import { ASSESSMENT_TABLE, TARGETS_TABLE } from '../core/plan/workbook-plan';
import { levelModelsOf, previewModelUpdate, samePreview, type ModelUpdatePreview, type ModelUpdateRead } from '../core/plan/model-update';
import { ARCHIVE_TABLE, EVIDENCE_COMPETENCY_COLUMN, planModelUpdateWrite } from '../core/plan/model-update-write';
import type { RecordPlacement } from '../core/rating/judge';
import { EVIDENCE_TABLE } from '../core/rating/records';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { auditRead, auditTurn, writeAuditLines } from './workbench-records';
import type { ModelUpdateRequest, ModelUpdateResult } from '../host/assessment-operations';
import { applyPlan } from './plan-apply';
import type { WorkbenchWorkbook } from './workbook';

/**
 * Model updates over the workbench workbook (core: model-update.ts decides, model-update-write.ts
 * says what to write): reads the Assessment and Targets tables and the column id record, writes
 * the archive rows, the rebuild and the audit lines (sealed onto the chain, in the audit's turn).
 */

function readTables(workbook: WorkbenchWorkbook): ModelUpdateRead {
  const table = workbook.table(ASSESSMENT_TABLE);
  const targets = workbook.table(TARGETS_TABLE);
  const evidence = workbook.table(EVIDENCE_TABLE);
  if (!table) return { assessment: null, targets: null, columnIds: null };
  const headers = workbook.tableHeaders(table.name);
  const window = columnIdReadWindow({ left: table.range.startCol, columns: headers.length });
  return {
    assessment: { sheet: table.sheet, top: table.range.startRow, left: table.range.startCol, headers, rows: workbook.tableRows(table.name) },
    targets: targets ? { headers: workbook.tableHeaders(targets.name), rows: workbook.tableRows(targets.name) } : null,
    evidence: evidence ? { headers: workbook.tableHeaders(evidence.name), competencies: workbook.tableRows(evidence.name).map((row) => row[EVIDENCE_COMPETENCY_COLUMN]) } : null,
    columnIds: workbook.values(table.sheet, { startRow: window.row, startCol: window.column, endRow: window.row + window.rows - 1, endCol: window.column + window.columns - 1 }),
  };
}

/** Rows into a record table where core placed them: a new table on a new sheet, or under the existing one. */
function writeRows(workbook: WorkbenchWorkbook, name: string, rows: string[][], placement: RecordPlacement): void {
  if (rows.length === 0) return;
  if (placement.into === 'new-table') {
    const sheet = workbook.addSheet(placement.sheet);
    workbook.setText(sheet, 0, 0, [placement.headers]);
    workbook.setValues(sheet, 1, 0, rows);
    workbook.addTable({ name: placement.table, sheet, range: { startRow: 0, startCol: 0, endRow: rows.length, endCol: placement.headers.length - 1 } });
  } else workbook.appendTableRows(name, rows);
}

export function previewWorkbenchModelUpdate(workbook: WorkbenchWorkbook, request: ModelUpdateRequest): ModelUpdatePreview | null {
  const models = levelModelsOf(request.previous, request.model);
  return models ? previewModelUpdate(readTables(workbook), models.previous, models.next, request.locale) : null;
}

export function applyWorkbenchModelUpdate(workbook: WorkbenchWorkbook, request: ModelUpdateRequest & { assessor: string; expected: ModelUpdatePreview }, now: Date): Promise<ModelUpdateResult> {
  return auditTurn(workbook, () => applyUpdate(workbook, request, now));
}

async function applyUpdate(workbook: WorkbenchWorkbook, request: ModelUpdateRequest & { assessor: string; expected: ModelUpdatePreview }, now: Date): Promise<ModelUpdateResult> {
  const models = levelModelsOf(request.previous, request.model);
  const read = readTables(workbook);
  const write = models
    ? planModelUpdateWrite(read, models.previous, models.next, request.locale, {
        now,
        assessor: request.assessor,
        sheetNames: workbook.sheetNames(),
        archiveTable: workbook.table(ARCHIVE_TABLE) !== undefined,
        audit: auditRead(workbook),
      })
    : null;
  if (!write || !samePreview(request.expected, write.preview)) return { status: 'changed', preview: write?.preview ?? null };
  // Sealed before the batch (the digest is asynchronous): the rebuild keeps the Audit table as it is.
  const sealed = await sealAuditLines(write.audit.tip, write.audit.rows, sha256Hex);
  return workbook.batch(() => {
    if (write.archive) writeRows(workbook, ARCHIVE_TABLE, write.archive.rows, write.archive.placement);
    const { sheets, archived } = applyPlan(workbook, write.plan);
    writeAuditLines(workbook, write.audit, sealed.rows, sealed.tip);
    const evidence = workbook.table(EVIDENCE_TABLE);
    if (evidence) for (const { row, competency } of write.evidence) workbook.setValues(evidence.sheet, evidence.range.startRow + 1 + row, evidence.range.startCol + EVIDENCE_COMPETENCY_COLUMN, [[competency]]);
    const archiveSheet = write.archive ? workbook.table(ARCHIVE_TABLE)?.sheet : undefined;
    return {
      status: 'updated',
      preview: write.preview,
      sheets,
      ...(archived ? { archivedModelSheet: archived.to } : {}),
      ...(archiveSheet ? { archiveSheet } : {}),
      auditLines: write.audit.rows.length,
    };
  });
}
