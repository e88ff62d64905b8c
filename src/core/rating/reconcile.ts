import type { RatingChange } from './records';
import { isRecordTimeOf } from './record-time';
import type { Locale } from '../model/types';
import type { Said } from '../message';
import { ratingMessages, ratingPlaces } from './messages';

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

/** The repair after a failed write of `intended`, from what the host found; a correction's note in the assessor's language. */
export function reconcileRating(intended: RatingChange, seen: WrittenState, locale: Locale): Reconciliation {
  const audited = seen.lastAudit !== null && isRecordTimeOf(seen.lastAudit.time, intended.time) && seen.lastAudit.cell === intended.cell && seen.lastAudit.newValue === intended.newValue;
  const rated = seen.current === intended.newValue;
  const evidenced =
    seen.evidence !== null && seen.evidence.level === intended.newValue && isRecordTimeOf(seen.evidence.date, intended.time) && seen.evidence.cell === intended.cell && seen.evidence.comment === intended.comment;
  if (!audited && !rated) return { state: 'not-written' };
  if (!audited) return { state: 'audit-missing', audit: intended, evidence: intended };
  if (!rated) {
    return { state: 'cell-not-written', correction: { ...intended, oldValue: intended.newValue, newValue: seen.current, evidence: '', comment: ratingMessages.correctionNote().in(locale), source: 'repair' } };
  }
  return evidenced ? { state: 'consistent' } : { state: 'evidence-behind', evidence: intended };
}

/** What the assessor is told after a failed write: what is in the workbook now, and what to do. */
export function failureMessage(intended: RatingChange, reconciliation: Reconciliation, repaired: boolean, error: string, locale: Locale): string {
  const what = ratingPlaces.what(intended.newValue, intended.person, intended.competency, intended.cell);
  const message = (() => {
    switch (reconciliation.state) {
      case 'consistent':
        return ratingMessages.writtenDespiteError(what, error);
      case 'not-written':
        return ratingMessages.nothingWritten(what, error);
      case 'cell-not-written':
        return repaired ? ratingMessages.cellNotWrittenCorrected(what, error, reconciliation.correction.newValue) : ratingMessages.cellNotWritten(what, error);
      case 'audit-missing':
      case 'evidence-behind':
        return repaired ? ratingMessages.evidenceRewritten(what, error) : ratingMessages.evidenceBehind(what, error);
    }
  })();
  return message.in(locale);
}

/** Said beside a rating whose stored evidence names another level than the cell holds (a write that did not finish, or a change typed into the cell). */
export function evidenceNote(current: string, evidence: { level: string; date: string } | null): Said | null {
  if (evidence === null || evidence.level.trim() === current.trim()) return null;
  return ratingMessages.staleEvidence(evidence.date, evidence.level, current.trim() === '' ? ratingPlaces.noRating() : current.trim());
}
