import { trimmedCellText as cellText } from '../cell-text';
import { INFO_FIELDS, parseFieldName } from '../model-sheet/columns';
import { MODEL_TABLE } from '../rating/records';
import { archivedModelSheetName, modelVersionTag, parseModelVersionTag } from '../model/model-version';
import type { WorkbookPlan } from './plan';

/**
 * Model versions on a rebuild (003 section 8): when the workbook's Model sheet holds another model
 * or another version than the one the build writes, that sheet is kept, renamed
 * `archivedModelSheetName(its model)` ("模型 ct-am@1"), and its table gets a name of its own
 * ("CompetencyModel_v1") so that importing the model reads the new Model sheet. Ratings, evidence
 * and audit rows tagged "ct-am@1" then still name a sheet holding the model they were made with.
 *
 * The appliers (Office.js, workbench) read VERSION_TAG_CELLS of the existing sheets in the read
 * they already make and apply what `planModelArchive` decides.
 */

/** Where a built workbook records its model: the Model sheet's "model ID" and "version" rows, and B2 ("id@version") of the Assessment sheet. */
export const VERSION_TAG_CELLS = { model: 'A2:B3', assessment: 'B2' } as const;

export type TagCells = readonly (readonly unknown[])[];

/** What the applier found in the workbook before building. */
export interface ExistingWorkbook {
  sheets: readonly string[];
  tables: readonly { name: string; sheet: string }[];
  /** VERSION_TAG_CELLS.model of the sheet named like the plan's Model sheet; null when there is none. */
  modelCells: TagCells | null;
  /** VERSION_TAG_CELLS.assessment of the sheet named like the plan's Assessment sheet; null when there is none. */
  assessmentCells: TagCells | null;
}

/** An existing Model sheet to keep under another name. */
export interface ModelSheetArchive {
  /** The sheet as the workbook names it, and the name it keeps. */
  sheet: string;
  to: string;
  /** The model and version it holds ("ct-am@1"). */
  tag: string;
  /** Its model table, renamed out of the way; null when the sheet has none. */
  table: { from: string; to: string } | null;
}

/** The sheets whose version cells the applier reads: the plan's Model and Assessment sheets. */
export function versionTagSheets(plan: WorkbookPlan): { model: string | null; assessment: string | null } {
  const name = (key: 'model' | 'assessment') => plan.sheets.find((s) => s.key === key)?.name ?? null;
  return { model: name('model'), assessment: name('assessment') };
}

/** "id@version" from the Model sheet's information rows (either language), or null. */
export function modelSheetTag(cells: TagCells | null): string | null {
  const found: Record<string, string> = {};
  for (const row of cells ?? []) {
    const field = parseFieldName(cellText(row[0]), INFO_FIELDS);
    if (field) found[field.key] = cellText(row[1]);
  }
  return found.id && found.version ? modelVersionTag({ id: found.id, version: found.version }) : null;
}

/** "id@version" from the Assessment sheet's B2, or null. */
function assessmentTag(cells: TagCells | null): string | null {
  const parsed = parseModelVersionTag(cellText(cells?.[0]?.[0]));
  return parsed ? modelVersionTag({ id: parsed.modelId, version: parsed.version }) : null;
}

/** A table name Excel accepts, unique among `taken` (lower case): "CompetencyModel_v1", "CompetencyModel_v1_2", … */
function archivedTableName(version: string, taken: ReadonlySet<string>): string {
  const base = `${MODEL_TABLE}_v${version.replace(/[^A-Za-z0-9_.]/g, '_')}`.slice(0, 240);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

/**
 * Which existing sheet to keep, and under what name, when `plan` is built over `existing`: the
 * sheet named like the plan's Model sheet, when the model it records (its own "model ID" and
 * "version" rows; B2 of the Assessment sheet when those are unreadable) is not the plan's
 * id@version. Null when there is no such sheet, its version is the plan's, no version can be read
 * from it, or a sheet of the archive name already exists (that version is kept already).
 */
export function planModelArchive(plan: WorkbookPlan, existing: ExistingWorkbook): ModelSheetArchive | null {
  const lower = (s: string) => s.toLowerCase();
  const wanted = versionTagSheets(plan).model;
  const sheet = wanted === null ? undefined : existing.sheets.find((s) => lower(s) === lower(wanted));
  if (!sheet) return null;
  const tag = modelSheetTag(existing.modelCells) ?? assessmentTag(existing.assessmentCells);
  const parsed = tag === null ? null : parseModelVersionTag(tag);
  if (!tag || !parsed || tag === modelVersionTag({ id: plan.modelId, version: plan.modelVersion })) return null;
  const to = archivedModelSheetName({ id: parsed.modelId, version: parsed.version }, plan.locale);
  if (existing.sheets.some((s) => lower(s) === lower(to))) return null;
  const own = existing.tables.find((t) => lower(t.name) === lower(MODEL_TABLE) && lower(t.sheet) === lower(sheet));
  const taken = new Set(existing.tables.map((t) => lower(t.name)));
  return { sheet, to, tag, table: own ? { from: own.name, to: archivedTableName(parsed.version, taken) } : null };
}
