import { findLevelModel } from '../../src/core/model/registry';
import type { LevelModel } from '../../src/core/model/types';
import { DAMAGED_SETTINGS_KEY, LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, type WorkbookSettings } from '../../src/core/settings';
import type { WorkbookOperations } from '../../src/host/workbook-operations';

/**
 * The same settings faults on both hosts: a wrong type, a field a newer version wrote, truncated
 * JSON, a model this version cannot read. Each keeps the workbook's own model, its mappings and
 * the assessor, reports what it did not use, and a later save loses none of it.
 */

export interface SettingsHost {
  /** A host whose workbook holds these raw settings items (key -> stored text). */
  open(items: Record<string, string>): WorkbookOperations;
  /** The raw text stored under a key, after the operations ran. */
  stored(key: string): unknown;
}

const ownModel: LevelModel = { ...findLevelModel('ct-am'), id: 'our-model', version: '2' };
const mappings = { Ratings: { Listening: 'communication-and-listening', Notes: null } };
const good: WorkbookSettings = { modelId: 'our-model', customModel: ownModel, mappings, assessor: '赵六' };
const goodText = JSON.stringify(good);
/** What a newer version might add: a field this version does not know. */
const newerField = { reviewCycle: { name: '2027 H1', closes: '2027-06-30' } };

function parsed(value: unknown): Record<string, unknown> {
  return JSON.parse(String(value)) as Record<string, unknown>;
}

export function describeSettingsKeeping(hostName: string, host: SettingsHost): void {
  describe(`settings that are partly wrong (${hostName})`, () => {
    it('a wrong type in one field leaves the model, mappings and assessor in use, says so, and a save repairs only that field', async () => {
      const ops = host.open({ [SETTINGS_KEY]: JSON.stringify({ ...good, assessor: 42 }) });
      const read = await ops.loadSettings();
      expect(read.settings).toEqual({ modelId: 'our-model', customModel: ownModel, mappings });
      expect(read.ignored).toEqual([{ kind: 'field', field: 'assessor', recovered: false }]);

      await ops.saveSettings({ ...read.settings!, assessor: '钱七' });
      expect((await ops.loadSettings()).settings).toEqual({ ...good, assessor: '钱七' });
      expect(parsed(host.stored(LAST_GOOD_SETTINGS_KEY))).toEqual({ ...good, assessor: '钱七' });
    });

    it('a wrong type with a last good copy takes that field from the copy', async () => {
      const ops = host.open({ [SETTINGS_KEY]: JSON.stringify({ ...good, modelId: 7 }), [LAST_GOOD_SETTINGS_KEY]: goodText });
      const read = await ops.loadSettings();
      expect(read.settings).toEqual(good);
      expect(read.ignored).toEqual([{ kind: 'field', field: 'modelId', recovered: true }]);
    });

    it('a mapping to a number drops that mapping only', async () => {
      const ops = host.open({ [SETTINGS_KEY]: JSON.stringify({ ...good, mappings: { Ratings: { ...mappings.Ratings, Score: 3 } } }) });
      const read = await ops.loadSettings();
      expect(read.settings).toEqual(good);
      expect(read.ignored).toEqual([{ kind: 'mappings', entries: ['Ratings / Score'] }]);
    });

    it('a field from a newer version is used as nothing, reported, and kept on every save', async () => {
      const ops = host.open({ [SETTINGS_KEY]: JSON.stringify({ ...good, ...newerField }) });
      const read = await ops.loadSettings();
      expect(read.settings).toEqual(good);
      expect(read.ignored).toEqual([{ kind: 'unknown', fields: ['reviewCycle'] }]);

      await ops.saveSettings({ ...read.settings!, mappings: {} });
      expect(parsed(host.stored(SETTINGS_KEY))).toEqual({ ...good, ...newerField, mappings: {} });
      expect((await ops.loadSettings()).settings).toEqual({ ...good, mappings: {} });
    });

    it('truncated JSON falls back to the last good copy, and a save sets the damaged text aside', async () => {
      const truncated = JSON.stringify({ ...good, assessor: '孙八' }).slice(0, 200);
      const ops = host.open({ [SETTINGS_KEY]: truncated, [LAST_GOOD_SETTINGS_KEY]: goodText });
      const read = await ops.loadSettings();
      expect(read.settings).toEqual(good);
      expect(read.ignored).toEqual([{ kind: 'unreadable', recovered: true }]);

      await ops.saveSettings({ ...read.settings!, assessor: '孙八' });
      expect(host.stored(DAMAGED_SETTINGS_KEY)).toBe(truncated);
      expect(await ops.loadSettings()).toEqual({ settings: { ...good, assessor: '孙八' }, ignored: [] });
    });

    it('truncated JSON without a copy shows the defaults and says so, and the text is not lost on the next save', async () => {
      const truncated = goodText.slice(0, 120);
      const ops = host.open({ [SETTINGS_KEY]: truncated });
      expect(await ops.loadSettings()).toEqual({ settings: null, ignored: [{ kind: 'unreadable', recovered: false }] });
      await ops.saveSettings({ modelId: 'ct-am', mappings: {} });
      expect(host.stored(DAMAGED_SETTINGS_KEY)).toBe(truncated);
    });

    it('a model this version cannot read uses the last good one, and a save keeps the unreadable one as stored', async () => {
      const newerModel = { ...ownModel, version: '3', competencies: [{ ...ownModel.competencies[0], kind: 'simulation' }] };
      const ops = host.open({ [SETTINGS_KEY]: JSON.stringify({ ...good, customModel: newerModel }), [LAST_GOOD_SETTINGS_KEY]: goodText });
      const read = await ops.loadSettings();
      expect(read.settings).toEqual(good);
      expect(read.ignored).toEqual([{ kind: 'field', field: 'customModel', recovered: true, issue: expect.objectContaining({ path: expect.any(String) }) }]);

      await ops.saveSettings({ ...read.settings!, assessor: '周九' });
      expect(parsed(host.stored(SETTINGS_KEY))).toEqual({ ...good, customModel: newerModel, assessor: '周九' });
      // The copy is replaced only by settings that read cleanly.
      expect(host.stored(LAST_GOOD_SETTINGS_KEY)).toBe(goodText);
    });

    it('clean settings read back as saved, with their last good copy', async () => {
      const ops = host.open({});
      expect(await ops.loadSettings()).toEqual({ settings: null, ignored: [] });
      await ops.saveSettings(good);
      expect(await ops.loadSettings()).toEqual({ settings: good, ignored: [] });
      expect(parsed(host.stored(LAST_GOOD_SETTINGS_KEY))).toEqual(good);
    });
  });
}
