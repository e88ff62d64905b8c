import type { CompetencyModel, Locale } from '../core/types';

/**
 * What the pane asks of the workbook for whole assessments (issue 4): build the workbook from a
 * model, read it back, draw the profile charts, deliver files. Implemented over Office.js
 * (src/excel) and over the workbench workbook (src/workbench). The number of round trips of each
 * operation is fixed: it does not grow with people or competencies.
 */

export interface PersonRow {
  name: string;
  role: string;
}

export interface BuildAssessmentRequest {
  model: CompetencyModel;
  /** People to list; none gives an empty table HR fills in. */
  people: PersonRow[];
  locale: Locale;
}

export interface BuildAssessmentResult {
  /** Sheet names created or replaced, in order. */
  sheets: string[];
  /** Name of the assessment table. */
  table: string;
  /** The Model sheet of the older model version, kept under this name (model-archive.ts). */
  archivedModelSheet?: string;
}

/** A row-level import problem: the 1-based sheet row and what is wrong there. */
export interface ImportIssue {
  row: number;
  message: string;
}

export type ModelImportResult = { ok: true; model: CompetencyModel } | { ok: false; issues: ImportIssue[] };

/** Everything the charts and the deck need, read in one go. Levels are numbers on the scale (1 = lowest). */
export interface AssessmentSnapshot {
  modelId: string;
  modelVersion: string;
  modelName: string;
  /** Level labels, lowest first. */
  scaleLabels: string[];
  competencies: { id: string; name: string }[];
  people: {
    name: string;
    role: string;
    /** One per competency, null where not rated. */
    levels: (number | null)[];
    /** The role's target per competency, null where none is set. */
    targets: (number | null)[];
  }[];
}

export interface AssessmentOperations {
  /** Creates (or replaces, after the pane asked) the Model, Targets, Assessment, Evidence and Audit sheets. */
  buildAssessment(request: BuildAssessmentRequest): Promise<BuildAssessmentResult>;
  /** True when the workbook already has sheets that buildAssessment would replace. */
  hasAssessmentSheets(locale: Locale): Promise<boolean>;
  /** Reads the Model sheet back into a model; a bad row rejects the whole import with its row number. */
  importModelFromSheet(locale: Locale): Promise<ModelImportResult>;
  /** Ratings and targets of every person, for charts and the deck. */
  readAssessment(model: CompetencyModel, locale: Locale): Promise<AssessmentSnapshot>;
  /** Draws or updates the person's radar chart against the target, and the team chart. */
  drawProfileCharts(person: string | null, locale: Locale): Promise<void>;
  /** The current profile chart as a PNG, base64-encoded. */
  profileChartImage(): Promise<string>;
  /** Hands a file to the user: a download where the host allows it, otherwise a dialog with a link. */
  deliverFile(fileName: string, data: Uint8Array, mimeType: string): Promise<void>;
}
