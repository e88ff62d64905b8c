/**
 * How a rating names the person rated: the one place that decides it, for the Ratings rows the
 * pane writes, the assessor files and the Assessment sheet's key column. Until the workbook has
 * stable person keys, the key is the person's name as the Assessment table gives it.
 */

/** The key of a person of the Assessment table. */
export function ratedPersonKey(person: { name: string }): string {
  return person.name.trim();
}

/** The same key as a formula over the person's cell of the Assessment table (A1). */
export function ratedPersonKeyFormula(personCell: string): string {
  return `=IF(${personCell}="","",TRIM(${personCell}&""))`;
}
