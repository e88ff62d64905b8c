import { workbookModelsOf } from '../core/model/catalogue';
import { builtInModelList } from '../core/model/registry';
import type { LevelModel } from '../core/model/types';
import { SETTINGS_KEY } from '../core/settings';
import { installCustomFunctions } from '../../test/helpers/custom-functions';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { createOfficeOperations, readWorkbookSettings } from './office-operations';
import { resetStartupBehaviourForTests } from './office-startup';

installCustomFunctions();

const ctAm = builtInModelList().find((m) => m.id === 'ct-am') as LevelModel;
const ours: LevelModel = {
  ...ctAm,
  id: 'ours',
  name: { zh: '我们的模型', en: 'Our model' },
  scale: { ...ctAm.scale, id: 'ours-scale', levels: ctAm.scale.levels.map((l, i) => ({ ...l, label: { zh: `第${i + 1}档`, en: `Band ${i + 1}` } })) },
};

/** Fresh functions and runtime, as in a page that has just loaded with the workbook. */
function loadFunctions() {
  let modules!: { functions: typeof import('../functions/functions'); runtime: typeof import('../functions/runtime') };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.isolateModules loads modules synchronously
    modules = { functions: require('../functions/functions'), runtime: require('../functions/runtime') };
  });
  return modules;
}

function workbookWith(settings: Record<string, unknown>, sets: Record<string, string> = { ExcelApi: '1.19', SharedRuntime: '1.1' }) {
  const workbook = new ExcelWorkbookMock({ sheets: { 评估: [] }, settings, requirementSets: sets });
  const uninstall = workbook.install();
  const startup = jest.fn(async () => undefined);
  (globalThis as unknown as { Office: { addin: Record<string, unknown> } }).Office.addin.setStartupBehavior = startup;
  return { workbook, uninstall, startup };
}

beforeEach(() => resetStartupBehaviourForTests());

describe('a reopened workbook, pane closed', () => {
  it("computes formulas on the workbook's own model: the runtime reads the settings itself, even unfocused and during a cell edit", async () => {
    const { workbook, uninstall } = workbookWith({ [SETTINGS_KEY]: JSON.stringify({ modelId: 'ours', customModel: ours, mappings: {} }) });
    try {
      workbook.focus(false);
      workbook.editCell(true);
      const { functions, runtime } = loadFunctions();
      // Excel recalculates as the file opens: the formula names the workbook's model before it is known.
      const pending = functions.levelNumber([['第3档']], [['ours']]);
      const read = await readWorkbookSettings();
      runtime.functionsModels().setWorkbookModels(workbookModelsOf(read.settings));
      expect(await pending).toEqual([[3]]);
      expect(functions.competencyLevel([[80]], [['ours']])).toEqual([['第3档']]);
    } finally {
      uninstall();
    }
  });

  it('asks Office to load the add-in with a workbook that carries its data, and only then', async () => {
    const carrying = workbookWith({ [SETTINGS_KEY]: JSON.stringify({ modelId: 'ct-am', mappings: {} }) });
    try {
      await readWorkbookSettings();
      expect(carrying.startup).toHaveBeenCalledWith('Load');
    } finally {
      carrying.uninstall();
    }
    resetStartupBehaviourForTests();
    const plain = workbookWith({});
    try {
      await readWorkbookSettings();
      expect(plain.startup).not.toHaveBeenCalled();
      // Saving the add-in's settings makes it a workbook that carries its data.
      await createOfficeOperations().saveSettings({ modelId: 'ct-am', mappings: {} });
      expect(plain.startup).toHaveBeenCalledWith('Load');
    } finally {
      plain.uninstall();
    }
  });

  it('does not ask where there is no shared runtime (the functions then start with the add-in)', async () => {
    const { uninstall, startup } = workbookWith({ [SETTINGS_KEY]: JSON.stringify({ modelId: 'ct-am', mappings: {} }) }, { ExcelApi: '1.9' });
    try {
      await readWorkbookSettings();
      expect(startup).not.toHaveBeenCalled();
    } finally {
      uninstall();
    }
  });
});
