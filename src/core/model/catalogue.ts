import { CompetencyError } from '../errors';
import { normalizeName } from '../text';
import { clipped, listSaid, type Said } from '../message';
import { catalogueMessages } from './messages';
import { BUILT_IN_MODELS, builtInModelList, builtInModelState, builtInScaleList, DEFAULT_MODEL_ID, onBuiltInModelsChange } from './built-in';
import type { CompetencyModel, LevelModel, PointsModel, Scale } from './types';

/** #N/A for a model or scale name nobody knows (yet): the functions wait for the workbook's models on it. */
export class UnknownModelError extends CompetencyError {
  constructor(said: Said) {
    super('notAvailable', said);
    this.name = 'UnknownModelError';
  }
}

/**
 * #N/A for a built-in model whose data is still on its way: the functions wait on `loaded` and
 * compute again; the pane shows it is loading.
 */
export class ModelLoadingError extends UnknownModelError {
  constructor(
    id: string,
    readonly loaded: Promise<void>,
  ) {
    super(catalogueMessages.modelLoading(id));
    this.name = 'ModelLoadingError';
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
  /**
   * The model settings name; when it is not available, the default one and the id asked for.
   * ModelLoadingError while the built-in it needs is still loading.
   */
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
  // The names a message lists are every built-in's, loaded or not.
  const shadowed = (id: string) => byId.has(normalizeName(id));
  const pendingIds = BUILT_IN_MODELS.filter((entry) => !shadowed(entry.id)).map((entry) => entry.id);
  const modelIds = listSaid([...models.map((m) => m.id), ...pendingIds.filter((id) => !models.some((m) => m.id === id))]);
  const pendingScaleIds = BUILT_IN_MODELS.filter((entry) => !shadowed(entry.id)).flatMap((entry) => [entry.scaleId, entry.id]);
  const scaleIds = listSaid([...new Set([...[...scales.values()].map((s) => s.id), ...models.map((m) => m.id), ...pendingScaleIds])]);

  /**
   * A name no model here has may be a built-in still loading (then ModelLoadingError), one that
   * arrived since this catalogue was made (then it), or one that failed to load.
   */
  const builtInFor = (id: string | null | undefined): CompetencyModel | undefined => {
    const known = builtInModelState(id);
    if (!known || shadowed(known.entry.id)) return undefined;
    if (known.state === 'loading') throw new ModelLoadingError(known.entry.id, known.loaded);
    if (known.state === 'failed') throw new CompetencyError('notAvailable', catalogueMessages.modelNotLoaded(known.entry.id));
    return builtInModelList().find((m) => m.id === known.entry.id);
  };
  const find = (id: string | null | undefined) => byId.get(normalizeName(id ?? DEFAULT_MODEL_ID));
  const model = (id: string | null | undefined) => {
    const found = find(id) ?? builtInFor(id ?? DEFAULT_MODEL_ID);
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
      const name = id ?? DEFAULT_MODEL_ID;
      const found = scales.get(normalizeName(name));
      if (found) return found;
      const builtIn = builtInFor(name);
      if (builtIn) return builtIn.scale;
      throw new UnknownModelError(catalogueMessages.unknownScale(clipped(String(id)), scaleIds));
    },
    chosen(modelId) {
      const found = find(modelId) ?? (modelId ? builtInOrNothing(modelId) : undefined);
      if (found) return { model: found };
      return { model: fallback(), unavailable: modelId ?? undefined };
    },
  };

  /** The default model, or while it cannot be loaded the first one there is. */
  function fallback(): CompetencyModel {
    try {
      return model(DEFAULT_MODEL_ID);
    } catch (error) {
      if (error instanceof ModelLoadingError || !models[0]) throw error;
      return models[0];
    }
  }

  /** A built-in the settings name, waited for while it loads; one that failed counts as not available. */
  function builtInOrNothing(id: string): CompetencyModel | undefined {
    try {
      return builtInFor(id);
    } catch (error) {
      if (error instanceof ModelLoadingError) throw error;
      return undefined;
    }
  }
}

/** The models a workbook's settings bring of their own (today at most one, its imported model). */
export function workbookModelsOf(settings: { customModel?: CompetencyModel } | null | undefined): CompetencyModel[] {
  return settings?.customModel ? [settings.customModel] : [];
}

let builtIns: ModelCatalogue | null = null;
onBuiltInModelsChange(() => (builtIns = null));

/** The built-in models alone (what a workbook without models of its own can name), as loaded so far. */
export function builtInCatalogue(): ModelCatalogue {
  return (builtIns ??= modelCatalogue());
}
