import type { ColumnMapping } from './rating/assessment';
import type { CompetencyModel } from './model/types';
import type { Validated } from './model/validate';

/** Key of the add-in's settings in the workbook (Office: workbook.settings; workbench: its hidden sheet). */
export const SETTINGS_KEY = 'competency.settings';

/** Stored in the workbook, so it survives closing and reopening. */
export interface WorkbookSettings {
  /** The chosen model: a built-in id, or the id of `customModel`. */
  modelId: string;
  /** The workbook's own model, when HR imported or wrote one. */
  customModel?: CompetencyModel;
  /** Per table: header -> competency id (or null: not a rating column). */
  mappings: Record<string, ColumnMapping>;
  assessor?: string;
}

/** Settings whose shape is right; the workbook's own model, if any, still to be validated. */
export interface StoredSettings {
  settings: Omit<WorkbookSettings, 'customModel'>;
  customModel?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMapping(value: unknown): value is ColumnMapping {
  return isRecord(value) && Object.values(value).every((id) => id === null || typeof id === 'string');
}

/** The stored settings' shape (JSON text or a value), or null when they are not what the add-in writes. */
export function readStoredSettings(stored: unknown): StoredSettings | null {
  let value: unknown;
  try {
    value = typeof stored === 'string' ? JSON.parse(stored) : stored;
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { modelId, customModel, mappings, assessor } = value;
  if (typeof modelId !== 'string' || !isRecord(mappings) || !Object.values(mappings).every(isMapping)) return null;
  if (assessor !== undefined && typeof assessor !== 'string') return null;
  const settings: StoredSettings['settings'] = { modelId, mappings: mappings as Record<string, ColumnMapping> };
  if (assessor !== undefined) settings.assessor = assessor;
  return customModel === undefined ? { settings } : { settings, customModel };
}

/**
 * The settings with the workbook's model validated, or null when anything is off: a corrupt
 * setting is ignored (the pane starts with the default model), never thrown. The validator is
 * passed in so that the add-in can load it only when a workbook carries its own model.
 */
export function completeSettings(stored: StoredSettings | null, validateModel: (model: unknown) => Validated<CompetencyModel>): WorkbookSettings | null {
  if (!stored) return null;
  if (stored.customModel === undefined) return stored.settings;
  const validated = validateModel(stored.customModel);
  return validated.ok ? { ...stored.settings, customModel: validated.value } : null;
}
