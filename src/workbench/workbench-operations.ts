import type { ColumnMapping } from '../core/rating/assessment';
import { judgeRating, ratingRequestProblem, type ApplyRatingRequest, type ApplyRatingResult, type RatingRead } from '../core/rating/judge';
import {
  AUDIT_COLUMNS,
  AUDIT_PERSON_COLUMN,
  AUDIT_TABLE,
  EVIDENCE_COLUMNS,
  EVIDENCE_TABLE,
  evidenceKeyRows,
  evidenceRecord,
  findEvidenceRow,
  hasEvidenceColumns,
  ratedPerson,
  recordKeyColumn,
} from '../core/rating/records';
import type { RatingCellContext } from '../core/rating/selection';
import { tableLayout, withEvidenceRecord } from '../core/rating/selection';
import { classifySelection, type SelectionContext } from '../core/rating/selection';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readSettings, settingsToStore } from '../core/settings';
import { validateModel } from '../core/model/validate';
import type { LevelModel } from '../core/model/types';
import type { EvidenceRecord, WorkbookOperations } from '../host/workbook-operations';
import { valueText } from './format';
import { auditTurn, lastAuditRow, recordValues, recoverRatingWrite, writeRating } from './workbench-records';
import type { WorkbenchWorkbook } from './workbook';
import { classifyPlainRangeSelection } from '../core/rating/plain-range-selection';
import { convertPlainRange, plainRangeRead, plainRangeTarget, selectPlainRangeCell } from './workbench-plain-range';

/**
 * The pane's workbook operations over the workbench workbook: the second implementation of
 * WorkbookOperations beside Office.js (src/excel/office-operations.ts). What the selection is and
 * whether a rating may be written are decided in core (classifySelection, judgeRating); this only
 * reads the workbook for them and writes what they decide. The settings live under the same key.
 */

export { SETTINGS_KEY };

function tableList(workbook: WorkbenchWorkbook) {
  return workbook.tables().map((t) => ({ name: t.name, headers: workbook.tableHeaders(t.name) }));
}

/** The texts of a table's cells in one sheet row, by table column. */
function rowTexts(workbook: WorkbenchWorkbook, name: string, sheetRow: number): string[] {
  const table = workbook.table(name);
  if (!table || sheetRow <= table.range.startRow || sheetRow > table.range.endRow) return [];
  return Array.from({ length: table.range.endCol - table.range.startCol + 1 }, (_, i) => workbook.text(table.sheet, sheetRow, table.range.startCol + i));
}

function textRows(workbook: WorkbenchWorkbook, name: string): string[][] {
  return workbook.tableRows(name).map((row) => row.map(valueText));
}

function readEvidence(workbook: WorkbenchWorkbook, model: LevelModel, context: RatingCellContext): EvidenceRecord | null {
  const table = workbook.table(EVIDENCE_TABLE);
  const headers = table ? workbook.tableHeaders(table.name) : [];
  if (!table || !hasEvidenceColumns(headers)) return null;
  const rows = textRows(workbook, table.name);
  const index = findEvidenceRow(evidenceKeyRows(rows, recordKeyColumn(headers, EVIDENCE_COLUMNS)), model, ratedPerson(context), context.competencyId);
  // The date is a date value: read as it is, not as its text.
  return index < 0 ? null : evidenceRecord(recordValues(workbook.tableRows(table.name)[index]));
}

/** The record tables as judgeRating reads them. */
function recordReads(workbook: WorkbenchWorkbook): Pick<RatingRead, 'evidence' | 'audit'> {
  const evidence = workbook.table(EVIDENCE_TABLE);
  const audit = workbook.table(AUDIT_TABLE);
  const evidenceHeaders = evidence ? workbook.tableHeaders(evidence.name) : [];
  const auditHeaders = audit ? workbook.tableHeaders(audit.name) : [];
  return {
    evidence: evidence ? { headers: evidenceHeaders, keys: evidenceKeyRows(textRows(workbook, evidence.name), recordKeyColumn(evidenceHeaders, EVIDENCE_COLUMNS)) } : null,
    audit: audit ? { headers: auditHeaders, last: lastAuditRow(workbook), ...(recordKeyColumn(auditHeaders, AUDIT_COLUMNS) === null ? { persons: textRows(workbook, audit.name).map((row) => row[AUDIT_PERSON_COLUMN] ?? '') } : {}) } : null,
  };
}

function ratingRead(workbook: WorkbenchWorkbook, request: ApplyRatingRequest, model: LevelModel, mappings: Record<string, ColumnMapping>): RatingRead {
  const table = workbook.table(request.table);
  if (!table) return { table: null, rowTexts: [], current: '', cell: { sheet: '', row: 0, column: 0 }, people: null, ...recordReads(workbook), sheetNames: workbook.sheetNames() };
  const row = table.range.startRow + 1 + request.rowIndex;
  const column = table.range.startCol + request.columnIndex;
  const inside = row <= table.range.endRow && column <= table.range.endCol;
  const headers = workbook.tableHeaders(table.name);
  const layout = tableLayout({ name: table.name, headers }, model, mappings);
  const at = (cells: string[], index: number | null) => (index === null ? '' : (cells[index] ?? '').trim());
  return {
    table: { name: table.name, headers, rowCount: workbook.tableRowCount(table.name), columnCount: table.range.endCol - table.range.startCol + 1 },
    rowTexts: rowTexts(workbook, table.name, row),
    current: inside ? workbook.text(table.sheet, row, column) : '',
    cell: { sheet: table.sheet, row, column },
    people: textRows(workbook, table.name).map((cells) => ({ name: at(cells, layout.personColumn), key: at(cells, layout.keyColumn) })),
    ...recordReads(workbook),
    sheetNames: workbook.sheetNames(),
  };
}

export function createWorkbenchOperations(workbook: WorkbenchWorkbook, options: { now?: () => Date } = {}): WorkbookOperations {
  const now = options.now ?? (() => new Date());
  // Navigation in a plain range finds its rows again with what the last read was given.
  let lastRead: { model: LevelModel; mappings: Record<string, ColumnMapping> } | null = null;
  return {
    async readSelection(model, mappings: Record<string, ColumnMapping>): Promise<SelectionContext> {
      lastRead = { model, mappings };
      const { sheet, row, col } = workbook.selection;
      const table = workbook.tableAt(sheet, row, col);
      const plain = table ? null : classifyPlainRangeSelection({ ...plainRangeRead(workbook, sheet), row, column: col }, model, mappings);
      const selection = plain ?? classifySelection(
        {
          sheet,
          row,
          column: col,
          current: workbook.text(sheet, row, col),
          tables: tableList(workbook),
          containing: table?.name ?? null,
          body: table ? { top: table.range.startRow + 1, left: table.range.startCol, rowCount: workbook.tableRowCount(table.name) } : null,
          rowTexts: table ? rowTexts(workbook, table.name, row) : [],
        },
        model,
        mappings,
      );
      // The workbench reads every table's position at once, so a position is never missing.
      if (selection.kind === 'position-needed') return selection.fallback;
      if (selection.kind !== 'rating') return selection;
      return withEvidenceRecord(selection, readEvidence(workbook, model, selection));
    },

    async onSelectionChanged(callback) {
      return workbook.subscribe((event) => {
        if (event.type === 'selection' || event.type === 'reset') callback();
      });
    },

    async applyRating(request: ApplyRatingRequest, model, mappings): Promise<ApplyRatingResult> {
      // A position no table can have is refused before anything is read at it.
      const problem = ratingRequestProblem(request, model);
      if (problem) return { status: 'refused', reason: problem };
      // Read and write in the audit's turn: a typed change's line may be on its way.
      return auditTurn(workbook, async (): Promise<ApplyRatingResult> => {
        const read = ratingRead(workbook, request, model, mappings);
        const plain = plainRangeTarget(workbook, request, model, mappings);
        const decision = judgeRating(request, model, mappings, plain ? { ...read, ...plain } : read, now());
        if ('answer' in decision) return decision.answer;
        const { write } = decision;
        try {
          await writeRating(workbook, write);
        } catch (error) {
          return recoverRatingWrite(workbook, write, error);
        }
        return { status: 'written', change: write.change, ...(write.notices.length > 0 ? { notices: write.notices } : {}) };
      });
    },

    async selectTableCell(tableName, rowIndex, columnIndex) {
      if (lastRead && selectPlainRangeCell(workbook, tableName, rowIndex, columnIndex, lastRead.model, lastRead.mappings)) return;
      const table = workbook.table(tableName);
      const rows = table ? workbook.tableRowCount(table.name) : 0;
      if (!table || rowIndex < 0 || rowIndex >= rows || columnIndex < 0 || columnIndex > table.range.endCol - table.range.startCol) {
        throw new Error(`Could not select data row ${rowIndex + 1}, column ${columnIndex + 1} of table "${tableName}".`);
      }
      workbook.select(table.sheet, table.range.startRow + 1 + rowIndex, table.range.startCol + columnIndex);
    },

    async convertRangeToTable(range, model, mappings) {
      return convertPlainRange(workbook, range, model, mappings);
    },

    async loadSettings() {
      return readSettings(workbook.settings.get(SETTINGS_KEY), workbook.settings.get(LAST_GOOD_SETTINGS_KEY), validateModel);
    },

    async saveSettings(settings) {
      const writes = settingsToStore(settings, workbook.settings.get(SETTINGS_KEY), workbook.settings.get(LAST_GOOD_SETTINGS_KEY), validateModel);
      for (const [key, text] of Object.entries(writes)) workbook.settings.set(key, text);
    },
  };
}
