import { cellText } from '../cell-text';
import { parseFieldName, parseSectionTitle, type FieldDef, type SectionKey, type TextLanguage } from './columns';
import { joinSaid, listSaid, modelText, Said, type Text } from '../message';
import { sheetMessages } from './messages';
import type { CompetencyModel, LocalText } from '../model/types';

/**
 * Reading the Model sheet's cells: sections, table columns by header, and the checks every row
 * gets. Every problem is an issue with the 1-based sheet row and what to do; nothing is guessed.
 */

/** A row-level import problem: the 1-based sheet row and what is wrong there. */
export interface ImportIssue {
  row: number;
  message: Said;
}

export type ModelImportResult = { ok: true; model: CompetencyModel } | { ok: false; issues: ImportIssue[] };

export interface SheetRow {
  /** 1-based sheet row. */
  row: number;
  cells: readonly unknown[];
}

export interface Section {
  key: SectionKey;
  titleRow: number;
  /** The non-blank rows under the title, up to the next title. */
  rows: SheetRow[];
}

export class Issues {
  readonly list: ImportIssue[] = [];
  add(row: number, message: Said): void {
    this.list.push({ row, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}


function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => cellText(c).trim() === '');
}

/**
 * Cuts the rows into sections at their title rows (one text in column A naming a section). A grid
 * without any title is taken as the table alone, header first: `null` sections, all rows returned.
 */
export function splitSections(rows: ReadonlyArray<ReadonlyArray<unknown>>, firstRow: number): { sections: Section[] | null; rows: SheetRow[] } {
  const all: SheetRow[] = rows.map((cells, i) => ({ row: firstRow + i, cells: cells ?? [] })).filter((r) => !isBlankRow(r.cells));
  const sections: Section[] = [];
  for (const row of all) {
    const filled = row.cells.map((c) => cellText(c).trim()).filter((t) => t !== '');
    const key = filled.length === 1 && cellText(row.cells[0]).trim() !== '' ? parseSectionTitle(filled[0]) : undefined;
    if (key) sections.push({ key, titleRow: row.row, rows: [] });
    else sections[sections.length - 1]?.rows.push(row);
  }
  return { sections: sections.length > 0 ? sections : null, rows: all };
}

export function fieldNames(fields: FieldDef[]): Said {
  return listSaid(fields.map((f) => new Said((language) => `"${modelText(f.label).text(language)}"`)));
}

/** One data row of a section table: its cells by field key ("competency.zh" for a language column). */
export class SheetRecord {
  constructor(
    readonly row: number,
    private readonly values: Map<string, unknown>,
  ) {}
  raw(key: string, language?: TextLanguage): unknown {
    return this.values.get(language ? `${key}.${language}` : key);
  }
  text(key: string, language?: TextLanguage): string {
    return cellText(this.raw(key, language));
  }
  /** A text in both languages; undefined when both columns are blank. */
  localText(key: string): LocalText | undefined {
    const zh = this.text(key, 'zh');
    const en = this.text(key, 'en');
    if (zh.trim() === '' && en.trim() === '') return undefined;
    return { ...(zh.trim() !== '' ? { zh } : {}), ...(en.trim() !== '' ? { en } : {}) };
  }
}

export interface SectionTable {
  headerRow: number;
  has: (key: string) => boolean;
  records: SheetRecord[];
}

/**
 * A section's table: the first row is the header. Every header must name a field (a typo would
 * otherwise drop a column unnoticed), once; `required` fields must be there.
 */
export function readTable(rows: SheetRow[], fields: FieldDef[], what: Text, required: string[], issues: Issues, fallbackRow: number): SectionTable | null {
  const [header, ...data] = rows;
  if (!header) {
    issues.add(fallbackRow, sheetMessages.headerMissing(what));
    return null;
  }
  const columns: { index: number; id: string; key: string }[] = [];
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const text = cellText(cell).trim();
    if (text === '') return;
    const field = parseFieldName(text, fields);
    if (!field) {
      issues.add(header.row, sheetMessages.unknownColumn(what, text, index + 1, fieldNames(fields)));
      return;
    }
    const id = field.language ? `${field.key}.${field.language}` : field.key;
    if (seen.has(id)) issues.add(header.row, sheetMessages.columnTwice(what, text));
    seen.add(id);
    columns.push({ index, id, key: field.key });
  });
  const keys = new Set(columns.map((c) => c.key));
  for (const key of required)
    if (!keys.has(key)) issues.add(header.row, sheetMessages.columnMissing(what, modelText(fields.find((f) => f.key === key)!.label)));
  return {
    headerRow: header.row,
    has: (key) => keys.has(key),
    records: data.map((row) => new SheetRecord(row.row, new Map(columns.map((c) => [c.id, row.cells[c.index]])))),
  };
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** An id cell: ASCII letters, digits, ".", "_" or "-"; null (with an issue) otherwise. */
export function readId(record: SheetRecord, key: string, label: LocalText, issues: Issues, required = true): string | null {
  const value = record.text(key).trim();
  if (value === '') {
    if (required) issues.add(record.row, sheetMessages.blank(modelText(label)));
    return null;
  }
  if (!ID_PATTERN.test(value)) {
    issues.add(record.row, sheetMessages.badId(modelText(label), value));
    return null;
  }
  return value;
}

/** A number cell (a number, or text that is one); undefined when blank; null (with an issue) when not a number. */
export function readNumber(value: unknown, row: number, label: LocalText, issues: Issues, rule: { min?: number; integer?: boolean } = {}): number | undefined | null {
  const text = cellText(value).trim();
  if (text === '') return undefined;
  const number = typeof value === 'number' ? value : Number(text);
  if (!Number.isFinite(number)) {
    issues.add(row, sheetMessages.notANumber(modelText(label), text));
    return null;
  }
  if (rule.min !== undefined && number < rule.min) {
    issues.add(row, sheetMessages.belowMinimum(modelText(label), number, rule.min));
    return null;
  }
  if (rule.integer && !Number.isInteger(number)) {
    issues.add(row, sheetMessages.notWhole(modelText(label), number));
    return null;
  }
  return number;
}

/**
 * Values that repeat on every row of one thing (a competency's name on each of its indicator rows):
 * a blank repeats the first, a different value is an issue naming both rows.
 */
export class Agreed {
  private readonly values = new Map<string, { value: string; row: number }>();
  constructor(
    private readonly owner: Said,
    private readonly issues: Issues,
  ) {}

  set(field: string, value: string, row: number, label: Text): void {
    if (value.trim() === '') return;
    const first = this.values.get(field);
    if (!first) this.values.set(field, { value, row });
    else if (first.value !== value)
      this.issues.add(row, sheetMessages.differs(label, clip(value), first.row, clip(first.value), this.owner));
  }

  get(field: string): string | undefined {
    return this.values.get(field)?.value;
  }

  /** A text in both languages from `${field}.zh` / `${field}.en`. */
  localText(field: string): LocalText | undefined {
    const zh = this.get(`${field}.zh`);
    const en = this.get(`${field}.en`);
    if (zh === undefined && en === undefined) return undefined;
    return { ...(zh !== undefined ? { zh } : {}), ...(en !== undefined ? { en } : {}) };
  }

  /** Records both language columns of a text field of `record`. */
  setText(record: SheetRecord, field: string, label: LocalText): void {
    for (const language of ['zh', 'en'] as const) this.set(`${field}.${language}`, record.text(field, language), record.row, joinSaid([modelText(label), `(${language})`], { en: " ", zh: "" }));
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
