import { headerKey, normalizeName } from '../text';
import type { LocalText } from '../model/types';
import type { Said } from '../message';
import { ratingMessages, ratingPlaces } from './messages';

/**
 * Who a row is about. People are not their names: two people called 张伟 are two people. Every
 * person has a stable key: HR's employee number when the table has such a column, otherwise one
 * the add-in assigned at build ("P0001", in the Person key column). Keys are plain values, not
 * formulas, so sorting or inserting rows never renumbers them, and a new key is never one that a
 * row, an Evidence row or an Audit line already holds. A table without any key column identifies
 * people by name, and a name held by two rows identifies nobody.
 */

/** The add-in's key column header (the Ratings table's PersonKey column uses the same words). */
export const PERSON_KEY_LABEL = { zh: '人员编号', en: 'Person key' } satisfies LocalText;

/** Headers of a column that holds one key per person: HR's employee number, or the add-in's key. */
const KEY_HEADERS = new Set(
  [
    '人员编号', '工号', '员工编号', '员工号', '员工工号', '职工编号', '职工号', '人员代码', '员工代码',
    'person key', 'employee number', 'employee no', 'employee id', 'employee code', 'emp no', 'emp id',
    'staff no', 'staff number', 'staff id', 'personnel number', 'personnel no',
  ].map(headerKey),
);

/** True when a header names a person-key column (either language; spaces and full-width punctuation ignored). */
export function isPersonKeyHeader(header: string): boolean {
  const key = headerKey(header);
  return key !== '' && KEY_HEADERS.has(key);
}

/** The first column whose header names a person key, or null. */
export function personKeyColumn(headers: readonly unknown[]): number | null {
  const index = headers.findIndex((h) => isPersonKeyHeader(String(h ?? '')));
  return index < 0 ? null : index;
}

const ASSIGNED = /^P(\d+)$/;

/** The number of a key the add-in assigned ("P0012" → 12), or null for any other key. */
function assignedNumber(key: string): number | null {
  const match = ASSIGNED.exec(key.trim());
  return match ? Number(match[1]) : null;
}

/** `count` new keys after every assigned key in `taken` (so none is ever given twice), skipping any key held. */
export function nextPersonKeys(taken: Iterable<string>, count: number): string[] {
  const held = new Set<string>();
  let highest = 0;
  for (const key of taken) {
    const trimmed = key.trim();
    held.add(trimmed);
    highest = Math.max(highest, assignedNumber(trimmed) ?? 0);
  }
  const keys: string[] = [];
  for (let n = highest + 1; keys.length < count; n++) {
    const key = `P${String(n).padStart(4, '0')}`;
    if (!held.has(key)) keys.push(key);
  }
  return keys;
}

/** Names held by more than one person, as first written, in order of first appearance. */
export function duplicateNames(names: readonly string[]): string[] {
  const seen = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const key = normalizeName(name);
    if (key === '') continue;
    const entry = seen.get(key) ?? { name: name.trim(), count: 0 };
    entry.count++;
    seen.set(key, entry);
  }
  return [...seen.values()].filter((e) => e.count > 1).map((e) => e.name);
}

/** Keys held by more than one person (an employee number typed twice): such a key identifies nobody. */
export function duplicateKeys(keys: readonly string[]): string[] {
  return duplicateNames(keys.map((k) => k.trim()));
}

export interface KeyedPerson {
  name: string;
  /** HR's employee number, when the people list has one. */
  key?: string;
}

export interface PersonKeyPlan {
  /** One key per person, in order. */
  keys: string[];
  duplicateNames: string[];
  /** Employee numbers given to more than one person. */
  duplicateKeys: string[];
}

/** The keys of a people list at build: their employee number, else a new key never held before. */
export function planPersonKeys(people: readonly KeyedPerson[], taken: Iterable<string> = []): PersonKeyPlan {
  const given = people.map((p) => (p.key ?? '').trim());
  const fresh = nextPersonKeys([...taken, ...given], given.filter((k) => k === '').length);
  let next = 0;
  return {
    keys: given.map((k) => (k === '' ? fresh[next++] : k)),
    duplicateNames: duplicateNames(people.map((p) => p.name)),
    duplicateKeys: duplicateKeys(given.filter((k) => k !== '')),
  };
}

/** How the rows of a table tell people apart. */
export type PersonIdentification =
  /** By the key column at `column` (its header as HR wrote it). */
  | { by: 'key'; column: number; header: string }
  /** By name: the table has no key column. */
  | { by: 'name' };

/** `column`: the key column the table's layout found (analyseHeaders), or null. */
export function personIdentification(headers: readonly unknown[], column: number | null): PersonIdentification {
  return column === null ? { by: 'name' } : { by: 'key', column, header: String(headers[column] ?? '').trim() };
}

/** Who a row is: its key (or '' when the table identifies people by name), and its name. */
export interface PersonRef {
  key: string;
  name: string;
}

/** How many of `rows` hold the person's name and key (blank never counts). */
export function sharingAmong(person: PersonRef, rows: readonly PersonRef[]): { name: number; key: number } {
  const name = normalizeName(person.name);
  const key = person.key.trim();
  return {
    name: name === '' ? 0 : rows.filter((r) => normalizeName(r.name) === name).length,
    key: key === '' ? 0 : rows.filter((r) => r.key.trim() === key).length,
  };
}

/**
 * Why a row cannot be told apart from another, or null: its key is blank or held by another row
 * (a table with a key column), or, in a table without one, another row has the same name.
 */
export function ambiguousPerson(person: PersonRef, identification: PersonIdentification, sharing: { name: number; key: number }): Said | null {
  if (identification.by === 'key') {
    const header = identification.header;
    if (person.key.trim() === '') return ratingMessages.noKey(person.name || ratingPlaces.thisRow(), header);
    return sharing.key > 1 ? ratingMessages.sharedKey(header, person.key) : null;
  }
  return person.name.trim() !== '' && sharing.name > 1 ? ratingMessages.sharedName(person.name.trim()) : null;
}

/**
 * An Evidence or Audit row is this person's: the same key when both have one. A row of a table from
 * before keys (`key: null`) is theirs when it has their name and was written for this very rating
 * cell. A row whose key was left blank (two people had its name) is nobody's with a key. A person
 * without a key (their table names people, and a rating is written only for a name no other row
 * has) owns the rows of their name that have no key.
 */
export function samePerson(stored: { key: string | null; name: string; cell?: string }, person: PersonRef & { cell?: string }): boolean {
  const key = person.key.trim();
  const storedKey = stored.key === null ? null : stored.key.trim();
  const sameName = stored.name.trim() !== '' && stored.name.trim() === person.name.trim();
  if (key === '') return (storedKey === null || storedKey === '') && sameName;
  if (storedKey === null) return sameName && stored.cell !== undefined && stored.cell !== '' && stored.cell === person.cell;
  return storedKey === key;
}
