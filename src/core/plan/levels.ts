import { COLUMN_LABELS } from '../rating/assessment';
import { absCell, absRange, cellA1, columnName, formulaText, rangeA1, sheetRef, wholeColumn } from '../a1';
import type { PlanBlock, PlanCell, PlanCellRule, PlanChart, PlanConditionalFormat, PlanSheet } from './plan';
import { modelVersionTag } from '../model/model-version';
import { localize } from '../text';
import type { LevelModel, Locale } from '../model/types';
import { planCombinedBlocks } from './ratings';
import { ratedPersonKeyFormula } from '../raters/rated-person';
import { columnIdBlock, columnIdBlockRow } from './column-ids';
import { ASSESSMENT_TABLE, asCell, examScoreMessage, headerWidth, levelNote, ratingMessage, sheetName, text, uniqueHeaders } from './labels';
import { examScoreBounds, isExamCompetency } from '../scoring/exam';
import { FIRST_RATING, ROW, levelSheetGeometry } from './level-geometry';

export { levelSheetGeometry } from './level-geometry';

/**
 * The Assessment sheet of a level model. Rows (1-based):
 *   1  title
 *   2  Model version | id@version | how to read the result columns
 *   3  Selected person | <name typed by HR> | hint
 *   4  Person level    |                  | the selected person's level number per competency
 *   5  Role target     | <their role>     | their role's target level number per competency
 *   6  Team average    |                  | mean level number per competency over everyone rated
 *   7  Average target  |                  | mean target level number over everyone with a target
 *   8  Weight          |                  | one weight per competency (the model's, default 1)
 *   9  table header: Person | Role | <competency names> | Weighted score | Overall level | Total gap | Model version | Person key
 *   10+ one row per person
 * Rows 4-8 sit above the rating columns they belong to, outside the table, so filtering the
 * table never hides what the charts read. To the right of the table, after a blank column: the
 * level table (level number | label, rows 1..) that COMPETENCY.LEVEL reads as bands and the
 * rating rules match labels against, and under it which column rates which competency id
 * (column-ids.ts); then room for the two radar charts; then the per-person
 * target block (header on row 9, one row per table row): the row of the person's role in the
 * Targets sheet (one MATCH per person; 0 when the role is not there), then their target label per
 * competency read from that row. That block exists because a formula cannot take "the role's row" of the
 * Targets table as a range in both Excel and the workbench's engine (INDEX(...,0) and INDEX:INDEX
 * are Excel-only); keyed by row position, it stays right when the table is sorted.
 */


export interface LevelSheetInput {
  model: LevelModel;
  /** People with their role as the Targets table names it, and their person key (person-key.ts). */
  people: { name: string; role: string; key?: string }[];
  locale: Locale;
  /** The Targets sheet's name; its table has the role in column A and competency k in column 2+k (1-based), header on row 3. */
  targetsSheet: string;
  /** The Ratings sheet's name, when the workbook has one: the sheet then shows the combined levels of several raters. */
  ratingsSheet?: string;
}

export interface LevelSheetPlan {
  sheet: PlanSheet;
  charts: PlanChart[];
}

/** The level labels in the workbook's language, lowest first. */
export function levelLabels(model: LevelModel, locale: Locale): string[] {
  return model.scale.levels.map((l) => localize(l.label, locale));
}

export function planLevelAssessmentSheet({ model, people, locale, targetsSheet, ratingsSheet }: LevelSheetInput): LevelSheetPlan {
  const name = sheetName('assessment', locale);
  const n = model.competencies.length;
  const labels = levelLabels(model, locale);
  const id = formulaText(model.id);
  const tag = modelVersionTag(model);
  const headers = uniqueHeaders(model.competencies, locale);
  const g = levelSheetGeometry(model, people.length);
  const { dataRows, bandColumn, chartColumn, helperColumn, firstTargetColumn } = g;
  const lastRow = ROW.firstData + dataRows - 1;
  const col = { weighted: g.weightedColumn, overall: g.overallColumn, gap: g.gapColumn, version: g.versionColumn };
  const bands = absRange(1, bandColumn, labels.length, 2);
  const bandLabels = absRange(1, bandColumn + 1, labels.length, 1);
  const scoreBounds = examScoreBounds(model.scale);
  // The level position a score reaches, in native functions (conditional formats run no custom function).
  const scorePosition = (cell: string) =>
    `CHOOSE(MATCH(${cell},{${scoreBounds.map((b) => b.min).join(',')}},1),${scoreBounds.map((b) => model.scale.levels.findIndex((l) => l.label === b.label) + 1).join(',')})`;
  const weights = absRange(ROW.weights, FIRST_RATING, 1, n);
  const targets = sheetRef(targetsSheet);
  const roleColumn = `${targets}${wholeColumn(0)}`;
  // A competency assessed by exam holds a 0-100 score: LEVEL.NUMBER is told which column rates
  // which competency (the header row), so the score reads as its band's level (exam.ts).
  const exams = model.competencies.map((c) => isExamCompetency(c));
  const anyExam = exams.some(Boolean);
  const headerCells = absRange(ROW.header, FIRST_RATING, 1, n);
  const levelNumbers = (cells: string) => (anyExam ? `HR.LEVEL.NUMBER(${cells},${id},${headerCells})` : `HR.LEVEL.NUMBER(${cells},${id})`);
  const columnLevelNumbers = (cells: string, k: number) => (exams[k] ? `HR.LEVEL.NUMBER(${cells},${id},${absCell(ROW.header, FIRST_RATING + k)})` : `HR.LEVEL.NUMBER(${cells},${id})`);

  const rows: PlanCell[][] = [];
  const helperRows: PlanCell[][] = [];
  for (let i = 0; i < dataRows; i++) {
    const r = ROW.firstData + i;
    const person = people[i];
    const role = absCellColumn(r, 1);
    const ratings = rangeA1(r, FIRST_RATING, 1, n);
    const personTargets = rangeA1(r, firstTargetColumn, 1, n);
    const targetRow = cellA1(r, helperColumn, { column: true });
    const weighted = cellA1(r, col.weighted);
    const gap = `HR.COMPETENCY.GAP(${anyExam ? levelNumbers(ratings) : ratings},${personTargets},${id})`;
    rows.push([
      person?.name ? asCell(person.name) : null,
      person?.role ? asCell(person.role) : null,
      ...Array<PlanCell>(n).fill(null),
      { formula: `=HR.WEIGHTED.SCORE(${levelNumbers(ratings)},${weights})` },
      // Overall level: COMPETENCY.LEVEL maps 0-100 scores by default, so it gets the sheet's own band
      // table of level numbers (1 初级, 2 中级, ...): the label of the highest level the weighted mean
      // reaches. 2.6 reads 中级 (not every rating reached 高级), as HR grants a level only when its
      // behaviours are shown. ROUND keeps 2.9999999 from a fractional weight at 3.
      { formula: `=IF(${weighted}="","",HR.COMPETENCY.LEVEL(ROUND(${weighted},6),${bands}))` },
      {
        formula:
          `=IF(OR(${role}="",COUNTA(${ratings})=0),"",IF(${targetRow}=0,NA(),` +
          `IF(SUMPRODUCT(--(${personTargets}<>""))=0,"",SUMPRODUCT(--(${gap}>0),${gap}))))`,
      },
      asCell(tag),
      person?.key ? asCell(person.key) : null,
    ]);
    helperRows.push([
      { formula: `=IF(${role}="","",IFERROR(MATCH(${role},${roleColumn},0),0))` },
      ...model.competencies.map((_, k) => ({ formula: `=IF(OR(${targetRow}="",${targetRow}=0),"",INDEX(${targets}${wholeColumn(1 + k)},${targetRow})&"")` })),
    ]);
  }

  const selected = absCell(ROW.selected, 1);
  const match = `MATCH(${selected},${absRange(ROW.firstData, 0, dataRows, 1)},0)`;
  const columnOf = (c: number) => `${columnName(c)}$${ROW.firstData + 1}:${columnName(c)}$${lastRow + 1}`;
  const pick = (c: number) => `INDEX(${columnOf(c)},${match})`;
  // #N/A, not "": a chart plots text as 0, and an unrated competency is not a level of 0.
  // k: the competency a rating column rates (its exam score reads as a level); null for a target column.
  const levelOf = (c: number, k: number | null = null) =>
    `=IF(ISNA(${match}),NA(),IF(${pick(c)}="",NA(),${k === null ? `HR.LEVEL.NUMBER(${pick(c)},${id})` : columnLevelNumbers(pick(c), k)}))`;
  const average = (c: number, k: number | null = null) =>
    `=IF(SUMPRODUCT(--(${columnOf(c)}<>""))=0,NA(),AVERAGE(${k === null ? `HR.LEVEL.NUMBER(${columnOf(c)},${id})` : columnLevelNumbers(columnOf(c), k)}))`;
  const profile: PlanCell[][] = [
    [text('personLevels', locale), null, ...model.competencies.map((_, k) => ({ formula: levelOf(FIRST_RATING + k, k) }))],
    [
      text('roleTargets', locale),
      { formula: `=IF(ISNA(${match}),"",INDEX(${absRange(ROW.firstData, 1, dataRows, 1)},${match})&"")` },
      ...model.competencies.map((_, k) => ({ formula: levelOf(firstTargetColumn + k) })),
    ],
  ];
  const averages: PlanCell[][] = [
    [text('teamAverage', locale), null, ...model.competencies.map((_, k) => ({ formula: average(FIRST_RATING + k, k) }))],
    [text('averageTarget', locale), null, ...model.competencies.map((_, k) => ({ formula: average(firstTargetColumn + k) }))],
  ];
  const names = absRange(ROW.firstData, 0, dataRows, 1);
  const hint = formulaText(text('selectedHint', locale));
  const selectedHint = `=IF(${selected}="",${hint},IF(ISNA(MATCH(${selected},${names},0)),"“"&${selected}&${formulaText(locale === 'zh-CN' ? '”' : '” ')}&${formulaText(text('unknownPerson', locale))},${hint}))`;

  const blocks: PlanBlock[] = [
    // The model's name in column C, beside the frozen columns A:B: text cannot run on past the freeze, so there it would be cut.
    { origin: 'A1', cells: [[text('assessmentTitle', locale), null, asCell(localize(model.name, locale))]], bold: true },
    {
      origin: 'A2',
      cells: [
        [localize(COLUMN_LABELS.modelVersion, locale), asCell(tag), levelNote(model, locale)],
        [text('selectedPerson', locale), people[0]?.name ? asCell(people[0].name) : null, { formula: selectedHint }],
      ],
    },
    { origin: cellA1(ROW.person, 0), cells: profile },
    { origin: cellA1(ROW.team, 0), cells: averages, numberFormat: '0.00' },
    { origin: cellA1(ROW.weights, 0), cells: [[text('weights', locale), null, ...model.competencies.map((c) => c.weight ?? 1)]] },
    { origin: cellA1(0, bandColumn), cells: [[text('levelNumber', locale), text('level', locale)]], bold: true },
    { origin: cellA1(1, bandColumn), cells: labels.map((label, i) => [i + 1, asCell(label)]) },
    { origin: cellA1(columnIdBlockRow(labels.length), bandColumn), cells: columnIdBlock(model.competencies.map((c, k) => ({ header: headers[k], competencyId: c.id })), locale) },
    { origin: cellA1(ROW.weights, helperColumn), cells: [[text('helperTitle', locale)]], bold: true },
    { origin: cellA1(ROW.header, helperColumn), cells: [[text('targetRow', locale), ...headers.map((h) => (locale === 'zh-CN' ? `${h}·目标` : `${h} target`))]], bold: true },
    { origin: cellA1(ROW.firstData, helperColumn), cells: helperRows },
  ];
  if (ratingsSheet !== undefined)
    blocks.push(
      ...planCombinedBlocks({
        ratingsSheet,
        modelId: model.id,
        competencies: headers,
        column: g.combinedColumn,
        agreementRow: ROW.weights - 1,
        firstRow: ROW.firstData,
        rows: dataRows,
        // The rows' own Person key column: the key the Ratings rows and assessor files name.
        personKey: (row) => ratedPersonKeyFormula(cellA1(row, g.keyColumn, { column: true })),
        locale,
      }),
    );

  const tableHeaders = [
    localize(COLUMN_LABELS.person, locale),
    localize(COLUMN_LABELS.role, locale),
    ...headers,
    localize(COLUMN_LABELS.weightedScore, locale),
    localize(COLUMN_LABELS.overallLevel, locale),
    localize(COLUMN_LABELS.totalGap, locale),
    localize(COLUMN_LABELS.modelVersion, locale),
    localize(COLUMN_LABELS.personKey, locale),
  ];
  const cellRules: PlanCellRule[] = [
    { range: cellA1(ROW.selected, 1), rule: { kind: 'list', source: names }, title: text('selectedPerson', locale), prompt: text('pickPersonPrompt', locale), errorMessage: text('pickPersonMessage', locale) },
    { range: rangeA1(ROW.weights, FIRST_RATING, 1, n), rule: { kind: 'number', min: 0 }, title: text('weights', locale), prompt: text('weightPrompt', locale), errorMessage: text('weightMessage', locale) },
  ];
  // Names and roles fit too (up to 160 pt): the frozen columns are read beside every rating.
  const longest = (texts: string[]) => texts.reduce((a, b) => ([...b].length > [...a].length ? b : a), '');
  const columnWidths: Record<string, number> = {
    A: headerWidth(longest([tableHeaders[0], ...people.map((p) => p.name)]), { min: 90, max: 160 }),
    B: headerWidth(longest([tableHeaders[1], ...people.map((p) => p.role)]), { min: 90, max: 160 }),
  };
  tableHeaders.forEach((header, c) => {
    if (c >= FIRST_RATING) columnWidths[columnName(c)] = headerWidth(header, { min: c === col.version ? 80 : 64 });
  });
  const sheet: PlanSheet = {
    key: 'assessment',
    name,
    blocks,
    tables: [{ name: ASSESSMENT_TABLE, origin: cellA1(ROW.header, 0), headers: tableHeaders, rows, numberFormats: { [localize(COLUMN_LABELS.weightedScore, locale)]: '0.00' } }],
    listValidations: headers.filter((_, k) => !exams[k]).map((header) => ({ table: ASSESSMENT_TABLE, header, values: labels, errorMessage: ratingMessage(labels, locale) })),
    numberValidations: headers
      .filter((_, k) => exams[k])
      .map((header) => ({ table: ASSESSMENT_TABLE, header, min: 0, max: 100, errorMessage: examScoreMessage(scoreBounds.map((b) => ({ min: b.min, label: localize(b.label, locale) })), locale) })),
    cellRules,
    // #N/A (not rated, no target) in light grey: it is there for the charts, not news for the reader.
    cellFormats: [{ range: rangeA1(ROW.person, FIRST_RATING, 4, n), formula: `=ISNA(${cellA1(ROW.person, FIRST_RATING)})`, fill: '#FFFFFF', fontColor: '#BFBFBF' }],
    // Native functions only: Excel may not evaluate custom functions in conditional formats.
    conditionalFormats: [
      ...headers.map((header, k) => {
        const rating = cellA1(ROW.firstData, FIRST_RATING + k);
        const target = cellA1(ROW.firstData, firstTargetColumn + k);
        const actual = exams[k] && scoreBounds.length > 0 ? `IF(ISNUMBER(${rating}),${scorePosition(rating)},MATCH(${rating},${bandLabels},0))` : `MATCH(${rating},${bandLabels},0)`;
        return { table: ASSESSMENT_TABLE, header, formula: `=IFERROR(${actual}<MATCH(${target},${bandLabels},0),FALSE())`, fill: '#FFC7CE', fontColor: '#9C0006' };
      }),
      duplicateNameFormat(ASSESSMENT_TABLE, localize(COLUMN_LABELS.person, locale), ROW.firstData, 0, dataRows),
    ],
    columnWidths,
    // Headers longer than their column's room wrap (Excel fits the row), so none is cut.
    wrap: [rangeA1(ROW.header, 0, 1, tableHeaders.length)],
    freeze: { rows: ROW.header + 1, columns: 2 },
  };

  // Charts where they are seen: under a short table, else beside it (the level table comes after them).
  // Under the table they start right of the frozen name and role columns, which would cover them.
  const personAnchor = g.chartsBelow ? cellA1(lastRow + 3, FIRST_RATING) : cellA1(0, chartColumn);
  const teamAnchor = g.chartsBelow ? cellA1(lastRow + 3, columnAfter(columnWidths, FIRST_RATING, CHART_WIDTH_POINTS + 20)) : cellA1(CHART_ROWS + 1, chartColumn);
  const categories = rangeA1(ROW.header, FIRST_RATING, 1, n);
  const charts: PlanChart[] = [
    {
      kind: 'person-radar',
      sheet: name,
      anchor: personAnchor,
      title: text('personChart', locale),
      categories,
      actual: rangeA1(ROW.person, FIRST_RATING, 1, n),
      target: rangeA1(ROW.target, FIRST_RATING, 1, n),
      seriesNames: { actual: text('personLevels', locale), target: text('roleTargets', locale) },
      personCell: cellA1(ROW.selected, 1),
    },
    {
      kind: 'team-radar',
      sheet: name,
      anchor: teamAnchor,
      title: text('teamChart', locale),
      categories,
      actual: rangeA1(ROW.team, FIRST_RATING, 1, n),
      target: rangeA1(ROW.teamTarget, FIRST_RATING, 1, n),
      seriesNames: { actual: text('teamAverage', locale), target: text('averageTarget', locale) },
    },
  ];
  return { sheet, charts };
}

/** Excel's default column width in points, for columns the plan leaves alone. */
const DEFAULT_WIDTH_POINTS = 48;
/** The charts' size in Excel in points, and the rows one chart covers (15 pt rows). */
export const CHART_SIZE_POINTS = { width: 440, height: 320 } as const;
const CHART_WIDTH_POINTS = CHART_SIZE_POINTS.width;
const CHART_ROWS = Math.ceil(CHART_SIZE_POINTS.height / 15) + 1;

/** The first column whose left edge is at least `points` right of column `from`'s. */
function columnAfter(widths: Record<string, number>, from: number, points: number): number {
  let left = 0;
  let column = from;
  while (left < points) left += widths[columnName(column++)] ?? DEFAULT_WIDTH_POINTS;
  return column;
}

/**
 * A name two rows share is shaded: they are two people, told apart by the Person key column.
 * Native COUNTIF, as conditional formats may not evaluate custom functions.
 */
export function duplicateNameFormat(table: string, header: string, firstDataRow: number, column: number, dataRows: number): PlanConditionalFormat {
  const cell = cellA1(firstDataRow, column);
  return { table, header, formula: `=AND(${cell}<>"",COUNTIF(${absRange(firstDataRow, column, dataRows, 1)},${cell})>1)`, fill: '#FFEB9C', fontColor: '#9C5700' };
}

/** "$B10": the row's role cell, column fixed so the formula reads the same in every column. */
function absCellColumn(row: number, column: number): string {
  return cellA1(row, column, { column: true });
}

