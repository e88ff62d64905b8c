import { columnNumber as columnIndex, columnName as columnLetters } from '../core/a1';

/**
 * Rules that name whole columns (A1:A1048576) or rows are bounded before ExcelJS reads the file:
 * it lists a validation once per cell, so one whole-column list would cost a million entries.
 * A range is kept down to the sheet's used area (its <dimension>) plus room to type in; the
 * cells past it are blank in any case.
 */

const ROOM_ROWS = 1000;
const ROOM_COLUMNS = 50;
/** The workbench's engine holds 100,000 rows. */
export const MAX_ROWS = 100_000;
const MAX_COLUMNS = 16_384;

interface Extent {
  rows: number;
  columns: number;
}

/** "A1:H20" (or "A1") → its last row and column, 1-based; a sheet without a dimension counts as empty. */
function dimension(xml: string): Extent {
  const ref = /<dimension[^>]*\sref="([^"]+)"/.exec(xml)?.[1] ?? 'A1';
  const end = /([A-Z]+)(\d+)$/.exec(ref.split(':').pop() ?? 'A1');
  return end ? { rows: Number(end[2]), columns: columnIndex(end[1]) + 1 } : { rows: 1, columns: 1 };
}

/** One sqref range bounded to the sheet's extent; "A:A" and "3:3" forms included. */
function boundRange(range: string, extent: Extent): string {
  const [from, to = from] = range.replace(/\$/g, '').split(':');
  const part = (text: string) => /^([A-Z]*)(\d*)$/.exec(text.toUpperCase());
  const a = part(from);
  const b = part(to);
  if (!a || !b) return range;
  const startCol = a[1] ? columnIndex(a[1]) + 1 : 1;
  const startRow = a[2] ? Number(a[2]) : 1;
  const lastRow = Math.min(MAX_ROWS, Math.max(extent.rows, startRow) + ROOM_ROWS);
  const lastCol = Math.min(MAX_COLUMNS, Math.max(extent.columns, startCol) + ROOM_COLUMNS);
  const endCol = Math.min(b[1] ? columnIndex(b[1]) + 1 : MAX_COLUMNS, lastCol);
  const endRow = Math.min(b[2] ? Number(b[2]) : 1_048_576, lastRow);
  const cell = (row: number, col: number) => `${columnLetters(col - 1)}${row}`;
  return endRow === startRow && endCol === startCol ? cell(startRow, startCol) : `${cell(startRow, startCol)}:${cell(Math.max(endRow, startRow), Math.max(endCol, startCol))}`;
}

/** A sheet's XML with its validations' ranges bounded; `changed` tells whether any was. */
export function boundSheetXml(xml: string): { xml: string; changed: boolean } {
  const extent = dimension(xml);
  let changed = false;
  const bounded = xml.replace(/(<dataValidation\b[^>]*\ssqref=")([^"]*)(")/g, (_, open: string, sqref: string, close: string) => {
    const next = sqref
      .split(/\s+/)
      .filter((r) => r !== '')
      .map((r) => boundRange(r, extent))
      .join(' ');
    if (next !== sqref) changed = true;
    return `${open}${next}${close}`;
  });
  return { xml: bounded, changed };
}

/** The file with every sheet's validation ranges bounded, or the file itself when none needed it. */
export async function boundValidationRanges(data: ArrayBuffer | Uint8Array): Promise<{ data: ArrayBuffer | Uint8Array; bounded: boolean }> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(data);
  let bounded = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes('<dataValidation')) continue;
    const result = boundSheetXml(xml);
    if (!result.changed) continue;
    zip.file(name, result.xml);
    bounded = true;
  }
  return bounded ? { data: await zip.generateAsync({ type: 'uint8array' }), bounded } : { data, bounded };
}
