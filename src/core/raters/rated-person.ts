import { personKeyColumn } from '../rating/person-key';

/**
 * How a rating names the person rated: the one place that decides it, for the Ratings rows the
 * pane writes, the assessor files and the Assessment sheet's key column. While the built table has
 * no key column of its own, the key is the person's name; a table with one (person-key.ts) uses it.
 */

/** The key of a person of the Assessment table. */
export function ratedPersonKey(person: { name: string }): string {
  return person.name.trim();
}

/** The same key as a formula over the person's cell of the Assessment table (A1). */
export function ratedPersonKeyFormula(personCell: string): string {
  return `=IF(${personCell}="","",TRIM(${personCell}&""))`;
}

/** The keys of an Assessment table's people: its person-key column (person-key.ts) when it has one, else the names in its first column. */
export function ratedPersonKeys(headers: readonly unknown[], rows: readonly (readonly unknown[])[]): string[] {
  const column = personKeyColumn(headers) ?? 0;
  return rows.map((row) => ratedPersonKey({ name: typeof row[column] === 'string' || typeof row[column] === 'number' ? String(row[column]) : '' })).filter((key) => key !== '');
}
