import ctAccountManager from '../../models/ct-account-manager.json';
import cmAccountManager from '../../models/cm-account-manager.json';
import hwServiceManager from '../../models/hw-service-manager.json';
import tier3Scale from '../../models/tier3-scale.json';
import { notAvailable } from '../errors';
import { normalizeName } from '../text';
import type { CompetencyModel, LevelModel, PointsModel, Scale } from './types';

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

/** Models the workbook brings (set by the pane or the workbench); searched before the built-ins. */
let workbookModels: CompetencyModel[] = [];
export function setWorkbookModels(models: CompetencyModel[]): void {
  workbookModels = models;
}

function allModels(): CompetencyModel[] {
  return [...workbookModels, ...builtInModelList()];
}

function modelIds(): string {
  return allModels().map((m) => m.id).join(', ');
}

/** A model by id (case-insensitive); #N/A naming the known ids when there is none. */
export function findModel(id: string | null | undefined): CompetencyModel {
  const wanted = normalizeName(id ?? DEFAULT_MODEL_ID);
  const model = allModels().find((m) => normalizeName(m.id) === wanted);
  if (!model) throw notAvailable(`unknown model "${id}"; known models: ${modelIds()}`);
  return model;
}

export function findLevelModel(id: string | null | undefined): LevelModel {
  const model = findModel(id);
  if (model.kind !== 'levels') throw notAvailable(`model "${model.id}" is a points model; this needs a level-based model`);
  return model;
}

export function findPointsModel(id: string | null | undefined): PointsModel {
  const model = findModel(id ?? 'hw-sm');
  if (model.kind !== 'points') throw notAvailable(`model "${model.id}" is a level-based model; this needs a points model such as hw-sm`);
  return model;
}

/** A scale by its own id or by the id of the model that uses it. */
export function findScale(id: string | null | undefined): Scale {
  const wanted = normalizeName(id ?? DEFAULT_MODEL_ID);
  const scales = [...workbookModels.map((m) => m.scale), ...builtInScaleList()];
  const scale = scales.find((s) => normalizeName(s.id) === wanted) ?? allModels().find((m) => normalizeName(m.id) === wanted)?.scale;
  if (!scale) throw notAvailable(`unknown scale or model "${id}"; known: ${[...new Set([...scales.map((s) => s.id), ...allModels().map((m) => m.id)])].join(', ')}`);
  return scale;
}
