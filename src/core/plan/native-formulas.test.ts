import { DetailedCellError, type CellValue } from 'hyperformula';
import { applyPlanToHyperFormula, type PlanWorkbook } from '../../../test/helpers/plan-hyperformula';
import { payloadLevelModel } from '../../../test/helpers/text-payloads';
import { findLevelModel, findPointsModel } from '../model/registry';
import { functionsModels } from '../../functions/runtime';
import type { CompetencyModel, LevelModel, Locale, PointsModel } from '../model/types';
import { localize } from '../text';
import { ASSESSMENT_TABLE, POINTS_TABLE } from './labels';
import { nativeFormula } from './native-formulas';
import type { PlanCell, WorkbookPlan } from './plan';
import { planAssessmentWorkbook } from './workbook-plan';

/**
 * The native copy computes what the HR functions compute: the same plan built twice in
 * HyperFormula, once as the add-in writes it and once with every formula mapped by nativeFormula,
 * the same generated ratings (blanks, unknown labels and roles included) typed into both, and every
 * cell of the Assessment sheet compared.
 */

/** A small deterministic generator, so a failure names a reproducible sheet. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function nativePlan(plan: WorkbookPlan, model: CompetencyModel): WorkbookPlan {
  const map = (cell: PlanCell): PlanCell => {
    if (cell === null || typeof cell !== 'object' || !('formula' in cell)) return cell;
    // The multi-rater block has no native form: the share leaves it and names its cells as needing the add-in.
    if (cell.formula.includes('HR.RATERS.')) {
      expect(nativeFormula(cell.formula, model)).toBeNull();
      return cell;
    }
    const native = nativeFormula(cell.formula, model);
    if (native === null) throw new Error(`no native formula for ${cell.formula}`);
    expect(native).not.toMatch(/HR\./);
    return { formula: native };
  };
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(map)) })),
      tables: sheet.tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map(map)) })),
    })),
  };
}

/** A cell value as compared: numbers to 9 places, errors by their type. */
function comparable(value: CellValue): unknown {
  if (value instanceof DetailedCellError) return `#${value.type}`;
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  return value;
}

function sheetValues(wb: PlanWorkbook, sheet: string): unknown[][] {
  const id = wb.sheetId(sheet);
  const { height, width } = wb.hf.getSheetDimensions(id);
  return Array.from({ length: height }, (_, row) => Array.from({ length: width }, (_, col) => comparable(wb.hf.getCellValue({ sheet: id, row, col }))));
}

function both(model: CompetencyModel, people: { name: string; role: string }[], locale: Locale) {
  const plan = planAssessmentWorkbook(model, people, locale);
  return { plan, hr: applyPlanToHyperFormula(plan, locale), native: applyPlanToHyperFormula(nativePlan(plan, model), locale) };
}

describe.each<[string, () => LevelModel, Locale]>([
  ['ct-am in Chinese', () => findLevelModel('ct-am'), 'zh-CN'],
  ['ct-am in English', () => findLevelModel('ct-am'), 'en-US'],
  ['a model whose labels are formula payloads', payloadLevelModel, 'zh-CN'],
])('a level model (%s): the native copy computes what HR computes', (_, makeModel, locale) => {
  it.each([1, 2])('on generated ratings and targets, blanks included (sheet %i)', (seed) => {
    const model = makeModel();
    functionsModels().setWorkbookModels([model]);
    const labels = model.scale.levels.map((l) => localize(l.label, locale));
    const roles = (model.roles ?? []).map((r) => localize(r.name, locale));
    const people = Array.from({ length: 12 }, (_, i) => ({ name: `P${i}`, role: i === 5 ? '' : roles[i % Math.max(1, roles.length)] ?? 'R' }));
    const { plan, hr, native } = both(model, people, locale);
    const assessment = plan.sheets.find((s) => s.key === 'assessment')!;
    const targets = plan.sheets.find((s) => s.key === 'targets')!;
    const headers = assessment.tables[0].headers.slice(2, 2 + model.competencies.length);
    for (const wb of [hr, native]) {
      const pick = random(seed * 7);
      people.forEach((_, row) =>
        headers.forEach((header) => {
          const draw = pick();
          // A third blank, one in twenty an unknown label, the rest a level in the workbook's language.
          // Typed as text, as a choice from the cell's list is.
          const value = draw < 0.33 ? null : draw < 0.38 ? '优秀' : `'${labels[Math.floor(pick() * labels.length)]}`;
          wb.setTableValue(ASSESSMENT_TABLE, header, row, value);
        }),
      );
      // A role the Targets table lacks.
      wb.setTableValue(ASSESSMENT_TABLE, assessment.tables[0].headers[1], 3, '实习生');
      const targetHeaders = targets.tables[0].headers.slice(1);
      targets.tables[0].rows.forEach((_, row) =>
        targetHeaders.forEach((header) => {
          const draw = pick();
          wb.setTableValue(targets.tables[0].name, header, row, draw < 0.3 ? null : `'${labels[Math.floor(pick() * labels.length)]}`);
        }),
      );
      // The person the profile rows show.
      wb.set(assessment.name, 'B3', people[seed * 5 % people.length].name);
    }
    const expected = sheetValues(hr, assessment.name);
    expect(sheetValues(native, assessment.name)).toEqual(expected);
    // Not vacuous: weighted scores, levels, gaps and errors all occur.
    const flat = expected.flat();
    expect(flat.some((v) => typeof v === 'number' && !Number.isInteger(v))).toBe(true);
    expect(flat).toContain('#NA');
    hr.destroy();
    native.destroy();
  });
});

describe('the points model (hw-sm): the native copy computes what HR computes', () => {
  const hw: PointsModel = findPointsModel('hw-sm');
  it.each([1, 2, 3, 4])('on generated points, exams, case counts and levels, blanks included (sheet %i)', (seed) => {
    const locale: Locale = seed % 2 === 0 ? 'en-US' : 'zh-CN';
    const labels = hw.scale.levels.map((l) => localize(l.label, locale));
    const people = Array.from({ length: 10 }, (_, i) => ({ name: `P${i}`, role: '' }));
    const { plan, hr, native } = both(hw, people, locale);
    const table = plan.sheets.find((s) => s.key === 'assessment')!.tables[0];
    const elements = hw.groups.flatMap((g) => g.elements);
    const exams = hw.knowledge.exams;
    for (const wb of [hr, native]) {
      const pick = random(seed);
      people.forEach((_, row) => {
        const level = pick();
        // Blank, an unknown level, the level's id, or its label.
        const levelIndex = Math.floor(pick() * labels.length);
        wb.setTableValue(POINTS_TABLE, table.headers[1], row, level < 0.1 ? null : level < 0.15 ? '六级' : level < 0.25 ? hw.scale.levels[levelIndex].id : labels[levelIndex]);
        elements.forEach((e, k) => {
          const draw = pick();
          // Points within the maximum at the row's level, now and then above it (refused by both); a quarter blank.
          const cap = e.maxPoints[hw.scale.levels[levelIndex].id] ?? 0;
          wb.setTableValue(POINTS_TABLE, table.headers[2 + k], row, draw < 0.25 || (row === 7) ? null : Math.round(pick() * (draw > 0.99 ? 16 : cap)));
        });
        exams.forEach((exam, k) => {
          const draw = pick();
          wb.setTableValue(POINTS_TABLE, table.headers[2 + elements.length + k], row, draw < 0.3 ? null : Math.round(pick() * exam.fullMarks));
        });
        const cases = pick();
        wb.setTableValue(POINTS_TABLE, table.headers[2 + elements.length + exams.length + 1], row, cases < 0.3 ? null : Math.floor(pick() * 5));
      });
    }
    const sheet = plan.sheets.find((s) => s.key === 'assessment')!.name;
    const expected = sheetValues(hr, sheet);
    expect(sheetValues(native, sheet)).toEqual(expected);
    const behaviour = table.headers.indexOf(localize({ zh: '行为积分', en: 'Behaviour points' }, locale));
    const totals = people.map((_, row) => comparable(hr.tableValue(POINTS_TABLE, table.headers[behaviour], row)));
    expect(totals.some((v) => typeof v === 'number' && v > 0)).toBe(true);
    hr.destroy();
    native.destroy();
  });
});

describe('nativeFormula', () => {
  const ct = findLevelModel('ct-am');
  it('leaves a formula without HR calls as it is', () => {
    expect(nativeFormula('=SUM(A1:A3)', ct)).toBe('=SUM(A1:A3)');
  });
  it('refuses an HR call of a shape the add-in does not write, or of another model', () => {
    expect(nativeFormula('=HR.COMPETENCY.DESCRIPTOR("成就导向",2)', ct)).toBeNull();
    expect(nativeFormula('=HR.WEIGHTED.SCORE(HR.LEVEL.NUMBER(C2:D2,"other-model"),C1:D1)', ct)).toBeNull();
  });
  it('writes level labels as string literals, never as a formula', () => {
    const model = payloadLevelModel();
    const native = nativeFormula(`=HR.WEIGHTED.SCORE(HR.LEVEL.NUMBER(C10:D10,"${model.id}"),$C$8:$D$8)`, model)!;
    const label = model.scale.levels[0].label.zh!;
    expect(native).toContain(`"${label.split('"')[0]}"`);
    expect(native).not.toMatch(/[=+]PAYLOAD\d+[^"]*$/);
  });
});
