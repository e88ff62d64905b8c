import { localize, normalizeName } from '../text';
import type { Locale } from '../model/types';
import { PERSON_KEY_LABEL, type PersonRef } from './person-key';
import { AUDIT_COLUMNS, AUDIT_TABLE, EVIDENCE_COLUMNS, EVIDENCE_TABLE, recordKeyColumn, storedText, type EvidenceKeyRow } from './records';

/**
 * Evidence and Audit tables written before person keys have no Person key column. The first
 * rating written after such a workbook is opened adds the column at the table's right and fills
 * each row's key from the rated table's people, by name, only where exactly one person has that
 * name: a row of a name two people share is left blank and said so, never given a guessed key.
 * Until then the old tables are read as before (records.ts: a row without a key is matched by name
 * and rating cell).
 */

/** A Person key column to add at the right of a record table: its header and one value per data row. */
export interface KeyColumnMigration {
  table: string;
  header: string;
  values: string[];
}

export interface KeyColumnPlan {
  columns: KeyColumnMigration[];
  /** The Evidence rows as they read once the column is added; null when the Evidence table needs no migration. */
  evidenceKeys: EvidenceKeyRow[] | null;
  notices: string[];
}

/** The key of each name only one person of the table has (and that person has a key). */
function uniqueKeys(people: readonly PersonRef[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const p of people) count.set(normalizeName(p.name), (count.get(normalizeName(p.name)) ?? 0) + 1);
  const keys = new Map<string, string>();
  for (const p of people) if (count.get(normalizeName(p.name)) === 1 && p.key.trim() !== '') keys.set(normalizeName(p.name), p.key.trim());
  return keys;
}

function sharedNames(people: readonly PersonRef[], names: readonly string[]): string[] {
  const shared = new Set<string>();
  for (const name of names) if (name.trim() !== '' && people.filter((p) => normalizeName(p.name) === normalizeName(name)).length > 1) shared.add(name.trim());
  return [...shared];
}

function notice(table: string, filled: number, blank: string[], locale: Locale): string {
  if (locale === 'zh-CN') {
    const left = blank.length === 0 ? '' : `;${blank.join('、')} 有同名的人,这些行的人员编号留空,请手工填写`;
    return `${table} 表已加上"人员编号"列,${filled} 行已按姓名填入${left}。`;
  }
  const left = blank.length === 0 ? '' : `; rows of ${blank.join(', ')} were left blank because more than one person has that name: fill in their key by hand`;
  return `Table ${table} now has a Person key column; ${filled} rows were given their person's key${left}.`;
}

/** The key columns a write adds to record tables from before keys, decided from what was read. */
export function planKeyColumns(
  read: { evidence: { headers: readonly unknown[]; keys: readonly EvidenceKeyRow[] } | null; audit: { headers: readonly unknown[]; persons?: readonly string[] } | null },
  people: readonly PersonRef[],
  locale: Locale,
): KeyColumnPlan {
  const keys = uniqueKeys(people);
  const header = localize(PERSON_KEY_LABEL, locale);
  const plan: KeyColumnPlan = { columns: [], evidenceKeys: null, notices: [] };
  const add = (table: string, names: readonly string[]) => {
    const values = names.map((name) => keys.get(normalizeName(name)) ?? '');
    plan.columns.push({ table, header, values: values.map(storedText) });
    if (names.length > 0) plan.notices.push(notice(table, values.filter((v) => v !== '').length, sharedNames(people, names), locale));
    return values;
  };
  if (read.evidence && recordKeyColumn(read.evidence.headers, EVIDENCE_COLUMNS) === null) {
    const values = add(EVIDENCE_TABLE, read.evidence.keys.map((row) => row.person));
    plan.evidenceKeys = read.evidence.keys.map((row, i) => ({ ...row, key: values[i] }));
  }
  if (read.audit && recordKeyColumn(read.audit.headers, AUDIT_COLUMNS) === null) add(AUDIT_TABLE, read.audit.persons ?? []);
  return plan;
}
