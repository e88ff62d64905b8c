import { localize } from '../core/text';
import { LIST_SHEET } from '../core/plan/list-sources';
import type { CompetencyModel, Locale } from '../core/model/types';
import { FakeExcel, installFakeExcel } from '../../test/office/assessment-fixtures';
import { MARKER, excelComputes, payloadLevelModel, payloadPeople, payloadPointsModel } from '../../test/helpers/text-payloads';
import { createOfficeAssessmentOperations } from './office-assessment';

/** Text from a model or a people list reaches Excel as text: no cell, header or list source computes it. */
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

async function build(model: CompetencyModel, locale: Locale): Promise<FakeExcel> {
  const fake = new FakeExcel();
  uninstall = installFakeExcel(fake);
  await createOfficeAssessmentOperations().buildAssessment({ model, people: payloadPeople(), locale });
  return fake;
}

function entries(fake: FakeExcel) {
  return fake.sheets.flatMap((sheet) => [...sheet.cells].map(([address, cell]) => ({ sheet: sheet.name, address, entry: cell.entry })));
}

describe.each([
  ['a level model', payloadLevelModel],
  ['a points model', payloadPointsModel],
])('building from %s full of formula payloads (Office.js)', (_, makeModel) => {
  it.each<Locale>(['zh-CN', 'en-US'])('writes no formula the add-in did not write itself (%s)', async (locale) => {
    const model = makeModel();
    const fake = await build(model, locale);
    const all = entries(fake);
    const computed = all.filter((c) => excelComputes(c.entry) && String(c.entry).includes(MARKER));
    expect(computed).toEqual([]);
    // The add-in's own formulas are still there, and the payloads are in the workbook as text.
    expect(all.filter((c) => excelComputes(c.entry)).length).toBeGreaterThan(10);
    const texts = new Set(all.map((c) => c.entry).filter((e): e is string => typeof e === 'string' && e.startsWith("'")).map((e) => e.slice(1)));
    const firstLabel = localize(model.scale.levels[0].label, locale);
    expect(texts).toContain(firstLabel);

    for (const sheet of fake.sheets) {
      for (const validation of sheet.validations) {
        const source = validation.rule?.list?.source;
        if (source === undefined) continue;
        // An inline list of payload labels would run ("=…") or split (","): such lists are a range of text cells.
        expect(String(source)).toMatch(new RegExp(`^=${LIST_SHEET}!\\$[A-Z]+\\$1:\\$[A-Z]+\\$\\d+$`));
      }
    }
    expect(fake.sheet(LIST_SHEET)!.values('A1:A1')[0][0]).toBe(firstLabel);
  });
});
