import { DetailedCellError, type CellValue } from 'hyperformula';
import { columnName as columnLetters, rangeAddress, type CellRange } from '../core/a1';
import type { Validation, WorkbenchWorkbook } from './workbook';
import { BOUNDS_SETTING, CHARTS_SETTING, CHUNK, SETTINGS_SHEET, argb, newXlsxWorkbook, pointsToWidth, toFileFormula, type DataValidationModel, type FormulaBound } from './xlsx-file';

/** Saving a workbench workbook as an .xlsx file. */

function fileResult(value: CellValue): unknown {
  if (value instanceof DetailedCellError) return { error: value.value };
  return value ?? '';
}

function fileValue(workbook: WorkbenchWorkbook, sheet: string, row: number, col: number): unknown {
  const value = workbook.value(sheet, row, col);
  if (workbook.isFormula(sheet, row, col)) {
    const formula = toFileFormula(String(workbook.input(sheet, row, col)));
    const spill = spillRange(workbook, sheet, row, col);
    return spill ? { formula, result: fileResult(value), shareType: 'array', ref: rangeAddress(spill) } : { formula, result: fileResult(value) };
  }
  if (value instanceof DetailedCellError) return { error: value.value };
  return value;
}

/** The range a formula's result spills over, when more than its own cell. */
function spillRange(workbook: WorkbenchWorkbook, sheet: string, row: number, col: number): CellRange | undefined {
  const isSpilledFromHere = (r: number, c: number) => workbook.spillSource(sheet, r, c)?.row === row && workbook.spillSource(sheet, r, c)?.col === col;
  let endRow = row;
  let endCol = col;
  while (isSpilledFromHere(endRow + 1, col)) endRow++;
  while (isSpilledFromHere(row, endCol + 1)) endCol++;
  return endRow === row && endCol === col ? undefined : { startRow: row, startCol: col, endRow, endCol };
}

function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    let name = header.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${header.trim() || 'Column'}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function validationModel(validation: Validation): DataValidationModel {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: validation.errorMessage || undefined,
    ...(validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {}),
  };
  if (validation.kind === 'list') {
    const formula = validation.source ?? `"${validation.values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
    return { type: 'list', formulae: [formula], ...common };
  }
  // No upper bound: "at least min", as Excel writes it.
  if (validation.max === Number.POSITIVE_INFINITY) return { type: validation.wholeNumber ? 'whole' : 'decimal', operator: 'greaterThanOrEqual', formulae: [validation.min], ...common };
  const max = typeof validation.max === 'number' ? validation.max : toFileFormula(validation.max.formula);
  return { type: validation.wholeNumber ? 'whole' : 'decimal', operator: 'between', formulae: [validation.min, max], ...common };
}

/** Saves the workbench workbook as an .xlsx file. */
export async function writeXlsx(workbook: WorkbenchWorkbook): Promise<Uint8Array> {
  const file = await newXlsxWorkbook();
  for (const name of workbook.sheetNames()) {
    const sheet = file.addWorksheet(name);
    const { rows, columns } = workbook.usedSize(name);
    const tables = workbook.tables().filter((t) => t.sheet === name);
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < columns; col++) {
        const value = fileValue(workbook, name, row, col);
        if (value !== null && value !== undefined && value !== '') sheet.getCell(row + 1, col + 1).value = value;
      }
    }
    for (const styled of workbook.styledRanges().filter((s) => s.sheet === name)) {
      for (let row = styled.range.startRow; row <= styled.range.endRow; row++) {
        for (let col = styled.range.startCol; col <= styled.range.endCol; col++) {
          const cell = sheet.getCell(row + 1, col + 1);
          if (styled.style.bold) cell.font = { bold: true };
          if (styled.style.numberFormat) cell.numFmt = styled.style.numberFormat;
          if (styled.style.align || styled.style.wrap) cell.alignment = { ...(styled.style.align ? { horizontal: styled.style.align } : {}), ...(styled.style.wrap ? { wrapText: true } : {}) };
        }
      }
    }
    for (const table of tables) {
      const { startRow, startCol, endRow, endCol } = table.range;
      const headers = uniqueHeaders(workbook.tableHeaders(table.name));
      // Excel tables have at least one data row: an empty table gets one blank row.
      const dataRows = Math.max(1, endRow - startRow);
      const tableRows = Array.from({ length: dataRows }, (_, r) =>
        Array.from({ length: endCol - startCol + 1 }, (_, c) => {
          const value = startRow + 1 + r <= endRow ? fileValue(workbook, name, startRow + 1 + r, startCol + c) : null;
          return value === '' ? null : value;
        }),
      );
      sheet.addTable({
        name: table.name,
        ref: `${columnLetters(startCol)}${startRow + 1}`,
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: headers.map((header) => ({ name: header, filterButton: true })),
        rows: tableRows,
      });
    }
    for (const merged of workbook.merges().filter((m) => m.sheet === name)) sheet.mergeCells(rangeAddress(merged.range));
    for (const validation of workbook.validations().filter((v) => v.sheet === name)) {
      sheet.dataValidations.add(rangeAddress(validation.range), validationModel(validation));
    }
    workbook.conditionalFormats().forEach((format, i) => {
      if (format.sheet !== name) return;
      sheet.addConditionalFormatting({
        ref: rangeAddress(format.range),
        rules: [
          {
            type: 'expression',
            priority: i + 1,
            formulae: [toFileFormula(format.formula)],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } },
              ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
            },
          },
        ],
      });
    });
    const layout = workbook.layout(name);
    if (layout.hidden) sheet.state = 'hidden';
    for (const [col, points] of Object.entries(layout.columnWidths)) sheet.getColumn(Number(col) + 1).width = pointsToWidth(points);
    if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.columns > 0)) {
      sheet.views = [{ state: 'frozen', xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
    }
  }

  const settings = new Map(workbook.settings);
  if (workbook.charts().length > 0) settings.set(CHARTS_SETTING, JSON.stringify(workbook.charts()));
  const bounds: FormulaBound[] = workbook
    .validations()
    .flatMap((v) => (v.kind === 'number' && typeof v.max !== 'number' ? [{ sheet: v.sheet, range: rangeAddress(v.range), formula: v.max.formula }] : []));
  if (bounds.length > 0) settings.set(BOUNDS_SETTING, JSON.stringify(bounds));
  if (settings.size > 0) {
    // A sheet of the user's may have the name: the add-in's then takes the next free one.
    const taken = new Set(workbook.sheetNames().map((n) => n.toLowerCase()));
    let settingsName = SETTINGS_SHEET;
    for (let n = 2; taken.has(settingsName.toLowerCase()); n++) settingsName = `${SETTINGS_SHEET}_${n}`;
    const hidden = file.addWorksheet(settingsName);
    hidden.state = 'veryHidden';
    let row = 1;
    for (const [key, value] of settings) {
      hidden.getCell(row, 1).value = key;
      for (let i = 0; i * CHUNK < value.length; i++) hidden.getCell(row, i + 2).value = value.slice(i * CHUNK, (i + 1) * CHUNK);
      row++;
    }
  }
  const buffer = await file.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
