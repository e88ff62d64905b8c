import tier3Scale from '../../models/tier3-scale.json';
import { normalizeName } from '../text';
import type { CompetencyModel, LocalText, Scale } from './types';

/** The model a formula uses when it names none: the China Telecom account-manager model (seed 003). */
export const DEFAULT_MODEL_ID = 'ct-am';

/** What is known of a built-in model before its data is loaded: enough to list it and to know its names. */
export interface BuiltInModelEntry {
  id: string;
  version: string;
  kind: CompetencyModel['kind'];
  name: LocalText;
  scaleId: string;
}

/**
 * The built-in models. Their data (competencies, indicators, both languages' text) is most of the
 * pane's first download, so each is its own chunk, loaded on first need; this index says what
 * there is meanwhile (src/models/models.test.ts checks it against the files). The data is fixed
 * and checked against the schema by those tests, so no validator is loaded to start.
 */
export const BUILT_IN_MODELS: readonly BuiltInModelEntry[] = [
  {
    id: 'ct-am',
    version: '1',
    kind: 'levels',
    name: { zh: '中国电信政企客户经理能力素质模型', en: 'China Telecom enterprise-customer account manager competency model' },
    scaleId: 'ct-am-scale',
  },
  {
    id: 'cm-gcam',
    version: '1',
    kind: 'levels',
    name: { zh: '中国移动集团客户经理能力模型', en: 'China Mobile group-customer account manager competency model' },
    scaleId: 'cm-gcam-scale',
  },
  { id: 'hw-sm', version: '1', kind: 'points', name: { zh: '服务经理任职资格标准', en: 'Service manager qualification standard' }, scaleId: 'hw-sm-scale' },
];

type ModelModule = { default: unknown };

const loaders: Record<string, () => Promise<ModelModule>> = {
  'ct-am': () => import(/* webpackChunkName: "model-ct-am" */ '../../models/ct-account-manager.json'),
  'cm-gcam': () => import(/* webpackChunkName: "model-cm-gcam" */ '../../models/cm-account-manager.json'),
  'hw-sm': () => import(/* webpackChunkName: "model-hw-sm" */ '../../models/hw-service-manager.json'),
};

const loaded = new Map<string, CompetencyModel>();
const loading = new Map<string, Promise<void>>();
/** Built-ins whose chunk did not arrive (the connection dropped): named as unavailable until asked for again. */
const failed = new Set<string>();
const listeners = new Set<() => void>();
let loadedList: CompetencyModel[] = [];
let scaleList: Scale[] = [tier3Scale as Scale];

function entryOf(id: string | null | undefined): BuiltInModelEntry | undefined {
  const wanted = normalizeName(id ?? DEFAULT_MODEL_ID);
  return BUILT_IN_MODELS.find((entry) => normalizeName(entry.id) === wanted || normalizeName(entry.scaleId) === wanted);
}

function settle(id: string, model: CompetencyModel | null): void {
  loading.delete(id);
  if (model) {
    loaded.set(id, model);
    failed.delete(id);
  } else failed.add(id);
  // Index order, whatever order the chunks arrived in.
  loadedList = BUILT_IN_MODELS.flatMap((entry) => loaded.get(entry.id) ?? []);
  scaleList = [tier3Scale as Scale, ...loadedList.map((m) => m.scale)];
  for (const listener of listeners) listener();
}

/**
 * Loads the built-in model a name means (a model id or its scale's id; default ct-am), once:
 * settles when it is there, or when it could not be loaded (never rejects). A name that is no
 * built-in model settles at once. A model that failed before is tried again.
 */
export function loadBuiltInModel(id: string | null | undefined): Promise<void> {
  const entry = entryOf(id);
  if (!entry || loaded.has(entry.id)) return Promise.resolve();
  let pending = loading.get(entry.id);
  if (!pending) {
    pending = loaders[entry.id]().then(
      (module) => settle(entry.id, module.default as CompetencyModel),
      () => settle(entry.id, null),
    );
    loading.set(entry.id, pending);
  }
  return pending;
}

/** Loads every built-in model (the workbench, whose formulas cannot wait, and Node scripts). */
export async function loadBuiltInModels(): Promise<void> {
  await Promise.all(BUILT_IN_MODELS.map((entry) => loadBuiltInModel(entry.id)));
}

/** Built-in models already at hand (a Node script or a test that read the files): known at once. */
export function addLoadedBuiltInModels(models: readonly CompetencyModel[]): void {
  for (const model of models) if (entryOf(model.id)?.id === model.id && !loaded.has(model.id)) settle(model.id, model);
}

/**
 * Where a built-in model a name means stands: 'loaded'; 'loading' (started now if it had not
 * been: a look-up is a need); 'failed'; or undefined for a name that is no built-in model.
 */
export function builtInModelState(id: string | null | undefined): { state: 'loaded' | 'failed'; entry: BuiltInModelEntry } | { state: 'loading'; entry: BuiltInModelEntry; loaded: Promise<void> } | undefined {
  const entry = entryOf(id);
  if (!entry) return undefined;
  if (loaded.has(entry.id)) return { state: 'loaded', entry };
  if (failed.has(entry.id)) return { state: 'failed', entry };
  return { state: 'loading', entry, loaded: loadBuiltInModel(entry.id) };
}

/** True while some built-in model's chunk is on its way. */
export function builtInModelsLoading(): boolean {
  return loading.size > 0;
}

/** Calls the listener whenever a built-in model arrived (or failed to); returns the unsubscribe. */
export function onBuiltInModelsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The built-in models loaded so far, in index order. */
export function builtInModelList(): CompetencyModel[] {
  return loadedList;
}

/** The built-in stand-alone scales plus each loaded built-in model's scale. */
export function builtInScaleList(): Scale[] {
  return scaleList;
}
