import type { ColumnMapping } from './rating/assessment';
import type { CompetencyModel } from './model/types';
import type { ModelIssue, Validated } from './model/validate';
import { DEFAULT_MODEL_ID } from './model/registry';

/** Key of the add-in's settings in the workbook (Office: workbook.settings; workbench: its hidden sheet). */
export const SETTINGS_KEY = 'competency.settings';
/** The last copy that read without a fault: what a damaged or hand-edited setting falls back to. */
export const LAST_GOOD_SETTINGS_KEY = 'competency.settings.lastGood';
/** Unreadable settings text, set aside before a save replaces it, so a repair by hand stays possible. */
export const DAMAGED_SETTINGS_KEY = 'competency.settings.damaged';

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

export type SettingsField = 'modelId' | 'mappings' | 'assessor' | 'customModel';
const KNOWN_FIELDS: readonly string[] = ['modelId', 'mappings', 'assessor', 'customModel'] satisfies SettingsField[];

/** Something in the stored settings the add-in did not use, and what it did instead. */
export type IgnoredSetting =
  /** The stored text is not a JSON object (truncated, hand-edited); `recovered`: the last good copy was used. */
  | { kind: 'unreadable'; recovered: boolean }
  /** A field of the wrong type or an invalid model; `recovered`: its value in the last good copy was used instead. */
  | { kind: 'field'; field: SettingsField; recovered: boolean; issue?: ModelIssue }
  /** Column mappings that are not header -> competency id ("table / header"). */
  | { kind: 'mappings'; entries: string[] }
  /** Fields a newer version wrote: not used here, kept as they are on every save. */
  | { kind: 'unknown'; fields: string[] };

export interface SettingsRead {
  /** null when the workbook has no settings the add-in can use. */
  settings: WorkbookSettings | null;
  ignored: IgnoredSetting[];
}

/** What a save writes: the settings, the last good copy when the result reads cleanly, unreadable text set aside. */
export interface SettingsToStore {
  [SETTINGS_KEY]: string;
  [LAST_GOOD_SETTINGS_KEY]?: string;
  [DAMAGED_SETTINGS_KEY]?: string;
}

type ModelValidator = (model: unknown) => Validated<CompetencyModel>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored value as an object, or undefined when it is absent or not a JSON object. */
function parseObject(stored: unknown): Record<string, unknown> | undefined {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return undefined;
    }
  }
  return isRecord(value) ? value : undefined;
}

/** The valid mappings of a stored value (null when it is not an object) and the entries left out. */
function readMappings(value: unknown): { mappings: Record<string, ColumnMapping>; dropped: string[] } | null {
  if (!isRecord(value)) return null;
  const mappings: Record<string, ColumnMapping> = {};
  const dropped: string[] = [];
  for (const [table, mapping] of Object.entries(value)) {
    if (!isRecord(mapping)) {
      dropped.push(table);
      continue;
    }
    const kept: ColumnMapping = {};
    for (const [header, id] of Object.entries(mapping)) {
      if (id === null || typeof id === 'string') kept[header] = id;
      else dropped.push(`${table} / ${header}`);
    }
    mappings[table] = kept;
  }
  return { mappings, dropped };
}

interface FieldRead<T> {
  value?: T;
  fault?: ModelIssue | true;
}

function readField(field: SettingsField, source: Record<string, unknown>, validateModel: ModelValidator | null): FieldRead<unknown> & { dropped?: string[] } {
  if (!(field in source) || source[field] === undefined) return {};
  const value = source[field];
  switch (field) {
    case 'modelId':
      return typeof value === 'string' && value !== '' ? { value } : { fault: true };
    case 'assessor':
      return typeof value === 'string' ? { value } : { fault: true };
    case 'mappings': {
      const read = readMappings(value);
      return read ? { value: read.mappings, dropped: read.dropped } : { fault: true };
    }
    case 'customModel': {
      if (!validateModel) return { value };
      const validated = validateModel(value);
      return validated.ok ? { value: validated.value } : { fault: validated.issues[0] ?? true };
    }
  }
}

/**
 * The settings read field by field: a valid field is used; a faulty one is replaced by its value in
 * the last good copy, or left out (the pane then uses its default); unreadable text falls back to
 * the last good copy as a whole. Never throws; every field not used is reported.
 * Without a validator the workbook's model is taken as stored (callers that only need mappings).
 */
export function readSettings(stored: unknown, lastGood: unknown, validateModel: ModelValidator | null): SettingsRead {
  const ignored: IgnoredSetting[] = [];
  const primary = parseObject(stored);
  const fallback = parseObject(lastGood);
  if (stored !== undefined && stored !== null && !primary) ignored.push({ kind: 'unreadable', recovered: fallback !== undefined });
  const source = primary ?? fallback;
  if (!source) return { settings: null, ignored };

  const settings: Record<string, unknown> = {};
  for (const field of KNOWN_FIELDS as SettingsField[]) {
    let read = readField(field, source, validateModel);
    if (read.fault !== undefined) {
      const backup = source === fallback || !fallback ? {} : readField(field, fallback, validateModel);
      const recovered = backup.value !== undefined && backup.fault === undefined;
      ignored.push({ kind: 'field', field, recovered, ...(read.fault === true ? {} : { issue: read.fault }) });
      read = recovered ? backup : {};
    }
    if (read.dropped?.length) ignored.push({ kind: 'mappings', entries: read.dropped });
    if (read.value !== undefined) settings[field] = read.value;
  }
  const unknown = Object.keys(source).filter((key) => !KNOWN_FIELDS.includes(key));
  if (unknown.length) ignored.push({ kind: 'unknown', fields: unknown });

  if (typeof settings.modelId !== 'string' && settings.mappings === undefined && settings.customModel === undefined && settings.assessor === undefined) {
    return { settings: null, ignored };
  }
  const complete: WorkbookSettings = {
    ...(settings as Partial<WorkbookSettings>),
    modelId: typeof settings.modelId === 'string' ? settings.modelId : '',
    mappings: (settings.mappings as Record<string, ColumnMapping> | undefined) ?? {},
  };
  return { settings: complete, ignored };
}

/** Whether what was read holds a fault (unknown fields from a newer version are not one). */
export function hasFault(ignored: IgnoredSetting[]): boolean {
  return ignored.some((entry) => entry.kind !== 'unknown');
}

/**
 * What saving `settings` writes, given what is stored. A save changes only the fields that differ
 * from what the add-in read: a field it could not read (a newer version's model, a value recovered
 * from the last good copy) and fields it does not know stay as stored. The last good copy is
 * replaced only by settings that read cleanly; unreadable text is set aside first.
 */
export function settingsToStore(settings: WorkbookSettings, stored: unknown, lastGood: unknown, validateModel: ModelValidator | null): SettingsToStore {
  const primary = parseObject(stored);
  const base = primary ?? parseObject(lastGood) ?? {};
  const current = readSettings(stored, lastGood, validateModel).settings as Record<string, unknown> | null;
  const merged: Record<string, unknown> = { ...base };
  for (const field of KNOWN_FIELDS) {
    const next = (settings as unknown as Record<string, unknown>)[field];
    if (next === undefined) continue;
    const unchanged = current !== null && field in base && JSON.stringify(current[field]) === JSON.stringify(next);
    if (!unchanged) merged[field] = next;
  }
  const text = JSON.stringify(merged);
  const result: SettingsToStore = { [SETTINGS_KEY]: text };
  if (!hasFault(readSettings(text, undefined, validateModel).ignored)) result[LAST_GOOD_SETTINGS_KEY] = text;
  if (stored !== undefined && stored !== null && !primary) result[DAMAGED_SETTINGS_KEY] = typeof stored === 'string' ? stored : String(stored);
  return result;
}

/** Whether saving may need the model validator: a workbook model is stored or about to be. */
export function settingsCarryModel(settings: WorkbookSettings, ...stored: unknown[]): boolean {
  return settings.customModel !== undefined || stored.some((value) => parseObject(value)?.customModel !== undefined);
}

/** Settings whose shape is right; the workbook's own model, if any, still to be validated. */
export interface StoredSettings {
  settings: Omit<WorkbookSettings, 'customModel'>;
  customModel?: unknown;
}

/** The stored settings' usable fields (JSON text or a value), the workbook's model unvalidated; null when nothing is usable. */
export function readStoredSettings(stored: unknown, lastGood?: unknown): StoredSettings | null {
  const { settings } = readSettings(stored, lastGood, null);
  if (!settings) return null;
  const { customModel, ...rest } = settings;
  return customModel === undefined ? { settings: rest } : { settings: rest, customModel };
}

/**
 * The settings with the workbook's model validated (a model that does not validate is left out),
 * or null when nothing is usable. The validator is passed in so that the add-in can load it only
 * when a workbook carries its own model.
 */
export function completeSettings(stored: StoredSettings | null, validateModel: ModelValidator): WorkbookSettings | null {
  if (!stored) return null;
  if (stored.customModel === undefined) return stored.settings;
  const validated = validateModel(stored.customModel);
  return validated.ok ? { ...stored.settings, customModel: validated.value } : stored.settings;
}

/** What the pane and the typed-change followers work with while the workbook has no settings yet (just built, say): the default model, no mappings. */
export const DEFAULT_SETTINGS: WorkbookSettings = { modelId: DEFAULT_MODEL_ID, mappings: {} };

/** Settings as loaded, with the parts an older or hand-edited workbook may lack filled in; the defaults where none are stored. */
export function settingsInUse(loaded: WorkbookSettings | null): WorkbookSettings {
  if (!loaded) return DEFAULT_SETTINGS;
  return { ...loaded, modelId: loaded.modelId || DEFAULT_MODEL_ID, mappings: loaded.mappings ?? {} };
}
