import { cellText } from '../core/cell-text';
import { serialDateTimeText } from '../core/rating/record-time';
import { DetailedCellError, type CellValue } from 'hyperformula';

/** How the grid shows one cell: its text, and for an error the code with its message for a tooltip. */
export interface CellDisplay {
  text: string;
  kind: 'empty' | 'number' | 'text' | 'boolean' | 'error';
  /** The error's message (HR functions explain what was wrong and where). */
  message?: string;
}

/** Excel's General format, near enough: up to 10 significant digits, no trailing zeros. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e11 || Math.abs(value) < 1e-9)) return value.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+');
  return String(Number(value.toPrecision(10)));
}

/** A date format (yyyy-mm-dd, with hh:mm or hh:mm:ss): the serial date as the format shows it. */
function formatDate(value: number, numberFormat: string): string | null {
  if (!/^yyyy-mm-dd( hh:mm(:ss)?)?$/.test(numberFormat)) return null;
  const full = serialDateTimeText(value);
  return full.slice(0, numberFormat.length);
}

/** The number formats the workbench reads: General, "0", "0.0…", "0%", "0.0%", "#,##0", "#,##0.00", and the dates yyyy-mm-dd[ hh:mm[:ss]]. */
export function formatNumber(value: number, numberFormat: string | undefined): string {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return general(value);
  const date = formatDate(value, numberFormat);
  if (date !== null) return date;
  const percent = numberFormat.endsWith('%');
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length ?? 0;
  const grouped = numberFormat.includes('#,##');
  const scaled = percent ? value * 100 : value;
  if (!/^[#,0.%]+$/.test(numberFormat)) return general(value);
  const text = scaled.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
  return percent ? `${text}%` : text;
}

export function displayCell(value: CellValue, numberFormat?: string): CellDisplay {
  if (value === null || value === undefined) return { text: '', kind: 'empty' };
  if (value instanceof DetailedCellError) return { text: value.value, kind: 'error', message: value.message || undefined };
  if (typeof value === 'number') return { text: formatNumber(value, numberFormat), kind: 'number' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'boolean' };
  return { text: value, kind: 'text' };
}

/** A cell's value as the task pane reads it (Office: range.values): the core rule, with an error cell read as its code, as Excel's values give it. */
export function valueText(value: CellValue): string {
  return value instanceof DetailedCellError ? value.value : cellText(value);
}
