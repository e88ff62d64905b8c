import { parseRange } from '../core/a1';
import { parseModelVersionTag } from '../core/model/model-version';
import { MODEL_TABLE } from '../core/model-sheet/write';
import { modelSheetTag, VERSION_TAG_CELLS } from '../core/plan/model-archive';
import { RATINGS_TABLE } from '../core/plan/ratings';
import { ratingsRowsOf, type RefusedFile, type ReturnedFile } from '../core/raters/collect';
import { newXlsxWorkbook, type XlsxSheet } from './xlsx-file';

/**
 * A returned assessor workbook read for collecting: only its Ratings table and the Model sheet's
 * model and version, straight from ExcelJS (no grid, no formulas computed). Null when the file has
 * no Ratings table.
 */

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
  if (v.richText) return v.richText.map((part) => part.text).join('');
  if ('result' in v) return plain(v.result);
  if (typeof v.text === 'string') return v.text;
  return null;
}

function tableOf(sheets: XlsxSheet[], name: string): { sheet: XlsxSheet; ref: string } | null {
  for (const sheet of sheets)
    for (const [key, table] of Object.entries(sheet.tables ?? {})) {
      const model = table.model ?? table.table;
      if ((model?.name ?? key).toLowerCase() === name.toLowerCase()) {
        const ref = model?.tableRef ?? model?.ref;
        if (ref) return { sheet, ref };
      }
    }
  return null;
}

function cells(sheet: XlsxSheet, ref: string): unknown[][] {
  const range = parseRange(ref)!;
  const rows: unknown[][] = [];
  for (let r = range.startRow; r <= range.endRow; r++) {
    const row: unknown[] = [];
    for (let c = range.startCol; c <= range.endCol; c++) row.push(plain(sheet.getCell(r + 1, c + 1).value));
    rows.push(row);
  }
  return rows;
}

export async function readReturnedFile(fileName: string, data: Uint8Array): Promise<ReturnedFile | null> {
  const book = await newXlsxWorkbook();
  await book.xlsx.load(data);
  const ratings = tableOf(book.worksheets, RATINGS_TABLE);
  if (!ratings) return null;
  const [headers, ...rows] = cells(ratings.sheet, ratings.ref);
  const model = tableOf(book.worksheets, MODEL_TABLE);
  const tag = model ? modelSheetTag(cells(model.sheet, VERSION_TAG_CELLS.model)) : null;
  const parsed = tag ? parseModelVersionTag(tag) : null;
  return { fileName, modelId: parsed?.modelId ?? null, modelVersion: parsed?.version ?? null, rows: ratingsRowsOf(headers, rows) };
}

/** The picked files read for collecting; a file that is no .xlsx workbook or has no Ratings table is refused here, with why. */
export async function readReturnedFiles(picked: readonly { name: string; data: Uint8Array }[]): Promise<{ returned: ReturnedFile[]; unreadable: RefusedFile[] }> {
  const returned: ReturnedFile[] = [];
  const unreadable: RefusedFile[] = [];
  for (const file of picked) {
    try {
      const read = await readReturnedFile(file.name, file.data);
      if (read === null) unreadable.push({ fileName: file.name, reasons: [{ en: 'it has no Ratings table', zh: '文件中没有评价记录表(Ratings)' }] });
      else returned.push(read);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      unreadable.push({ fileName: file.name, reasons: [{ en: `it could not be read as an .xlsx workbook (${detail})`, zh: `无法作为 .xlsx 工作簿读取(${detail})` }] });
    }
  }
  return { returned, unreadable };
}
