import { CompetencyError } from '../errors';
import { normalizeName } from '../text';
import { clipped, listSaid, type Said } from '../message';
import { catalogueMessages } from './messages';
import { builtInModelList, builtInScaleList, DEFAULT_MODEL_ID } from './built-in';
import type { CompetencyModel, LevelModel, PointsModel, Scale } from './types';

/** #N/A for a model or scale name nobody knows (yet): the functions wait for the workbook's models on it. */
export class UnknownModelError extends CompetencyError {
  constructor(said: Said) {
    super('notAvailable', said);
    this.name = 'UnknownModelError';
  }
}

/** The points model a formula uses when it names none. */
export const DEFAULT_POINTS_MODEL_ID = 'hw-sm';

/**
 * The models one workbook can name: its own models, then the built-in ones. A workbook model
 * shadows a built-in one with the same id; ids compare case-insensitively, as formulas do.
 */
export interface ModelCatalogue {
  /** The workbook's own models first, then the built-ins they do not shadow. */
  readonly models: readonly CompetencyModel[];
  isWorkbookModel(model: CompetencyModel): boolean;
  /** The model a name means, or undefined. */
  find(id: string | null | undefined): CompetencyModel | undefined;
  /** The model a name means (default ct-am); #N/A naming the known ids when there is none. */
  model(id: string | null | undefined): CompetencyModel;
  levelModel(id: string | null | undefined): LevelModel;
  pointsModel(id: string | null | undefined): PointsModel;
  /** A scale by its own id or by the id of the model that uses it (default ct-am's). */
  scale(id: string | null | undefined): Scale;
  /** The model settings name; when it is not available, the default one and the id asked for. */
  chosen(modelId: string | null | undefined): { model: CompetencyModel; unavailable?: string };
}

export function modelCatalogue(workbookModels: readonly CompetencyModel[] = []): ModelCatalogue {
  const own = new Set(workbookModels);
  const byId = new Map<string, CompetencyModel>();
  for (const model of [...workbookModels, ...builtInModelList()]) if (!byId.has(normalizeName(model.id))) byId.set(normalizeName(model.id), model);
  const models = [...byId.values()];
  const scales = new Map<string, Scale>();
  for (const scale of [...workbookModels.map((m) => m.scale), ...builtInScaleList()]) if (!scales.has(normalizeName(scale.id))) scales.set(normalizeName(scale.id), scale);
  for (const model of models) if (!scales.has(normalizeName(model.id))) scales.set(normalizeName(model.id), model.scale);
  const modelIds = listSaid(models.map((m) => m.id));
  const scaleIds = listSaid([...new Set([...[...scales.values()].map((s) => s.id), ...models.map((m) => m.id)])]);

  const find = (id: string | null | undefined) => byId.get(normalizeName(id ?? DEFAULT_MODEL_ID));
  const model = (id: string | null | undefined) => {
    const found = find(id);
    if (!found) throw new UnknownModelError(catalogueMessages.unknownModel(clipped(String(id)), modelIds));
    return found;
  };
  return {
    models,
    isWorkbookModel: (m) => own.has(m),
    find,
    model,
    levelModel(id) {
      const found = model(id);
      if (found.kind !== 'levels') throw new CompetencyError('notAvailable', catalogueMessages.pointsModelGiven(found.id));
      return found;
    },
    pointsModel(id) {
      const found = model(id ?? DEFAULT_POINTS_MODEL_ID);
      if (found.kind !== 'points') throw new CompetencyError('notAvailable', catalogueMessages.levelModelGiven(found.id, DEFAULT_POINTS_MODEL_ID));
      return found;
    },
    scale(id) {
      const found = scales.get(normalizeName(id ?? DEFAULT_MODEL_ID));
      if (!found) throw new UnknownModelError(catalogueMessages.unknownScale(clipped(String(id)), scaleIds));
      return found;
    },
    chosen(modelId) {
      const found = find(modelId);
      if (found) return { model: found };
      return { model: find(DEFAULT_MODEL_ID) ?? models[0], unavailable: modelId ?? undefined };
    },
  };
}

/** The models a workbook's settings bring of their own (today at most one, its imported model). */
export function workbookModelsOf(settings: { customModel?: CompetencyModel } | null | undefined): CompetencyModel[] {
  return settings?.customModel ? [settings.customModel] : [];
}

/** The built-in models alone (what a workbook without models of its own can name). */
export const builtInCatalogue: ModelCatalogue = modelCatalogue();
