import { ModelLoadingError, modelCatalogue, workbookModelsOf, type ModelCatalogue } from '../core/model/catalogue';
import { normalizeName } from '../core/text';
import { BUILT_IN_MODELS } from '../core/model/built-in';
import type { CompetencyModel, LocalText } from '../core/model/types';
import type { WorkbookSettings } from '../host/workbook-operations';

export { DEFAULT_SETTINGS, settingsInUse as completeSettings } from '../core/settings';

export interface ModelChoice {
  id: string;
  name: LocalText;
  /** The workbook's own model (settings.customModel). */
  custom: boolean;
}

/** What the settings' models mean: the workbook's own model shadows a built-in one with its id, as in the functions. */
export function settingsCatalogue(settings: Pick<WorkbookSettings, 'customModel'>): ModelCatalogue {
  return modelCatalogue(workbookModelsOf(settings));
}

/** The models the assessor can pick: the workbook's own first, then the built-in ones (loaded or not: choosing one loads it). */
export function modelChoices(settings: WorkbookSettings): ModelChoice[] {
  const own = workbookModelsOf(settings).map((model) => ({ id: model.id, name: model.name, custom: true }));
  const builtIns = BUILT_IN_MODELS.filter((entry) => !own.some((model) => normalizeName(model.id) === normalizeName(entry.id))).map((entry) => ({ id: entry.id, name: entry.name, custom: false }));
  return [...own, ...builtIns];
}

/**
 * The chosen model; when the settings name one that is not available, the default and the id
 * asked for; null while the built-in model it needs is still loading.
 */
export function chosenModel(settings: WorkbookSettings): { model: CompetencyModel; unavailable?: string } | null {
  try {
    return settingsCatalogue(settings).chosen(settings.modelId);
  } catch (error) {
    if (error instanceof ModelLoadingError) return null;
    throw error;
  }
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
