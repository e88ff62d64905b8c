import ctAccountManager from '../../models/ct-account-manager.json';
import cmAccountManager from '../../models/cm-account-manager.json';
import hwServiceManager from '../../models/hw-service-manager.json';
import tier3Scale from '../../models/tier3-scale.json';
import type { CompetencyModel, Scale } from './types';

/** The model a formula uses when it names none: the China Telecom account-manager model (seed 003). */
export const DEFAULT_MODEL_ID = 'ct-am';

/**
 * The built-in models. They are fixed data checked against the schema by the tests
 * (src/models/models.test.ts), so the add-in does not load the validator to start: it is
 * loaded only when a user's model is imported.
 */
const builtInModels = [ctAccountManager, cmAccountManager, hwServiceManager] as CompetencyModel[];
const builtInScales = [tier3Scale as Scale, ...builtInModels.map((m) => m.scale)];

export function builtInModelList(): CompetencyModel[] {
  return builtInModels;
}

/** The built-in stand-alone scales plus each built-in model's scale. */
export function builtInScaleList(): Scale[] {
  return builtInScales;
}
