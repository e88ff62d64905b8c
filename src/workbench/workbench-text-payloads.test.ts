import { DEFAULT_ROLE_NAMES, ROLE_IDS } from '../core/raters/roles';
import { localize } from '../core/text';
import { LIST_SHEET } from '../core/plan/list-sources';
import type { CompetencyModel, Locale } from '../core/model/types';
import { MARKER, payloadLevelModel, payloadPeople, payloadPointsModel } from '../../test/helpers/text-payloads';
import { setFunctionLocale } from './hr-plugin';
import { createWorkbenchAssessment } from './workbench-assessment';
import { WorkbenchWorkbook } from './workbook';
import { readXlsx, writeXlsx } from './xlsx';

/** Text from a model or a people list stays text in the workbench, and in the .xlsx it saves. */
setFunctionLocale('zh-CN');

function formulasWithPayload(workbook: WorkbenchWorkbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.sheetNames()) {
    const { rows, columns } = workbook.usedSize(sheet);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        if (!workbook.isFormula(sheet, r, c)) continue;
        const input = String(workbook.input(sheet, r, c));
        if (input.includes(MARKER)) found.push(`${sheet}!R${r + 1}C${c + 1}: ${input}`);
      }
  }
  return found;
}

function texts(workbook: WorkbenchWorkbook): Set<string> {
  const all = new Set<string>();
  for (const sheet of workbook.sheetNames()) {
    const { rows, columns } = workbook.usedSize(sheet);
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (!workbook.isFormula(sheet, r, c)) all.add(workbook.text(sheet, r, c));
  }
  return all;
}

describe.each([
  ['a level model', payloadLevelModel],
  ['a points model', payloadPointsModel],
])('building from %s full of formula payloads (workbench)', (_, makeModel) => {
  it.each<Locale>(['zh-CN', 'en-US'])('writes no formula the add-in did not write itself, before and after an .xlsx round trip (%s)', async (locale) => {
    const model: CompetencyModel = makeModel();
    const workbook = new WorkbenchWorkbook();
    await createWorkbenchAssessment(workbook).buildAssessment({ model, people: payloadPeople(), locale });
    expect(formulasWithPayload(workbook)).toEqual([]);
    const firstLabel = localize(model.scale.levels[0].label, locale);
    expect(texts(workbook)).toContain(firstLabel);
    // The rater roles are the add-in's own names, safe in an inline list.
    const roleNames = ROLE_IDS.map((id) => localize(DEFAULT_ROLE_NAMES[id], locale)).join(',');
    const lists = workbook.validations().filter((v) => v.kind === 'list' && v.values.join(',') !== roleNames);
    expect(lists.length).toBeGreaterThan(0);
    // Level labels come from the hidden list sheet; the selected person's list reads the table's name column.
    for (const list of lists) expect(list.kind === 'list' && list.source).toMatch(new RegExp(`^(${LIST_SHEET}!\\$[A-Z]+\\$1:\\$[A-Z]+\\$\\d+|\\$A\\$\\d+:\\$A\\$\\d+)$`));

    const reopened = await readXlsx(await writeXlsx(workbook));
    expect(formulasWithPayload(reopened)).toEqual([]);
    expect(texts(reopened)).toContain(firstLabel);
    const reopenedList = reopened.validations().find((v) => v.kind === 'list');
    expect(reopenedList?.kind === 'list' && reopenedList.values).toContain(firstLabel);
  }, 30_000);
});
