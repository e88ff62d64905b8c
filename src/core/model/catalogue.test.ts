import { builtInModelList } from './registry';
import { modelCatalogue, UnknownModelError, workbookModelsOf } from './catalogue';
import { ModelSource } from './model-source';
import type { LevelModel } from './types';

const ctAm = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;
const own = (id: string): LevelModel => ({ ...ctAm, id, name: { zh: '我们的', en: 'Ours' }, scale: { ...ctAm.scale, id: `${id}-scale` } });

describe('modelCatalogue: which model a name means', () => {
  it('lists the workbook model first; a workbook model shadows the built-in with its id, in any case', () => {
    const mine = own('CT-AM');
    const catalogue = modelCatalogue([mine]);
    expect(catalogue.models.map((m) => m.id)).toEqual(['CT-AM', 'cm-gcam', 'hw-sm']);
    expect(catalogue.model('ct-am')).toBe(mine);
    expect(catalogue.model(null)).toBe(mine);
    expect(catalogue.isWorkbookModel(mine)).toBe(true);
    expect(catalogue.scale('ct-am')).toBe(mine.scale);
    expect(catalogue.chosen('Ct-Am').model).toBe(mine);
  });

  it('finds scales by their own id or by their model id, built-in stand-alone scales included', () => {
    const catalogue = modelCatalogue([own('ours')]);
    expect(catalogue.scale('ours-scale').id).toBe('ours-scale');
    expect(catalogue.scale('ours').id).toBe('ours-scale');
    expect(catalogue.scale('TIER3').id).toBe('tier3');
  });

  it('names unknown models as UnknownModelError (#N/A) with the known ids, quoting long names cut short', () => {
    const catalogue = modelCatalogue();
    expect(() => catalogue.model('nope')).toThrow(UnknownModelError);
    expect(() => catalogue.model('nope')).toThrow('There is no model "nope"; the known models are ct-am, cm-gcam, hw-sm.');
    expect(() => catalogue.scale('x'.repeat(100_000))).toThrow(expect.objectContaining({ message: expect.stringMatching(/^.{0,300}$/s) }) as unknown as Error);
    expect(() => catalogue.levelModel('hw-sm')).toThrow('is a points model');
    expect(() => catalogue.pointsModel('ct-am')).toThrow('is a level-based model');
    expect(catalogue.pointsModel(null).id).toBe('hw-sm');
  });

  it('falls back to the default model when the settings name one that is not there', () => {
    expect(modelCatalogue().chosen('gone')).toMatchObject({ model: { id: 'ct-am' }, unavailable: 'gone' });
    expect(workbookModelsOf(null)).toEqual([]);
  });
});

describe('ModelSource', () => {
  it('knows the built-ins at once and settles ready when the workbook models are known', async () => {
    const source = new ModelSource();
    expect(source.isReady).toBe(false);
    expect(source.catalogue().model('ct-am').id).toBe('ct-am');
    expect(() => source.catalogue().model('ours')).toThrow(UnknownModelError);
    const seen: string[][] = [];
    source.subscribe((catalogue) => seen.push(catalogue.models.map((m) => m.id)));
    const mine = own('ours');
    source.setWorkbookModels([mine]);
    await source.ready;
    expect(source.isReady).toBe(true);
    expect(source.catalogue().model('ours')).toBe(mine);
    source.setWorkbookModels([mine]);
    source.setWorkbookModels([]);
    expect(seen).toEqual([['ours', 'ct-am', 'cm-gcam', 'hw-sm'], ['ct-am', 'cm-gcam', 'hw-sm']]);
  });

  it('tells its listeners nothing when the same models are read again as new objects, and tells them of a real change', () => {
    const source = new ModelSource();
    const seen: string[] = [];
    source.subscribe((catalogue) => seen.push(catalogue.models.map((m) => `${m.id}@${m.version}`).join(',')));
    source.setWorkbookModels([own('ours')]);
    // The pane and the runtime each parse the settings: equal models, other objects.
    source.setWorkbookModels([structuredClone(own('ours'))]);
    source.setWorkbookModels([{ ...own('ours'), version: '2' }]);
    expect(seen).toEqual(['ours@1,ct-am@1,cm-gcam@1,hw-sm@1', 'ours@2,ct-am@1,cm-gcam@1,hw-sm@1']);
  });
});
