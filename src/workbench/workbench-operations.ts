import { analyseHeaders, isAssessmentLayout, type ColumnMapping } from '../core/rating/assessment';
import { AUDIT_COLUMNS, AUDIT_SHEET, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_SHEET, EVIDENCE_TABLE, auditCells, evidenceCells, evidenceRecord, findEvidenceRow, freeSheetName, hasEvidenceColumns, headers, isNonRatingTable, storedText, type RatingChange } from '../core/rating/records';
import { localize, textMatches } from '../core/text';
import type { LevelModel, LocalText, Locale } from '../core/model/types';
import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readSettings, settingsToStore } from '../core/settings';
import { validateModel } from '../core/model/validate';
import type { ApplyRatingRequest, ApplyRatingResult, CellRef, EvidenceRecord, SelectionContext, WorkbookOperations } from '../host/workbook-operations';
import { cellAddress } from './a1';
import { valueText } from './format';
import type { WorkbenchTable, WorkbenchWorkbook } from './workbook';

/**
 * The pane's workbook operations over the workbench workbook: the second implementation of
 * WorkbookOperations beside Office.js (src/excel/office-operations.ts), with the same meaning:
 * the same refusals, the same confirmation rule, the same Evidence and Audit rows, the settings
 * under the same key. The layout rules and the record rows come from core.
 */

export { SETTINGS_KEY };


function layoutOf(workbook: WorkbenchWorkbook, table: WorkbenchTable, model: LevelModel, mappings: Record<string, ColumnMapping>) {
  return analyseHeaders(workbook.tableHeaders(table.name), model, mappings[table.name] ?? {});
}


function hasColumns(headerRow: readonly string[], columns: LocalText[]): boolean {
  return headerRow.length >= columns.length && columns.every((column, i) => textMatches(column, headerRow[i]));
}

/** Why a record table cannot take rows (its headers are not the add-in's), or null. */
function recordTableProblem(workbook: WorkbenchWorkbook, name: string, columns: LocalText[]): string | null {
  const table = workbook.table(name);
  if (!table || hasColumns(workbook.tableHeaders(table.name), columns)) return null;
  return `The columns of table ${name} are not the ones the add-in keeps (${headers(columns, 'en-US').join(', ')}), so nothing was written. Restore its headers, or rename the table so that the add-in starts a new one.`;
}

function isLevelOf(model: LevelModel, level: string): boolean {
  return model.scale.levels.some((l) => l.id === level || textMatches(l.label, level));
}

/** Adds a row to a record table, creating the table with that row on a new sheet when there is none. */
function addRecord(workbook: WorkbenchWorkbook, name: string, sheetName: string, header: string[], row: string[]): void {
  if (workbook.table(name)) {
    workbook.appendTableRows(name, [row]);
    return;
  }
  const sheet = workbook.addSheet(freeSheetName(sheetName, workbook.sheetNames()));
  workbook.setText(sheet, 0, 0, [header]);
  workbook.setValues(sheet, 1, 0, [row]);
  workbook.addTable({ name, sheet, range: { startRow: 0, startCol: 0, endRow: 1, endCol: header.length - 1 } });
}

function readEvidence(workbook: WorkbenchWorkbook, model: LevelModel, person: string, competencyId: string): EvidenceRecord | null {
  const table = workbook.table(EVIDENCE_TABLE);
  if (!table || !hasEvidenceColumns(workbook.tableHeaders(table.name))) return null;
  const rows = workbook.tableRows(table.name).map((row) => row.map(valueText));
  const index = findEvidenceRow(rows, model, person, competencyId);
  return index < 0 ? null : evidenceRecord(rows[index]);
}

/** Replaces the person's evidence row for the competency, or adds one. */
function writeEvidence(workbook: WorkbenchWorkbook, model: LevelModel, competencyId: string, change: RatingChange, locale: Locale): void {
  const row = evidenceCells(change);
  const table = workbook.table(EVIDENCE_TABLE);
  if (table) {
    const keys = workbook.tableRows(table.name).map((r) => r.map(valueText));
    const index = findEvidenceRow(keys, model, change.person, competencyId, change.competency);
    if (index >= 0) {
      workbook.setValues(table.sheet, table.range.startRow + 1 + index, table.range.startCol, [row]);
      return;
    }
  }
  addRecord(workbook, EVIDENCE_TABLE, localize(EVIDENCE_SHEET, locale), headers(EVIDENCE_COLUMNS, locale), row);
}

export function createWorkbenchOperations(workbook: WorkbenchWorkbook): WorkbookOperations {
  return {
    async readSelection(model, mappings): Promise<SelectionContext> {
      const { sheet, row, col } = workbook.selection;
      const cell: CellRef = { sheet, address: cellAddress(row, col) };
      const table = workbook.tableAt(sheet, row, col);
      if (!table) {
        const assessmentTables = workbook
          .tables()
          .filter((t) => !isNonRatingTable(t.name) && isAssessmentLayout(layoutOf(workbook, t, model, mappings)))
          .map((t) => t.name);
        return { kind: 'outside', cell, assessmentTables };
      }
      const layout = layoutOf(workbook, table, model, mappings);
      const tableContext: SelectionContext = { kind: 'table', cell, table: table.name, layout };
      if (isNonRatingTable(table.name) || !isAssessmentLayout(layout)) return tableContext;
      const columnIndex = col - table.range.startCol;
      const rowIndex = row - table.range.startRow - 1;
      const rating = layout.ratingColumns.find((c) => c.index === columnIndex);
      if (!rating || rowIndex < 0) return tableContext;
      const at = (index: number | null) => (index === null ? '' : workbook.text(sheet, row, table.range.startCol + index).trim());
      const person = at(layout.personColumn);
      return {
        kind: 'rating',
        cell,
        table: table.name,
        rowIndex,
        rowCount: workbook.tableRowCount(table.name),
        columnIndex,
        person,
        role: at(layout.roleColumn),
        competencyId: rating.competencyId,
        header: rating.header,
        current: workbook.text(sheet, row, col),
        evidence: readEvidence(workbook, model, person, rating.competencyId),
        layout,
      };
    },

    async onSelectionChanged(callback) {
      return workbook.subscribe((event) => {
        if (event.type === 'selection' || event.type === 'reset') callback();
      });
    },

    async applyRating(request: ApplyRatingRequest, model, mappings): Promise<ApplyRatingResult> {
      const refused = (reason: string): ApplyRatingResult => ({ status: 'refused', reason });
      const { rowIndex, columnIndex } = request;
      if (!Number.isInteger(rowIndex) || rowIndex < 0 || !Number.isInteger(columnIndex) || columnIndex < 0) {
        return refused(`Row ${rowIndex + 1}, column ${columnIndex + 1} is not a cell of table "${request.table}".`);
      }
      if (!isLevelOf(model, request.level)) {
        return refused(`"${request.level}" is not a level of model ${model.id} (${model.scale.levels.map((l) => localize(l.label, request.locale)).join(', ')}).`);
      }
      const table = workbook.table(request.table);
      if (!table) return refused(`There is no table "${request.table}" in the workbook any more.`);
      const layout = layoutOf(workbook, table, model, mappings);
      const rating = layout.ratingColumns.find((c) => c.index === columnIndex);
      if (!rating || isNonRatingTable(table.name)) return refused(`Column ${columnIndex + 1} of table "${table.name}" does not rate a competency of model ${model.id}.`);
      const rowCount = workbook.tableRowCount(table.name);
      if (rowIndex >= rowCount) return refused(`Row ${rowIndex + 1} is outside the ${rowCount} data rows of table "${table.name}".`);
      const row = table.range.startRow + 1 + rowIndex;
      const col = table.range.startCol + columnIndex;
      const rowPerson = layout.personColumn === null ? '' : workbook.text(table.sheet, row, table.range.startCol + layout.personColumn).trim();
      const person = request.person.trim();
      if (rowPerson !== '' && person !== '' && rowPerson !== person) {
        return refused(`Row ${rowIndex + 1} of table "${table.name}" now holds ${rowPerson}, not ${person}: the table changed since the cell was read. Select the cell again.`);
      }
      const problem = recordTableProblem(workbook, EVIDENCE_TABLE, EVIDENCE_COLUMNS) ?? recordTableProblem(workbook, AUDIT_TABLE, AUDIT_COLUMNS);
      if (problem) return refused(problem);
      const current = workbook.text(table.sheet, row, col);
      if (current !== request.expected || (current !== '' && !request.confirmOverwrite)) return { status: 'needs-confirmation', current };

      const change: RatingChange = {
        time: new Date().toISOString(),
        assessor: request.assessor,
        cell: `${table.sheet}!${cellAddress(row, col)}`,
        person: rowPerson || person,
        competency: request.competency,
        oldValue: current,
        newValue: request.level,
        evidence: request.evidence,
        comment: request.comment,
        model: request.model,
      };
      workbook.batch(() => {
        writeEvidence(workbook, model, rating.competencyId, change, request.locale);
        addRecord(workbook, AUDIT_TABLE, localize(AUDIT_SHEET, request.locale), headers(AUDIT_COLUMNS, request.locale), auditCells(change));
        workbook.setValues(table.sheet, row, col, [[storedText(request.level)]]);
      });
      return { status: 'written', change };
    },

    async selectTableCell(tableName, rowIndex, columnIndex) {
      const table = workbook.table(tableName);
      const rows = table ? workbook.tableRowCount(table.name) : 0;
      if (!table || rowIndex < 0 || rowIndex >= rows || columnIndex < 0 || columnIndex > table.range.endCol - table.range.startCol) {
        throw new Error(`Could not select data row ${rowIndex + 1}, column ${columnIndex + 1} of table "${tableName}".`);
      }
      workbook.select(table.sheet, table.range.startRow + 1 + rowIndex, table.range.startCol + columnIndex);
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
