import type * as BuiltIn from './built-in';
import type * as Catalogue from './catalogue';
import type * as Source from './model-source';
import type { CompetencyModel } from './types';

/** A fresh copy of the built-in models' loading, as a page has it before any model's chunk arrived. */
function fresh(failing: string[] = []) {
  let modules!: { builtIn: typeof BuiltIn; catalogue: typeof Catalogue; source: typeof Source };
  jest.isolateModules(() => {
    // A model file that cannot be read stands for a chunk that did not arrive.
    for (const file of failing)
      jest.doMock(`../../models/${file}.json`, () => {
        throw new Error('the connection dropped');
      });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules loads modules synchronously
    modules = { builtIn: require('./built-in'), catalogue: require('./catalogue'), source: require('./model-source') };
  });
  return modules;
}

afterEach(() => jest.resetModules());

describe('built-in models loaded on first need', () => {
  it('are known by name before their data: a look-up says the model is loading and starts it, then finds it', async () => {
    const { builtIn, catalogue } = fresh();
    expect(builtIn.builtInModelList()).toEqual([]);
    const models = catalogue.modelCatalogue();
    let loading: unknown;
    try {
      models.model('CM-GCAM');
    } catch (error) {
      loading = error;
    }
    expect(loading).toBeInstanceOf(catalogue.ModelLoadingError);
    expect(loading).toBeInstanceOf(catalogue.UnknownModelError);
    expect(builtIn.builtInModelsLoading()).toBe(true);
    await (loading as Catalogue.ModelLoadingError).loaded;
    expect(builtIn.builtInModelsLoading()).toBe(false);
    expect(builtIn.builtInModelList().map((m) => m.id)).toEqual(['cm-gcam']);
    // The catalogue made before the data came finds it now, as a new one does.
    expect(models.levelModel('cm-gcam').competencies.length).toBeGreaterThan(0);
    expect(catalogue.modelCatalogue().scale('cm-gcam-scale').id).toBe('cm-gcam-scale');
    // Nothing else was loaded for it.
    expect(() => catalogue.modelCatalogue().pointsModel(null)).toThrow(catalogue.ModelLoadingError);
  });

  it('a scale named by its own id loads the model it belongs to; a name no model has is unknown at once', async () => {
    const { builtIn, catalogue } = fresh();
    expect(() => catalogue.builtInCatalogue().scale('ct-am-scale')).toThrow(catalogue.ModelLoadingError);
    await builtIn.loadBuiltInModel('ct-am-scale');
    expect(catalogue.builtInCatalogue().scale('ct-am-scale').levels.map((l) => l.label.zh)).toEqual(['初级', '中级', '高级', '资深']);
    expect(catalogue.builtInCatalogue().scale(null).id).toBe('ct-am-scale');
    const unknown = (() => {
      try {
        catalogue.builtInCatalogue().model('nope');
      } catch (error) {
        return error;
      }
    })();
    expect(unknown).toBeInstanceOf(catalogue.UnknownModelError);
    expect(unknown).not.toBeInstanceOf(catalogue.ModelLoadingError);
    // The message names every built-in model, loaded or not.
    const message = (unknown as Catalogue.UnknownModelError).said.in('en-US');
    for (const id of ['ct-am', 'cm-gcam', 'hw-sm']) expect(message).toContain(id);
  });

  it('the settings’ choice waits for the model it names and for the default it falls back to', async () => {
    const { builtIn, catalogue } = fresh();
    expect(() => catalogue.modelCatalogue().chosen('hw-sm')).toThrow(catalogue.ModelLoadingError);
    expect(() => catalogue.modelCatalogue().chosen('nope')).toThrow(catalogue.ModelLoadingError);
    await builtIn.loadBuiltInModels();
    expect(catalogue.modelCatalogue().chosen('hw-sm').model.kind).toBe('points');
    expect(catalogue.modelCatalogue().chosen('nope')).toMatchObject({ model: { id: 'ct-am' }, unavailable: 'nope' });
  });

  it('a workbook model shadowing a built-in one is used without loading the built-in', () => {
    const { builtIn, catalogue } = fresh();
    const ours = { ...(jest.requireActual('../../models/ct-account-manager.json') as CompetencyModel), name: { en: 'Ours' } };
    expect(catalogue.modelCatalogue([ours]).model('ct-am')).toBe(ours);
    expect(builtIn.builtInModelsLoading()).toBe(false);
  });

  it('tells the model source, which hands out a catalogue with the model and tells its listeners', async () => {
    const { builtIn, source } = fresh();
    const models = new source.ModelSource();
    const heard = jest.fn();
    models.subscribe(heard);
    models.setWorkbookModels([]);
    heard.mockClear();
    await builtIn.loadBuiltInModel('hw-sm');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(models.catalogue().pointsModel('hw-sm').id).toBe('hw-sm');
  });

  it('a model whose data did not arrive is named as not loaded (no endless wait); asked for again, it is tried again', async () => {
    const { builtIn, catalogue } = fresh(['hw-service-manager']);
    await builtIn.loadBuiltInModel('hw-sm');
    expect(builtIn.builtInModelsLoading()).toBe(false);
    let failure: unknown;
    try {
      catalogue.modelCatalogue().pointsModel('hw-sm');
    } catch (error) {
      failure = error;
    }
    expect(failure).not.toBeInstanceOf(catalogue.UnknownModelError);
    expect(failure).toMatchObject({ kind: 'notAvailable' });
    expect((failure as Catalogue.UnknownModelError).said.in('en-US')).toContain('"hw-sm" could not be loaded');
    expect((failure as Catalogue.UnknownModelError).said.in('zh-CN')).toContain('未能加载');
    // Still not there: the second try settles too.
    await builtIn.loadBuiltInModel('hw-sm');
    expect(builtIn.builtInModelList()).toEqual([]);
  });
});
