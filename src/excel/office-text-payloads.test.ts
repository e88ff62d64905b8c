import { DEFAULT_ROLE_NAMES, ROLE_IDS } from '../core/raters/roles';
import { localize } from '../core/text';
import { LIST_SHEET } from '../core/plan/list-sources';
import type { CompetencyModel, Locale } from '../core/model/types';
import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { MARKER, payloadLevelModel, payloadPeople, payloadPointsModel } from '../../test/helpers/text-payloads';
import { createOfficeAssessmentOperations } from './office-assessment';

/** Text from a model or a people list reaches Excel as text: no cell, header or list source computes it. */
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

async function build(model: CompetencyModel, locale: Locale): Promise<ExcelWorkbookMock> {
  const workbook = new ExcelWorkbookMock();
  uninstall = workbook.install();
  await createOfficeAssessmentOperations().buildAssessment({ model, people: payloadPeople(), locale });
  return workbook;
}

describe.each([
  ['a level model', payloadLevelModel],
  ['a points model', payloadPointsModel],
])('building from %s full of formula payloads (Office.js)', (_, makeModel) => {
  it.each<Locale>(['zh-CN', 'en-US'])('writes no formula the add-in did not write itself (%s)', async (locale) => {
    const model = makeModel();
    const workbook = await build(model, locale);
    // Excel's reading of what was written (the mock reads input as Excel reads typed text).
    const all = workbook.allCells();
    const computed = all.filter((c) => c.formula !== undefined && c.formula.includes(MARKER));
    expect(computed).toEqual([]);
    // The add-in's own formulas are still there, and the payloads are in the workbook as text.
    expect(all.filter((c) => c.formula !== undefined).length).toBeGreaterThan(10);
    const texts = new Set(all.filter((c) => c.formula === undefined && typeof c.value === 'string').map((c) => c.value));
    const firstLabel = localize(model.scale.levels[0].label, locale);
    expect(texts).toContain(firstLabel);
    expect(all.filter((c) => c.formula === undefined && String(c.value).includes(MARKER)).length).toBeGreaterThan(0);

    for (const sheet of workbook.sheetNames()) {
      for (const validation of workbook.sheet(sheet)!.validations) {
        const source = (validation.rule as Excel.DataValidationRule | undefined)?.list?.source;
        // The rater roles are the add-in's own names, safe in an inline list.
        if (source === undefined || String(source) === ROLE_IDS.map((id) => localize(DEFAULT_ROLE_NAMES[id], locale)).join(',')) continue;
        // An inline list of payload labels would run ("=…") or split (","): such lists are a range of text cells
        // (the selected person's list is the table's own name column).
        expect(String(source)).toMatch(new RegExp(`^(='${LIST_SHEET}'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$\\d+|=\\$A\\$\\d+:\\$A\\$\\d+)$`));
      }
    }
    expect(workbook.values(LIST_SHEET, 'A1:A1')[0][0]).toBe(firstLabel);
  });
});
