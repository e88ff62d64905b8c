import type { LevelModel } from '../core/model/types';
import type { RatingChange } from '../core/rating/records';
import type { RaterIdentity, RatingsRatingRequest, RatingsTableRead } from '../core/raters/pane-rating';

export type { RaterIdentity, RatingsRatingRequest, RatingsTableRead };

/**
 * What the pane asks of the workbook when several raters rate in it: who this user is (kept per
 * user, never in the document's shared settings, so co-authors never overwrite each other), the
 * Ratings table for the selected cell's spread, and writing a rating as a row of that table.
 * Core decides (raters/pane-rating.ts); the hosts read once and write once.
 */

export type RatingsRatingResult =
  /** The row is in the Ratings table (appended, or the rater's own row replaced) and the audit line appended. */
  | { status: 'written'; change: RatingChange }
  /** Nothing written: the rater already rated this (`current`) and did not confirm replacing it. */
  | { status: 'needs-confirmation'; current: string }
  | { status: 'refused'; reason: string };

export interface RaterOperations {
  /** This user's identity in this workbook; null when they were not asked yet. */
  loadIdentity(): Promise<RaterIdentity | null>;
  saveIdentity(identity: RaterIdentity): Promise<void>;
  /** A few round trips, as many whatever the people and competencies (Excel: three up to 20,000 ratings): the Ratings table (the cells core reads) and the round's weights and minimums; null when the workbook has no Ratings table. */
  readRatings(): Promise<RatingsTableRead | null>;
  /** Reads the table again, lets core decide, writes the row and the audit line in one batch (or nothing). */
  rateInRatings(request: RatingsRatingRequest, model: LevelModel): Promise<RatingsRatingResult>;
}

/** Per-user storage (the browser's localStorage in both hosts): a small string per key. */
export interface UserStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
