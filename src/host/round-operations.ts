import type { LocalText, LevelModel, Locale } from '../core/model/types';
import type { RefusedFile } from '../core/raters/collect';

export type { RefusedFile };

/**
 * What the pane asks of the workbook for a round with several raters: prepare one workbook per
 * assessor, and collect the returned ones into the Ratings table. Core decides (prepare.ts,
 * collect.ts); the hosts read the master once, write once, and hand files to the user.
 */

export interface PreparedWorkbooks {
  /** One file per rater of the RaterAssignments table, delivered like the deck. */
  files: { rater: string; fileName: string; people: number }[];
  /** Why nothing was prepared (the assignments are wrong), one line per problem; empty when prepared. */
  problems: LocalText[];
}

export interface CollectReport {
  taken: { fileName: string; ratings: number; raters: string[] }[];
  refused: RefusedFile[];
}

/** A file the user picked: its name and bytes. */
export interface PickedFile {
  name: string;
  data: Uint8Array;
}

export interface RoundOperations {
  prepareAssessorWorkbooks(model: LevelModel, locale: Locale): Promise<PreparedWorkbooks>;
  collectReturnedWorkbooks(files: readonly PickedFile[], model: LevelModel, locale: Locale): Promise<CollectReport>;
}
