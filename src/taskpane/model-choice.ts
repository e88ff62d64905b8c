import { modelCatalogue, workbookModelsOf, type ModelCatalogue } from '../core/model/catalogue';
import type { CompetencyModel } from '../core/model/types';
import type { WorkbookSettings } from '../host/workbook-operations';

export { DEFAULT_SETTINGS, settingsInUse as completeSettings } from '../core/settings';

export interface ModelChoice {
  model: CompetencyModel;
  /** The workbook's own model (settings.customModel). */
  custom: boolean;
}

/** What the settings' models mean: the workbook's own model shadows a built-in one with its id, as in the functions. */
export function settingsCatalogue(settings: Pick<WorkbookSettings, 'customModel'>): ModelCatalogue {
  return modelCatalogue(workbookModelsOf(settings));
}

/** The models the assessor can pick: the workbook's own first, then the built-in ones. */
export function modelChoices(settings: WorkbookSettings): ModelChoice[] {
  const catalogue = settingsCatalogue(settings);
  return catalogue.models.map((model) => ({ model, custom: catalogue.isWorkbookModel(model) }));
}

/** The chosen model; when the settings name one that is not available, the default and the id asked for. */
export function chosenModel(settings: WorkbookSettings): { model: CompetencyModel; unavailable?: string } {
  return settingsCatalogue(settings).chosen(settings.modelId);
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
