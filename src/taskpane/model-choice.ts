import { DEFAULT_MODEL_ID, builtInModelList } from '../core/model/registry';
import type { CompetencyModel } from '../core/model/types';
import type { WorkbookSettings } from '../host/workbook-operations';

/** What the pane starts from when the workbook has no settings yet. */
export const DEFAULT_SETTINGS: WorkbookSettings = { modelId: DEFAULT_MODEL_ID, mappings: {} };

/** Settings as loaded, with the parts an older or hand-edited workbook may lack filled in. */
export function completeSettings(loaded: WorkbookSettings | null): WorkbookSettings {
  if (!loaded) return DEFAULT_SETTINGS;
  return { ...loaded, modelId: loaded.modelId || DEFAULT_MODEL_ID, mappings: loaded.mappings ?? {} };
}

export interface ModelChoice {
  model: CompetencyModel;
  /** The workbook's own model (settings.customModel). */
  custom: boolean;
}

/**
 * The models the assessor can pick: the workbook's own first, then the built-in ones. A workbook
 * model with a built-in's id replaces that built-in, as it does for the custom functions (registry).
 */
export function modelChoices(settings: WorkbookSettings): ModelChoice[] {
  const custom = settings.customModel;
  const builtIn = builtInModelList().filter((m) => m.id !== custom?.id).map((model) => ({ model, custom: false }));
  return custom ? [{ model: custom, custom: true }, ...builtIn] : builtIn;
}

/** The chosen model; when the settings name one that is not available, the default and the id asked for. */
export function chosenModel(settings: WorkbookSettings): { model: CompetencyModel; unavailable?: string } {
  const choices = modelChoices(settings);
  const found = choices.find((c) => c.model.id === settings.modelId);
  if (found) return { model: found.model };
  const fallback = choices.find((c) => c.model.id === DEFAULT_MODEL_ID) ?? choices[0];
  return { model: fallback.model, unavailable: settings.modelId };
}

/** A file's text (File.text where the host has it, FileReader elsewhere). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}
