import { rangeA1 } from '../core/a1';
import { cellText } from '../core/cell-text';
import { columnIdReadWindow } from '../core/plan/column-ids';
import { levelModelsOf, previewModelUpdate, samePreview, type ModelUpdatePreview, type ModelUpdateRead } from '../core/plan/model-update';
import { ARCHIVE_TABLE, EVIDENCE_COMPETENCY_COLUMN, planModelUpdateWrite, type ModelUpdateContext } from '../core/plan/model-update-write';
import { ASSESSMENT_TABLE, TARGETS_TABLE } from '../core/plan/workbook-plan';
import { auditPlacement, type RecordPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { AUDIT_TABLE, EVIDENCE_TABLE } from '../core/rating/records';
import type { ModelUpdateRequest, ModelUpdateResult } from '../host/assessment-operations';
import { asTableValues, type CellValues } from './office-assessment-read';
import { prepareBuild, writeBuild } from './office-plan-applier';
import { loadRecordTable, writeAuditLines, type RecordTableLoad } from './office-records';
import type { ModelUpdateWrite } from '../core/plan/model-update-write';
import type { Locale } from '../core/model/types';

/**
 * Model updates over Office.js (core: model-update.ts decides, model-update-write.ts says what to
 * write). The read takes three syncs: which tables and sheets exist; the Assessment and Targets
 * tables with where the Assessment table stands; the column id record beside it. The write: the
 * archive rows (two syncs), the rebuild (as buildAssessment), the audit lines sealed onto the chain (two syncs), the
 * Evidence rows of a renamed competency (one). An
 * Office batch is not a transaction, so the archive rows go first: a failure after them loses nothing.
 */

type Found = { read: ModelUpdateRead; sheetNames: string[]; archiveTable: boolean; audit: ModelUpdateContext['audit'] };

async function readForUpdate(context: Excel.RequestContext): Promise<Found> {
  const [assessment, targets, archive, audit, evidence] = [ASSESSMENT_TABLE, TARGETS_TABLE, ARCHIVE_TABLE, AUDIT_TABLE, EVIDENCE_TABLE].map((name) => context.workbook.tables.getItemOrNullObject(name));
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const auditLoad = audit.isNullObject ? null : loadRecordTable(context, AUDIT_TABLE);
  if (auditLoad) await context.sync();
  const found = { sheetNames: sheets.items.map((s) => s.name), archiveTable: !archive.isNullObject, audit: auditLoad && { headers: auditLoad.header.values[0], last: auditLoad.lastRow.values[0] } };
  if (assessment.isNullObject) return { read: { assessment: null, targets: null, columnIds: null }, ...found };
  const range = assessment.getRange().load('values, rowIndex, columnIndex, columnCount');
  const sheet = assessment.worksheet.load('name');
  const targetRange = targets.isNullObject ? null : targets.getRange().load('values');
  const evidenceHeader = evidence.isNullObject ? null : evidence.getHeaderRowRange().load('values');
  const evidenceColumn = evidence.isNullObject ? null : evidence.getDataBodyRange().getColumn(EVIDENCE_COMPETENCY_COLUMN).load('values');
  await context.sync();
  const window = columnIdReadWindow({ left: range.columnIndex, columns: range.columnCount });
  const record = sheet.getRange(rangeA1(window.row, window.column, window.rows, window.columns)).load('values');
  await context.sync();
  const table = asTableValues(range.values as CellValues);
  return {
    read: {
      assessment: { ...table, sheet: sheet.name, top: range.rowIndex, left: range.columnIndex },
      targets: targetRange ? asTableValues(targetRange.values as CellValues) : null,
      columnIds: record.values,
      evidence: evidenceHeader && evidenceColumn ? { headers: evidenceHeader.values[0], competencies: evidenceColumn.values.map((row) => row[0]) } : null,
    },
    ...found,
  };
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/** Writes rows where core placed them: a new table on a new sheet, or at the end of the table (filling Excel's one blank row). */
async function writeRows(name: string, rows: string[][], placement: RecordPlacement): Promise<void> {
  if (rows.length === 0) return;
  await Excel.run(async (context) => {
    if (placement.into === 'new-table') {
      const sheet = context.workbook.worksheets.add(placement.sheet);
      const range = sheet.getRange('A1').getResizedRange(rows.length, placement.headers.length - 1);
      range.values = [placement.headers, ...rows];
      sheet.tables.add(range, true).name = placement.table;
      await context.sync();
      return;
    }
    const load: RecordTableLoad = loadRecordTable(context, name);
    await context.sync();
    const width = load.body.columnCount;
    const padded = rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')].slice(0, Math.max(width, row.length)));
    if (load.body.rowCount === 1 && isBlankRow(load.firstRow.values[0])) {
      load.firstRow.values = [padded[0]];
      if (padded.length > 1) load.table.rows.add(undefined, padded.slice(1));
    } else load.table.rows.add(undefined, padded);
    await context.sync();
  });
}

export async function previewOfficeModelUpdate(request: ModelUpdateRequest): Promise<ModelUpdatePreview | null> {
  const models = levelModelsOf(request.previous, request.model);
  if (!models) return null;
  const { read } = await Excel.run(readForUpdate);
  return previewModelUpdate(read, models.previous, models.next, request.locale);
}

export async function applyOfficeModelUpdate(request: ModelUpdateRequest & { assessor: string; expected: ModelUpdatePreview }, now: Date): Promise<ModelUpdateResult> {
  const models = levelModelsOf(request.previous, request.model);
  if (!models) return { status: 'changed', preview: null };
  const found = await Excel.run(readForUpdate);
  const context: ModelUpdateContext = { now, assessor: request.assessor, sheetNames: found.sheetNames, archiveTable: found.archiveTable, audit: found.audit };
  const write = planModelUpdateWrite(found.read, models.previous, models.next, request.locale, context);
  if (!write || !samePreview(request.expected, write.preview)) return { status: 'changed', preview: write?.preview ?? null };
  if (write.archive) await writeRows(ARCHIVE_TABLE, write.archive.rows, write.archive.placement);
  const prepared = await Excel.run((ctx) => prepareBuild(ctx, write.plan));
  const applied = await Excel.run((ctx) => writeBuild(ctx, prepared));
  await writeAudit(write.audit, request.locale);
  if (write.evidence.length)
    await Excel.run(async (ctx) => {
      const body = ctx.workbook.tables.getItem(EVIDENCE_TABLE).getDataBodyRange();
      for (const { row, competency } of write.evidence) body.getCell(row, EVIDENCE_COMPETENCY_COLUMN).values = [[competency]];
      await ctx.sync();
    });
  const archiveSheet = write.archive?.placement.into === 'new-table' ? write.archive.placement.sheet : undefined;
  return {
    status: 'updated',
    preview: write.preview,
    sheets: applied.sheets,
    ...(applied.archived ? { archivedModelSheet: applied.archived.to } : {}),
    ...(archiveSheet ? { archiveSheet } : write.archive ? { archiveSheet: await archiveSheetName() } : {}),
    auditLines: write.audit.rows.length,
  };
}

/**
 * Seals the update's audit lines after the chain's last line as it is now (a line typed during the
 * rebuild included) and appends them; the Audit table the rebuild made, or the new one core placed.
 */
async function writeAudit(audit: ModelUpdateWrite['audit'], locale: Locale): Promise<void> {
  if (audit.rows.length === 0) return;
  await Excel.run(async (context) => {
    const exists = context.workbook.tables.getItemOrNullObject(AUDIT_TABLE).load('name');
    await context.sync();
    const table = exists.isNullObject ? null : loadRecordTable(context, AUDIT_TABLE);
    if (table) await context.sync();
    const where = table ? auditPlacement({ headers: table.header.values[0], last: table.lastRow.values[0] }, [], locale) : audit;
    const sealed = await sealAuditLines(where.tip, audit.rows, sha256Hex);
    writeAuditLines(context, table, table ? where : audit, sealed.rows, sealed.tip);
    await context.sync();
  });
}

async function archiveSheetName(): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.tables.getItem(ARCHIVE_TABLE).worksheet.load('name');
    await context.sync();
    return sheet.name;
  });
}
