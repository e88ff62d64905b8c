import type { LevelModel } from '../model/types';

/**
 * The level Assessment sheet's geometry, apart from the plan that writes the sheet (levels.ts):
 * the pane reads where the charts' person cell is with this alone, so its first script carries none of the plan.
 */
export const ROW = { title: 0, version: 1, selected: 2, person: 3, target: 4, team: 5, teamTarget: 6, weights: 7, header: 8, firstData: 9 } as const;
export const FIRST_RATING = 2;
/** Up to this many people the charts go under the table, else beside it. */
export const CHARTS_BELOW_UP_TO = 30;

/** Where things are on the level Assessment sheet, for readers and tests (0-based rows and columns). */
export function levelSheetGeometry(model: LevelModel, peopleCount: number) {
  const n = model.competencies.length;
  const version = FIRST_RATING + n + 3;
  const dataRows = Math.max(1, peopleCount);
  return {
    rows: ROW,
    dataRows,
    /** Under the table when it is short enough to see them without scrolling far, else beside it. */
    chartsBelow: dataRows <= CHARTS_BELOW_UP_TO,
    firstRatingColumn: FIRST_RATING,
    weightedColumn: FIRST_RATING + n,
    overallColumn: FIRST_RATING + n + 1,
    gapColumn: FIRST_RATING + n + 2,
    versionColumn: version,
    /** The table's last column: each person's key (person-key.ts). */
    keyColumn: version + 1,
    bandColumn: version + 3,
    /** Beside the table after its level table (when the charts are not below it). */
    chartColumn: version + 6,
    /** The per-person block: the role's row in the Targets sheet (0 = role not there), then one target per competency. */
    helperColumn: version + 15,
    firstTargetColumn: version + 16,
    /** The multi-rater block (with a Ratings sheet): person key, then one combined level per competency; agreement above the header. */
    combinedColumn: version + 16 + n + 1,
  };
}
