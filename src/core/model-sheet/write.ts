import {
  ASSESSMENT_LABELS,
  COMPETENCY_FIELDS,
  DEDUCTION_FIELDS,
  ELEMENT_FIELDS,
  EXAM_FIELDS,
  INFO_FIELDS,
  KIND_LABELS,
  LEVEL_FIELDS,
  MISSING_MARK,
  SECTION_TITLES,
  fieldHeader,
  mainLanguage,
  otherLanguage,
  tableHeaders,
  type FieldDef,
  type SectionKey,
} from './columns';
import type { PlanValue } from '../plan/plan';
import { asLocalText, localize } from '../text';
import type { CompetencyModel, LevelModel, LocalText, Locale, PointsModel } from '../model/types';

/**
 * The Model sheet: a competency model as cells HR reads and edits, and reads back without loss.
 *
 * From the top (column A down), sections separated by a blank row, each under a bold title:
 *   模型信息 / Model information   key | value rows (id, version, kind, names, source, scale, ...)
 *   级别划分 / Levels              a header row, then one row per level (id, labels, description, score band)
 *   知识考试 / 扣分规则             (points models) exams and deductions, a header row each
 *   能力素质与行为指标 / Competencies and behaviour indicators   (level models) the Excel table
 *   行为要素与积分 / Behaviour elements and points               (points models) the Excel table
 * The table holds one row per behaviour indicator; a level with none has one row, with
 * "源文件缺失 / missing in source" in the indicator column where the source has no text.
 * Competency fields (class, name, definition, weight) repeat on every row of the competency so the
 * table still reads when filtered or sorted. Texts are in the workbook's language; the other
 * language sits in the marked columns at the right end. Roles are not on this sheet: their targets
 * live on the Targets sheet (rowsToModel keeps the roles of the `base` model).
 */

export interface ModelSheetBlock {
  /** 0-based sheet row of the block's first row (column A). */
  row: number;
  cells: PlanValue[][];
  bold: boolean;
}

export interface ModelSheetLayout {
  /** Everything above the table: titles and section headers (bold), section rows. */
  blocks: ModelSheetBlock[];
  /** The model's table: 0-based sheet row of its header, headers and data rows. */
  table: { row: number; headers: string[]; rows: PlanValue[][] };
  /** The title above the table. */
  tableSection: SectionKey;
}

// rowsToModel lives in model-sheet-read.ts: it loads the validator, which the add-in loads only on import.

/** The ASCII name of the Model sheet's table. */
export { MODEL_TABLE } from '../rating/records';

type Text = LocalText | undefined;

class LayoutBuilder {
  readonly blocks: ModelSheetBlock[] = [];
  row = 0;
  constructor(readonly locale: Locale) {}

  title(section: SectionKey): void {
    this.blocks.push({ row: this.row, cells: [[localize(SECTION_TITLES[section], this.locale)]], bold: true });
    this.row += 1;
  }

  /** A section with a bold header row and its data rows, then a blank row. */
  section(section: SectionKey, fields: FieldDef[], rows: PlanValue[][]): void {
    this.title(section);
    this.blocks.push({ row: this.row, cells: [tableHeaders(fields, this.locale).map((h) => h.header)], bold: true });
    this.blocks.push({ row: this.row + 1, cells: rows, bold: false });
    this.row += 1 + rows.length + 1;
  }
}

/** The two columns of a text: workbook language first, then the other one. */
function both(text: Text, locale: Locale): [PlanValue, PlanValue] {
  return [text?.[mainLanguage(locale)] ?? null, text?.[otherLanguage(locale)] ?? null];
}

/** A row in `tableHeaders` order: the main values, then the other-language values of the bilingual fields. */
function rowOf(fields: FieldDef[], values: Record<string, PlanValue | Text>, locale: Locale): PlanValue[] {
  const main: PlanValue[] = [];
  const other: PlanValue[] = [];
  for (const field of fields) {
    const value = values[field.key];
    if (field.bilingual) {
      const [m, o] = both(value as Text, locale);
      main.push(m);
      other.push(o);
    } else main.push((value as PlanValue | undefined) ?? null);
  }
  return [...main, ...other];
}

function infoRows(model: CompetencyModel, locale: Locale): PlanValue[][] {
  const values: Record<string, PlanValue | Text> = {
    id: model.id,
    version: model.version,
    kind: localize(KIND_LABELS[model.kind], locale),
    name: model.name,
    source: asLocalText(model.source, mainLanguage(locale)),
    description: model.description,
    scaleId: model.scale.id,
    scaleName: model.scale.name,
    scoreBandsNote: model.scale.scoreBandsNote,
    levelTotal: model.kind === 'points' ? model.levelTotal : null,
  };
  const rows: PlanValue[][] = [];
  for (const field of INFO_FIELDS) {
    if (field.key === 'levelTotal' && model.kind !== 'points') continue;
    if (field.bilingual) {
      const [main, other] = both(values[field.key] as Text, locale);
      rows.push([fieldHeader(field, locale), main]);
      rows.push([fieldHeader(field, locale, otherLanguage(locale)), other]);
    } else rows.push([fieldHeader(field, locale), (values[field.key] as PlanValue) ?? null]);
  }
  return rows;
}

function levelRows(model: CompetencyModel, locale: Locale): PlanValue[][] {
  const bands = new Map<string, number>();
  for (const band of model.scale.scoreBands ?? []) if (!bands.has(band.levelId)) bands.set(band.levelId, band.min);
  return model.scale.levels.map((level) =>
    rowOf(LEVEL_FIELDS, { levelId: level.id, label: level.label, description: level.description, bandMin: bands.get(level.id) ?? null }, locale),
  );
}

function competencyRows(model: LevelModel, locale: Locale): PlanValue[][] {
  const classes = new Map(model.classes.map((c) => [c.id, c]));
  const labels = new Map(model.scale.levels.map((l) => [l.id, localize(l.label, locale)]));
  const rows: PlanValue[][] = [];
  for (const competency of model.competencies) {
    const shared = {
      competencyId: competency.id,
      class: classes.get(competency.classId)?.name,
      competency: competency.name,
      definition: competency.definition,
      weight: competency.weight ?? null,
      assessment: competency.assessment ? localize(ASSESSMENT_LABELS[competency.assessment], locale) : null,
      classId: competency.classId,
    };
    for (const level of competency.levels) {
      const perLevel = { ...shared, level: labels.get(level.levelId) ?? level.levelId, summary: level.summary, note: level.note ?? null };
      for (const indicator of level.indicators) rows.push(rowOf(COMPETENCY_FIELDS, { ...perLevel, indicator }, locale));
      if (level.missing) rows.push(rowOf(COMPETENCY_FIELDS, { ...perLevel, indicator: MISSING_MARK }, locale));
      else if (level.indicators.length === 0) rows.push(rowOf(COMPETENCY_FIELDS, { ...perLevel, indicator: undefined }, locale));
    }
  }
  return rows;
}

function elementRows(model: PointsModel, locale: Locale): PlanValue[][] {
  const rows: PlanValue[][] = [];
  for (const group of model.groups)
    for (const element of group.elements)
      for (const level of model.scale.levels)
        rows.push(
          rowOf(
            ELEMENT_FIELDS,
            {
              groupId: group.id,
              group: group.name,
              elementId: element.id,
              element: element.name,
              level: localize(level.label, locale),
              maxPoints: element.maxPoints[level.id] ?? null,
              criteria: element.criteria?.[level.id],
            },
            locale,
          ),
        );
  return rows;
}

function examRows(model: PointsModel, locale: Locale): PlanValue[][] {
  return model.knowledge.exams.map((exam) => rowOf(EXAM_FIELDS, { examId: exam.id, exam: exam.name, fullMarks: exam.fullMarks, share: exam.share }, locale));
}

function deductionRows(model: PointsModel, locale: Locale): PlanValue[][] {
  const rows: PlanValue[][] = [];
  for (const deduction of model.deductions) {
    const shared = { deductionId: deduction.id, deduction: deduction.name, pointsEach: deduction.pointsEach, windowMonths: deduction.windowMonths ?? null };
    const levels = model.scale.levels.filter((l) => deduction.requiredByLevel[l.id] !== undefined);
    if (levels.length === 0) rows.push(rowOf(DEDUCTION_FIELDS, { ...shared, level: null, required: null }, locale));
    for (const level of levels)
      rows.push(rowOf(DEDUCTION_FIELDS, { ...shared, level: localize(level.label, locale), required: deduction.requiredByLevel[level.id] }, locale));
  }
  return rows;
}

/** Where everything of the Model sheet goes, for the planner (blocks and one table). */
export function modelSheetLayout(model: CompetencyModel, locale: Locale): ModelSheetLayout {
  const builder = new LayoutBuilder(locale);
  builder.title('info');
  const info = infoRows(model, locale);
  builder.blocks.push({ row: builder.row, cells: info, bold: false });
  builder.row += info.length + 1;
  builder.section('levels', LEVEL_FIELDS, levelRows(model, locale));
  if (model.kind === 'points') {
    builder.section('exams', EXAM_FIELDS, examRows(model, locale));
    builder.section('deductions', DEDUCTION_FIELDS, deductionRows(model, locale));
  }
  const tableSection: SectionKey = model.kind === 'levels' ? 'competencies' : 'elements';
  const fields = model.kind === 'levels' ? COMPETENCY_FIELDS : ELEMENT_FIELDS;
  builder.title(tableSection);
  return {
    blocks: builder.blocks,
    table: {
      row: builder.row,
      headers: tableHeaders(fields, locale).map((h) => h.header),
      rows: model.kind === 'levels' ? competencyRows(model, locale) : elementRows(model, locale),
    },
    tableSection,
  };
}

/** The Model sheet's cells from A1, row by row (rows end at their last written cell). */
export function modelToRows(model: CompetencyModel, locale: Locale): PlanValue[][] {
  const layout = modelSheetLayout(model, locale);
  const grid: PlanValue[][] = [];
  for (const block of layout.blocks) block.cells.forEach((cells, i) => (grid[block.row + i] = [...cells]));
  grid[layout.table.row] = [...layout.table.headers];
  layout.table.rows.forEach((cells, i) => (grid[layout.table.row + 1 + i] = [...cells]));
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}
