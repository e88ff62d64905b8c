import { COLUMN_LABELS } from '../rating/assessment';
import { absRange, cellA1, columnName, formulaText, rangeA1 } from '../a1';
import type { PlanBlock, PlanCell, PlanNumberValidation, PlanSheet } from './plan';
import { modelVersionTag } from '../model/model-version';
import { findLevel } from '../scoring/scale';
import { perLevel } from '../scoring/points';
import { localize } from '../text';
import type { Locale, PointsModel } from '../model/types';
import { POINTS_TABLE, asCell, deductionHeader, headerWidth, pointsNote, rangeMessage, ratingMessage, sheetName, text, uniqueHeaders } from './labels';

/**
 * The Assessment sheet of a points model (seed 004). Rows (1-based, L levels):
 *   1        title
 *   2        Model version | id@version | how the result columns read
 *   3..2+L   per qualification level (label in column B, above the level column): each element's
 *            maximum above its column, the deduction's required count above its count column
 *   3+L      Full marks above each exam column
 *   4+L      Share (%) above each exam column
 *   5+L      table header: Person | Qualification level | <elements> | <exams> | Knowledge score |
 *            <deduction counts> | Behaviour points | Rank within level | Model version
 *   6+L..    one row per person
 * An element's points are validated as 0 to its maximum at the row's level (a formula reading the
 * block above). The source gives no score bands for grades within a level, so none are invented:
 * the rank within the level (native COUNTIFS, by behaviour points) stands in for the grade.
 */

export interface PointsSheetInput {
  model: PointsModel;
  people: { name: string; role: string; key?: string }[];
  locale: Locale;
}

/** Where things are on the points Assessment sheet (0-based rows and columns). */
export function pointsSheetGeometry(model: PointsModel, peopleCount: number) {
  const levels = model.scale.levels.length;
  const elements = model.groups.reduce((sum, g) => sum + g.elements.length, 0);
  const exams = model.knowledge.exams.length;
  const deductions = model.deductions.length;
  const firstExam = 2 + elements;
  const knowledge = exams > 0 ? firstExam + exams : -1;
  const firstDeduction = firstExam + exams + (exams > 0 ? 1 : 0);
  const behaviour = firstDeduction + deductions;
  return {
    rows: { title: 0, version: 1, firstMaximum: 2, fullMarks: 2 + levels, share: 3 + levels, header: 4 + levels, firstData: 5 + levels },
    dataRows: Math.max(1, peopleCount),
    levelColumn: 1,
    firstElementColumn: 2,
    firstExamColumn: firstExam,
    knowledgeColumn: knowledge,
    firstDeductionColumn: firstDeduction,
    behaviourColumn: behaviour,
    rankColumn: behaviour + 1,
    versionColumn: behaviour + 2,
    keyColumn: behaviour + 3,
  };
}

/** A validation message with each level's maximum of the element; Excel shows at most 225 characters. */
function maximaMessage(base: string, maxima: string[], locale: Locale): string {
  const message = `${base}${locale === 'zh-CN' ? '：' : ': '}${maxima.join(locale === 'zh-CN' ? '，' : ', ')}`;
  return message.length > 225 ? `${message.slice(0, 224)}…` : message;
}

/** The person's qualification level when their role names one (三级, "Level 4", "5", L3). */
function levelFromRole(model: PointsModel, role: string, locale: Locale): string | null {
  const trimmed = role.trim();
  if (trimmed === '') return null;
  const level = findLevel(model.scale, trimmed) ?? model.scale.levels.find((l) => l.id === `L${trimmed}`);
  return level ? localize(level.label, locale) : null;
}

export function planPointsAssessmentSheet({ model, people, locale }: PointsSheetInput): PlanSheet {
  const g = pointsSheetGeometry(model, people.length);
  const { rows: ROW } = g;
  const elements = model.groups.flatMap((group) => group.elements);
  const exams = model.knowledge.exams;
  const levels = model.scale.levels;
  const labels = levels.map((l) => localize(l.label, locale));
  const id = formulaText(model.id);
  const tag = modelVersionTag(model);
  const elementHeaders = uniqueHeaders(elements, locale);
  const examHeaders = exams.map((e) => localize(e.name, locale));
  const deductionHeaders = model.deductions.map((d) => deductionHeader(d.name, d.windowMonths, locale));
  const behaviourHeader = text('behaviourPoints', locale);

  const rows: PlanCell[][] = [];
  for (let i = 0; i < g.dataRows; i++) {
    const r = ROW.firstData + i;
    const person = people[i];
    const level = cellA1(r, g.levelColumn, { column: true });
    const points = rangeA1(r, g.firstElementColumn, 1, elements.length);
    const counts = model.deductions.length > 0 ? rangeA1(r, g.firstDeductionColumn, 1, model.deductions.length) : '""';
    const behaviour = cellA1(r, g.behaviourColumn);
    const row: PlanCell[] = [person?.name ? asCell(person.name) : null, person ? levelFromRole(model, person.role, locale) : null, ...Array<PlanCell>(elements.length + exams.length).fill(null)];
    if (exams.length > 0)
      row.push({ formula: `=HR.WEIGHTED.SCORE(${rangeA1(r, g.firstExamColumn, 1, exams.length)},${absRange(ROW.share, g.firstExamColumn, 1, exams.length)},${absRange(ROW.fullMarks, g.firstExamColumn, 1, exams.length)})` });
    row.push(...Array<PlanCell>(model.deductions.length).fill(null));
    row.push({ formula: `=IF(OR(${level}="",COUNT(${points})=0),"",HR.POINTS.TOTAL(${points},${level},${counts},${id}))` });
    row.push({
      formula: `=IF(${behaviour}="","",COUNTIFS(${absRange(ROW.firstData, g.levelColumn, g.dataRows, 1)},${level},${absRange(ROW.firstData, g.behaviourColumn, g.dataRows, 1)},">"&${behaviour})+1)`,
    });
    row.push(asCell(tag));
    row.push(person?.key ? asCell(person.key) : null);
    rows.push(row);
  }

  const maxima: PlanCell[][] = levels.map((level, i) => {
    const row: PlanCell[] = [i === 0 ? text('maximaLabel', locale) : null, asCell(labels[i]), ...elements.map((e) => e.maxPoints[level.id] ?? 0)];
    row.push(...Array<PlanCell>(g.firstDeductionColumn - row.length).fill(null));
    row.push(...model.deductions.map((d) => d.requiredByLevel[level.id] ?? 0));
    return row;
  });
  const blocks: PlanBlock[] = [
    // The model's name in column C, beside the frozen columns A:B: text cannot run on past the freeze, so there it would be cut.
    { origin: 'A1', cells: [[text('pointsTitle', locale), null, asCell(localize(model.name, locale))]], bold: true },
    { origin: 'A2', cells: [[localize(COLUMN_LABELS.modelVersion, locale), asCell(tag), pointsNote(model, locale)]] },
    { origin: cellA1(ROW.firstMaximum, 0), cells: maxima },
  ];
  if (exams.length > 0)
    blocks.push({
      origin: cellA1(ROW.fullMarks, 0),
      cells: [
        [text('fullMarks', locale), ...Array<PlanCell>(g.firstExamColumn - 1).fill(null), ...exams.map((e) => e.fullMarks)],
        [text('share', locale), ...Array<PlanCell>(g.firstExamColumn - 1).fill(null), ...exams.map((e) => e.share)],
      ],
    });

  const levelHeader = text('qualificationLevel', locale);
  const headers = [
    localize(COLUMN_LABELS.person, locale),
    levelHeader,
    ...elementHeaders,
    ...examHeaders,
    ...(exams.length > 0 ? [text('knowledgeScore', locale)] : []),
    ...deductionHeaders,
    behaviourHeader,
    text('rankWithinLevel', locale),
    localize(COLUMN_LABELS.modelVersion, locale),
    localize(COLUMN_LABELS.personKey, locale),
  ];
  const maximaColumn = (c: number) => `${columnName(c)}$${ROW.firstMaximum + 1}:${columnName(c)}$${ROW.firstMaximum + levels.length}`;
  const levelLabelsRange = absRange(ROW.firstMaximum, g.levelColumn, levels.length, 1);
  const firstLevel = cellA1(ROW.firstData, g.levelColumn, { column: true });
  const numberValidations: PlanNumberValidation[] = [
    ...elementHeaders.map((header, k) => ({
      table: POINTS_TABLE,
      header,
      min: 0,
      max: { formula: `=INDEX(${maximaColumn(g.firstElementColumn + k)},MATCH(${firstLevel},${levelLabelsRange},0))` },
      errorMessage: maximaMessage(text('elementMessage', locale), levels.map((level, i) => `${labels[i]} ${perLevel(elements[k].maxPoints, level.id)}`), locale),
    })),
    ...exams.map((exam, k) => ({ table: POINTS_TABLE, header: examHeaders[k], min: 0, max: exam.fullMarks, errorMessage: rangeMessage(exam.fullMarks, locale) })),
    ...deductionHeaders.map((header) => ({ table: POINTS_TABLE, header, min: 0, max: 1000, integer: true, errorMessage: text('casesMessage', locale) })),
  ];
  return {
    key: 'assessment',
    name: sheetName('assessment', locale),
    blocks,
    tables: [
      {
        name: POINTS_TABLE,
        origin: cellA1(ROW.header, 0),
        headers,
        rows,
        ...(exams.length > 0 ? { numberFormats: { [text('knowledgeScore', locale)]: '0.0' } } : {}),
      },
    ],
    listValidations: [{ table: POINTS_TABLE, header: levelHeader, values: labels, errorMessage: ratingMessage(labels, locale) }],
    numberValidations,
    // Native functions only (Excel may not evaluate custom functions in conditional formats).
    conditionalFormats: [
      // Points above the maximum at the row's level: entered before the level changed, flagged rather than capped.
      ...elementHeaders.map((header, k) => {
        const cell = cellA1(ROW.firstData, g.firstElementColumn + k);
        return {
          table: POINTS_TABLE,
          header,
          formula: `=IFERROR(AND(ISNUMBER(${cell}),${cell}>INDEX(${maximaColumn(g.firstElementColumn + k)},MATCH(${firstLevel},${levelLabelsRange},0))),FALSE())`,
          fill: '#FFC7CE',
          fontColor: '#9C0006',
        };
      }),
      // A blank published-case count counts as none published (deducted): shown so HR notices it.
      ...deductionHeaders.map((header, k) => {
        const cell = cellA1(ROW.firstData, g.firstDeductionColumn + k);
        return { table: POINTS_TABLE, header, formula: `=AND(${firstLevel}<>"",${cell}="")`, fill: '#FFEB9C', fontColor: '#9C5700' };
      }),
    ],
    columnWidths: Object.fromEntries(headers.map((header, c) => [columnName(c), c === 0 ? 90 : headerWidth(header, { min: c === 1 ? 80 : 64 })])),
    // Headers longer than their column's room wrap (Excel fits the row), so none is cut.
    wrap: [rangeA1(ROW.header, 0, 1, headers.length)],
    freeze: { rows: ROW.header + 1, columns: 2 },
  };
}
