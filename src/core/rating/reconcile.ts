import type { RatingChange } from './records';
import { isRecordTimeOf } from './record-time';

/**
 * A rating is three writes: the audit line, the rating cell, the evidence row. An Office batch is
 * not a transaction (the commands before a failing one stay done, the ones after it never run),
 * and neither is the workbench's grid, so hosts write them in this order, each one only after the
 * ones before it:
 *   1. the audit line, the record of intent: if it fails, nothing was written;
 *   2. the rating cell: if it fails, the audit line claims a change the cell does not hold, and a
 *      correction line after it says so;
 *   3. the evidence row: if it fails, the cell and the audit line agree, and the audit line holds
 *      everything the evidence row needs, so it is written again from it.
 * After a failure the host reads what is there and this decides the repair; what could not be
 * repaired stays detectable (evidenceNote: evidence that claims a level the cell does not hold).
 */

/** What a host found after a rating write failed. */
export interface WrittenState {
  /** The rating cell's text now. */
  current: string;
  /** The audit table's last line (its time as the cell's value: a date value), or null. */
  lastAudit: { time: unknown; cell: string; newValue: string } | null;
  /** The evidence row where the write placed it (its date as the cell's value), or null when there is none. */
  evidence: { level: string; date: unknown; cell: string; comment: string } | null;
}

export type Reconciliation =
  /** Everything was written after all. */
  | { state: 'consistent' }
  /** Nothing of the change reached the workbook. */
  | { state: 'not-written' }
  /** The audit line is there, the cell is not: append `correction` (it names what the cell holds; its source: the repair). */
  | { state: 'cell-not-written'; correction: RatingChange }
  /** The cell holds the level without its audit line (a host that wrote out of order): append the line, then the evidence. */
  | { state: 'audit-missing'; audit: RatingChange; evidence: RatingChange }
  /** The audit line and the cell are there, the evidence row is not: write it again from the change. */
  | { state: 'evidence-behind'; evidence: RatingChange };

const CORRECTION_NOTE = 'Not written to the cell: this line corrects the one above, the cell kept its value.';

/** The repair after a failed write of `intended`, from what the host found. */
export function reconcileRating(intended: RatingChange, seen: WrittenState): Reconciliation {
  const audited = seen.lastAudit !== null && isRecordTimeOf(seen.lastAudit.time, intended.time) && seen.lastAudit.cell === intended.cell && seen.lastAudit.newValue === intended.newValue;
  const rated = seen.current === intended.newValue;
  const evidenced =
    seen.evidence !== null && seen.evidence.level === intended.newValue && isRecordTimeOf(seen.evidence.date, intended.time) && seen.evidence.cell === intended.cell && seen.evidence.comment === intended.comment;
  if (!audited && !rated) return { state: 'not-written' };
  if (!audited) return { state: 'audit-missing', audit: intended, evidence: intended };
  if (!rated) {
    return { state: 'cell-not-written', correction: { ...intended, oldValue: intended.newValue, newValue: seen.current, evidence: '', comment: CORRECTION_NOTE, source: 'repair' } };
  }
  return evidenced ? { state: 'consistent' } : { state: 'evidence-behind', evidence: intended };
}

/** What the assessor is told after a failed write: what is in the workbook now, and what to do. */
export function failureMessage(intended: RatingChange, reconciliation: Reconciliation, repaired: boolean, error: string): string {
  const what = `${intended.newValue} for ${intended.person} (${intended.competency}, ${intended.cell})`;
  switch (reconciliation.state) {
    case 'consistent':
      return `The rating ${what} was written, though the workbook reported an error (${error}).`;
    case 'not-written':
      return `Nothing was written: the audit line for ${what} could not be added (${error}). The rating, its evidence and the audit log are as they were. Apply it again once the workbook accepts it.`;
    case 'cell-not-written':
      return repaired
        ? `The rating ${what} was not written to the cell (${error}); the cell still holds "${reconciliation.correction.newValue}", and a line in the audit log says so. Apply it again.`
        : `The rating ${what} was not written to the cell (${error}), and the audit log's last line claims it was: the correction could not be added either. Apply it again.`;
    case 'audit-missing':
    case 'evidence-behind':
      return repaired
        ? `The rating ${what} is in the cell and the audit log; its evidence row failed (${error}) and was written again.`
        : `The rating ${what} is in the cell and the audit log, but its evidence row could not be written (${error}): the Evidence sheet still shows the earlier rating. Apply it again once the Evidence sheet accepts changes.`;
  }
}

/** Said beside a rating whose stored evidence names another level than the cell holds (a write that did not finish, or a change typed into the cell). */
export function evidenceNote(current: string, evidence: { level: string; date: string } | null): string | null {
  if (evidence === null || evidence.level.trim() === current.trim()) return null;
  return `The evidence recorded on ${evidence.date} is for ${evidence.level}, but the cell holds ${current.trim() === '' ? 'no rating' : current.trim()}: it was changed in the cell, or the last rating was not completely written. Applying a rating writes the evidence again.`;
}
