import type { CompetencyModel, Locale } from '../core/model/types';
import type { ImportIssue, ModelImportResult } from '../core/model-sheet/parse';
import type { AssessmentSnapshot, PersonRow } from '../core/rating/snapshot';
import type { AuditVerification } from '../core/rating/audit-chain';
import type { ColumnFate, ModelUpdatePreview } from '../core/plan/model-update';

export type { AssessmentSnapshot, AuditVerification, ColumnFate, ImportIssue, ModelImportResult, ModelUpdatePreview, PersonRow };

/**
 * What the pane asks of the workbook for whole assessments: build the workbook from a
 * model, read it back, draw the profile charts, deliver files. Implemented over Office.js
 * (src/excel) and over the workbench workbook (src/workbench). The number of round trips of each
 * operation is fixed: it does not grow with people or competencies.
 */


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
  /** Names more than one person of the list has (shaded in the sheet; their Person key tells them apart). */
  duplicateNames?: string[];
}




/** A new version of the workbook's model, to carry the built sheets over to (core model-update.ts). */
export interface ModelUpdateRequest {
  previous: CompetencyModel;
  model: CompetencyModel;
  locale: Locale;
}

export type ModelUpdateResult =
  /** Written: the sheets rebuilt, where the old Model sheet and the archived columns went, how many audit lines. */
  | { status: 'updated'; preview: ModelUpdatePreview; sheets: string[]; archivedModelSheet?: string; archiveSheet?: string; auditLines: number }
  /** Nothing written: the tables no longer read as in the preview the user confirmed (`preview`: how they read now). */
  | { status: 'changed'; preview: ModelUpdatePreview | null };

/** The outcome of giving the workbook's computed cells native formulas (shareWithoutAddIn). */
export interface NativeShareResult {
  /** Cells whose HR.* formula was replaced by its native equivalent. */
  converted: number;
  /** "Sheet!A1" of HR.* formulas with no native equivalent: left as they are, they need the add-in. */
  unconverted: string[];
  /** The copy handed to the user; absent when the workbook itself was converted. */
  fileName?: string;
}

export interface AssessmentOperations {
  /** Creates (or replaces, after the pane asked) the Model, Targets, Assessment, Evidence and Audit sheets. */
  buildAssessment(request: BuildAssessmentRequest): Promise<BuildAssessmentResult>;
  /** True when the workbook already has sheets that buildAssessment would replace. */
  hasAssessmentSheets(locale: Locale): Promise<boolean>;
  /**
   * What a model update would do to each column of the built Assessment and Targets tables; null
   * when there is nothing to update (no Assessment table, or not two versions of one level model).
   * Reads only.
   */
  previewModelUpdate(request: ModelUpdateRequest): Promise<ModelUpdatePreview | null>;
  /**
   * Carries the built sheets over to the new model as `expected` says (archive rows, then the
   * rebuild, then the audit lines); writes nothing when the workbook no longer reads that way.
   */
  applyModelUpdate(request: ModelUpdateRequest & { assessor: string; expected: ModelUpdatePreview }): Promise<ModelUpdateResult>;
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
  /**
   * For people without the add-in (HR.* shows #NAME? there): the workbook's computed cells with
   * native formulas giving the same results (core nativeFormula). A copy where the host can make
   * one (the workbench: a second .xlsx download); otherwise the workbook itself (Excel: the pane
   * asks first, see sharesInPlace).
   */
  shareWithoutAddIn(model: CompetencyModel, locale: Locale): Promise<NativeShareResult>;
  /** True when shareWithoutAddIn converts this workbook rather than a copy of it. */
  readonly sharesInPlace: boolean;
  /** Checks the Audit table's hash chain (core verifyAuditLog): intact, or the first line edited or removed. */
  verifyAuditLog(): Promise<AuditVerification>;
}
