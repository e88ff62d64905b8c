import { cellText } from '../cell-text';
import { AUDIT_COLUMNS, type RecordCell } from './records';
import { canonicalRecordTime } from './record-time';

/**
 * The audit log's hash chain. Each line carries its line number and a SHA-256 over the line
 * before it and its own canonical text, so editing a line, removing one, or reordering them
 * shows at the first line that no longer fits. The digest comes from the host (Web Crypto):
 * this module stays pure. The canonical text does not depend on how a cell is formatted: the
 * time is read from its date value, and trailing blank cells (a column added later) do not count.
 */

/** SHA-256 of a text's UTF-8 bytes as lowercase hex. */
export type Digest = (text: string) => Promise<string>;

export const LINE_COLUMN = AUDIT_COLUMNS.findIndex((c) => c.en === 'Line');
export const HASH_COLUMN = AUDIT_COLUMNS.findIndex((c) => c.en === 'Hash');
const TIME_COLUMN = 0;

/** The last line of the chain: its number and hash (line 0 and '' before the first). */
export interface ChainTip {
  line: number;
  hash: string;
}

export const CHAIN_START: ChainTip = { line: 0, hash: '' };

/** The document setting that keeps the chain's tip beside the table, so that removing the last lines shows. */
export const AUDIT_HEAD_SETTING = 'CompetencyAuditHead';

function lineNumber(value: unknown): number | null {
  const text = cellText(value).trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

function hashOf(row: readonly unknown[]): string {
  return cellText(row[HASH_COLUMN]).trim().toLowerCase();
}

/** The chain's tip after a table's last row (CHAIN_START when that row is not a line of the chain). */
export function chainTipAfter(lastRow: readonly unknown[] | null | undefined): ChainTip {
  if (!lastRow) return CHAIN_START;
  const line = lineNumber(lastRow[LINE_COLUMN]);
  const hash = hashOf(lastRow);
  return line === null || hash === '' ? CHAIN_START : { line, hash };
}

function escapeField(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** The text a line's hash covers: every cell before the hash, the time as its date-time, tab-separated. */
export function canonicalAuditText(row: readonly unknown[]): string {
  const fields = Array.from({ length: HASH_COLUMN }, (_, i) => (i === TIME_COLUMN ? canonicalRecordTime(row[i]) : cellText(row[i])));
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields.map(escapeField).join('\t');
}

function lineHash(previous: string, row: readonly unknown[], digest: Digest): Promise<string> {
  return digest(`${previous}\n${canonicalAuditText(row)}`);
}

/**
 * Numbers and hashes new lines (cells up to Source, as auditCells gives them) after the tip.
 * The hash covers the cells as the spreadsheet will read them back, so text written with a
 * text marker is hashed without it.
 */
export async function sealAuditLines(tip: ChainTip, lines: readonly RecordCell[][], digest: Digest): Promise<{ rows: RecordCell[][]; tip: ChainTip }> {
  const rows: RecordCell[][] = [];
  let current = tip;
  for (const cells of lines) {
    const row: RecordCell[] = Array.from({ length: HASH_COLUMN }, (_, i) => cells[i] ?? '');
    row[LINE_COLUMN] = current.line + 1;
    const readBack = row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell));
    const hash = await lineHash(current.hash, readBack, digest);
    rows.push([...row, hash]);
    current = { line: current.line + 1, hash };
  }
  return { rows, tip: current };
}

/** A row of the Audit table as read: its cell values and its row number on the sheet (for naming it). */
export interface AuditRowRead {
  values: readonly unknown[];
  sheetRow: number;
}

export type AuditVerification =
  /** Every line of the chain fits; `beforeChain` rows were written before the chain existed and prove nothing. */
  | { status: 'intact'; checked: number; beforeChain: number }
  /** No Audit table, or no line yet. */
  | { status: 'empty' }
  /**
   * The first line that does not fit. 'edited': its content or hash changed (or a row was
   * inserted by hand); 'removed': lines `missing` before it are gone; 'removed-last': the last
   * lines `missing` are gone (sheetRow: the last row left, or the header's when none is).
   */
  | { status: 'broken'; problem: 'edited' | 'removed' | 'removed-last'; sheetRow: number; line: number | null; missing?: { from: number; to: number }; checked: number; beforeChain: number };

function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cellText(cell).trim() === '');
}

/** Parses the head setting kept with the workbook, or null. */
export function parseChainHead(value: unknown): ChainTip | null {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { line, hash } = parsed as Record<string, unknown>;
  return typeof line === 'number' && Number.isInteger(line) && line >= 0 && typeof hash === 'string' ? { line, hash } : null;
}

/** The head setting's stored text for a tip. */
export function chainHeadText(tip: ChainTip): string {
  return JSON.stringify({ line: tip.line, hash: tip.hash });
}

/**
 * Checks the audit log in table order: the first line whose hash does not match its content and
 * the line before it, or whose number skips lines, is named. Rows before the first line with a
 * hash were written before the chain. `head` (the tip the add-in last wrote) reveals lines removed
 * from the end; `headerRow` names the sheet row to point at when no line is left.
 */
export async function verifyAuditLog(rows: readonly AuditRowRead[], digest: Digest, head: ChainTip | null, headerRow = 1): Promise<AuditVerification> {
  let tip = CHAIN_START;
  let beforeChain = 0;
  let checked = 0;
  let lastRow = headerRow;
  const broken = (problem: 'edited' | 'removed' | 'removed-last', sheetRow: number, line: number | null, missing?: { from: number; to: number }): AuditVerification => ({
    status: 'broken',
    problem,
    sheetRow,
    line,
    ...(missing ? { missing } : {}),
    checked,
    beforeChain,
  });
  for (const { values, sheetRow } of rows) {
    if (isBlank(values)) continue;
    const hash = hashOf(values);
    const line = lineNumber(values[LINE_COLUMN]);
    if (tip.line === 0 && hash === '' && line === null) {
      beforeChain++;
      lastRow = sheetRow;
      continue;
    }
    if (hash === '' || line === null) return broken('edited', sheetRow, line);
    if (line > tip.line + 1) return broken('removed', sheetRow, line, { from: tip.line + 1, to: line - 1 });
    if (line < tip.line + 1 || (await lineHash(tip.hash, values, digest)) !== hash) return broken('edited', sheetRow, line);
    tip = { line, hash };
    checked++;
    lastRow = sheetRow;
  }
  if (head && head.line > tip.line) return broken('removed-last', lastRow, tip.line || null, { from: tip.line + 1, to: head.line });
  if (head && head.line === tip.line && head.hash !== tip.hash && tip.line > 0) return broken('edited', lastRow, tip.line);
  if (checked === 0 && beforeChain === 0) return { status: 'empty' };
  return { status: 'intact', checked, beforeChain };
}
