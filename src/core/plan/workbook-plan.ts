import type { PersonRow } from '../rating/snapshot';
import { COLUMN_LABELS } from '../rating/assessment';
import { cellA1, columnName } from '../a1';
import type { PlanCell, PlanSheet, WorkbookPlan } from './plan';
import { COMPETENCY_FIELDS, ELEMENT_FIELDS, tableHeaders } from '../model-sheet/columns';
import { MODEL_TABLE, modelSheetLayout } from '../model-sheet/write';
import { planPersonKeys } from '../rating/person-key';
import { AUDIT_COLUMNS, AUDIT_TABLE, CHANGE_SOURCES, EVIDENCE_COLUMNS, EVIDENCE_DATE_COLUMN, EVIDENCE_TABLE, headers } from '../rating/records';
import { RECORD_TIME_FORMAT } from '../rating/record-time';
import { localize, normalizeName, textMatches } from '../text';
import type { CompetencyModel, LevelModel, LocalText, Locale } from '../model/types';
import { ASSESSMENT_TABLE, DEFAULT_ROLE, POINTS_TABLE, TARGETS_TABLE, asCell, headerWidth, ratingMessage, sheetName, text, uniqueHeaders } from './labels';
import { levelLabels, planLevelAssessmentSheet } from './levels';
import { planPointsAssessmentSheet } from './points';
import { planRatingsSheet } from './ratings';

export { ASSESSMENT_TABLE, POINTS_TABLE, TARGETS_TABLE, WORKBOOK_SHEETS, sheetName } from './labels';
export { MODEL_TABLE } from '../model-sheet/write';
export { levelSheetGeometry } from './levels';
export { pointsSheetGeometry } from './points';

/**
 * Decides what an assessment workbook holds: the Model sheet, for level models the
 * Targets sheet, the Assessment sheet with its formulas, rules and charts, and the empty Evidence
 * and Audit tables. Pure and linear in people x competencies; every table is one rectangle of rows
 * so an applier writes it in a fixed number of round trips. The appliers (Office.js, workbench)
 * only apply the plan.
 */

/** A role of the Targets table: its name and target level label per competency (null = not set). */
export interface TargetRole {
  name: string;
  targets: (string | null)[];
}

/**
 * The Targets table's roles and each person's role as that table names it. The model's roles
 * when it has them (plus empty rows for roles of the people list it lacks); otherwise the roles
 * found in the people list, in order, with empty targets for HR to fill in; otherwise one
 * "默认岗位 / Default role" that every person gets.
 */
export function planRoles(model: LevelModel, people: PersonRow[], locale: Locale): { roles: TargetRole[]; people: { name: string; role: string; key?: string }[] } {
  const roles: TargetRole[] = [];
  const byKey = new Map<string, string>();
  const add = (name: string, targets: (string | null)[]) => {
    const key = normalizeName(name);
    if (name.trim() === '' || byKey.has(key)) return;
    byKey.set(key, name);
    roles.push({ name, targets });
  };
  const labels = levelLabels(model, locale);
  for (const role of model.roles ?? []) {
    add(
      localize(role.name, locale),
      model.competencies.map((c) => {
        const index = model.scale.levels.findIndex((l) => l.id === role.targets[c.id]);
        return index >= 0 ? labels[index] : null;
      }),
    );
  }
  const modelRole = (text: string) => model.roles?.find((r) => textMatches(r.name, text) || normalizeName(r.id) === normalizeName(text));
  const resolved = people.map((person) => {
    const given = (person.role ?? '').trim();
    const known = given === '' ? undefined : modelRole(given);
    return { name: person.name, role: known ? localize(known.name, locale) : given, ...(person.key ? { key: person.key } : {}) };
  });
  for (const person of resolved) add(person.role, model.competencies.map(() => null));
  if (roles.length === 0) {
    const fallback = localize(DEFAULT_ROLE, locale);
    add(fallback, model.competencies.map(() => null));
    return { roles, people: resolved.map((p) => ({ ...p, role: fallback })) };
  }
  return { roles, people: resolved.map((p) => ({ ...p, role: p.role === '' ? '' : (byKey.get(normalizeName(p.role)) ?? p.role) })) };
}

function modelSheet(model: CompetencyModel, locale: Locale): PlanSheet {
  const layout = modelSheetLayout(model, locale);
  const wide = new Set(['definition', 'summary', 'indicator', 'criteria', 'note']);
  const fields = tableHeaders(model.kind === 'levels' ? COMPETENCY_FIELDS : ELEMENT_FIELDS, locale);
  const columnWidths: Record<string, number> = {};
  fields.forEach((field, i) => (columnWidths[columnName(i)] = wide.has(field.key) ? 240 : 100));
  return {
    key: 'model',
    name: sheetName('model', locale),
    blocks: layout.blocks.map((block) => ({ origin: cellA1(block.row, 0), cells: block.cells.map((row) => row.map(asCell)), ...(block.bold ? { bold: true } : {}) })),
    tables: [{ name: MODEL_TABLE, origin: cellA1(layout.table.row, 0), headers: layout.table.headers, rows: layout.table.rows.map((row) => row.map(asCell)) }],
    listValidations: [],
    numberValidations: [],
    conditionalFormats: [],
    columnWidths,
  };
}

function targetsSheet(model: LevelModel, roles: TargetRole[], locale: Locale): PlanSheet {
  const competencyHeaders = uniqueHeaders(model.competencies, locale);
  const labels = levelLabels(model, locale);
  return {
    key: 'targets',
    name: sheetName('targets', locale),
    blocks: [
      { origin: 'A1', cells: [[text('targetsTitle', locale)]], bold: true },
      { origin: 'A2', cells: [[text('targetsNote', locale)]] },
    ],
    tables: [
      {
        name: TARGETS_TABLE,
        origin: 'A3',
        headers: [localize(COLUMN_LABELS.role, locale), ...competencyHeaders],
        rows: roles.map((role): PlanCell[] => [asCell(role.name), ...role.targets.map((t) => (t === null ? null : asCell(t)))]),
      },
    ],
    listValidations: competencyHeaders.map((header) => ({ table: TARGETS_TABLE, header, values: labels, errorMessage: ratingMessage(labels, locale) })),
    numberValidations: [],
    conditionalFormats: [],
    columnWidths: { A: 110 },
    freeze: { rows: 3, columns: 1 },
  };
}

/** Record columns whose cells hold free text (the behaviours ticked, a comment): wide, as the Model sheet's texts. */
const RECORD_TEXT_COLUMNS = new Set(['Behaviours observed', 'Comment']);
const RECORD_TEXT_WIDTH = 240;

/** What the add-in writes into a record sheet, by the column it goes in (English header): the texts a column must show whole. */
type RecordSamples = Partial<Record<string, readonly string[]>>;

/** The texts the records of this model and these people hold: names, competencies, levels, the change sources. */
function recordSamples(model: CompetencyModel, people: readonly PersonRow[], locale: Locale): RecordSamples {
  const names = people.map((person) => person.name);
  // The assessor is typed in the pane: give room for a name as long as a person's, or two words.
  const assessors = [...names, 'Firstname Lastname'];
  const competencies = (model.kind === 'levels' ? model.competencies : model.groups.flatMap((group) => group.elements)).map((item) => localize(item.name, locale));
  const levels = model.kind === 'levels' ? levelLabels(model, locale) : [];
  return {
    Time: ['2026-12-31 23:59'],
    Date: ['2026-12-31 23:59'],
    Source: Object.values(CHANGE_SOURCES).map((source) => localize(source, locale)),
    Cell: [`${sheetName('assessment', locale)}!AB123`],
    Person: names,
    Assessor: assessors,
    Competency: competencies,
    Level: levels,
    'Old value': levels,
    'New value': levels,
  };
}

/**
 * Widths of a record sheet's columns: each fits its header on one line and what the add-in writes
 * under it (a date-time, a name, the longest competency or change source), up to a cap, so neither
 * is cut off; the free-text columns are wide.
 */
function recordColumnWidths(columns: readonly LocalText[], samples: RecordSamples, locale: Locale): Record<string, number> {
  const fit = (text: string) => headerWidth(text, { min: 64, max: RECORD_TEXT_WIDTH });
  return Object.fromEntries(
    columns.map((column, c) => {
      const key = column.en ?? '';
      const width = RECORD_TEXT_COLUMNS.has(key) ? RECORD_TEXT_WIDTH : Math.max(fit(localize(column, locale)), ...(samples[key] ?? []).map(fit));
      return [columnName(c), width];
    }),
  );
}

function recordSheet(key: 'evidence' | 'audit', samples: RecordSamples, locale: Locale): PlanSheet {
  const columns = key === 'evidence' ? EVIDENCE_COLUMNS : AUDIT_COLUMNS;
  // The time column holds date values, shown as local date-times.
  const timeColumn = key === 'evidence' ? EVIDENCE_DATE_COLUMN : 0;
  const timeHeader = localize(columns[timeColumn], locale);
  return {
    key,
    name: sheetName(key, locale),
    blocks: [],
    tables: [{ name: key === 'evidence' ? EVIDENCE_TABLE : AUDIT_TABLE, origin: 'A1', headers: headers(columns, locale), rows: [], numberFormats: { [timeHeader]: RECORD_TIME_FORMAT } }],
    listValidations: [],
    numberValidations: [],
    conditionalFormats: [],
    columnWidths: recordColumnWidths(columns, samples, locale),
    freeze: { rows: 1, columns: 0 },
    keepIfExists: true,
  };
}

/**
 * The whole assessment workbook for a model and a people list, in the workbook's language.
 * Sheets in creation order: Model, Targets (level models), Assessment, Ratings (level models), Evidence, Audit.
 */
export function planAssessmentWorkbook(model: CompetencyModel, peopleList: PersonRow[], locale: Locale, takenKeys: readonly string[] = []): WorkbookPlan {
  // Everyone gets a key: HR's employee number, else a new one no record of the workbook holds.
  const personKeys = planPersonKeys(peopleList, takenKeys);
  const people = peopleList.map((person, i) => ({ ...person, key: personKeys.keys[i] }));
  const sheets: PlanSheet[] = [modelSheet(model, locale)];
  let charts: WorkbookPlan['charts'] = [];
  if (model.kind === 'levels') {
    const planned = planRoles(model, people, locale);
    const targets = targetsSheet(model, planned.roles, locale);
    const ratings = planRatingsSheet(model, locale);
    const assessment = planLevelAssessmentSheet({ model, people: planned.people, locale, targetsSheet: targets.name, ratingsSheet: ratings.name });
    sheets.push(targets, assessment.sheet, ratings);
    charts = assessment.charts;
  } else {
    sheets.push(planPointsAssessmentSheet({ model, people: people.map((p) => ({ name: p.name, role: p.role ?? '', key: p.key })), locale }));
  }
  const samples = recordSamples(model, people, locale);
  sheets.push(recordSheet('evidence', samples, locale), recordSheet('audit', samples, locale));
  return {
    modelId: model.id,
    modelVersion: model.version,
    locale,
    sheets,
    charts,
    assessmentTable: model.kind === 'levels' ? ASSESSMENT_TABLE : POINTS_TABLE,
    people: { duplicateNames: personKeys.duplicateNames, duplicateKeys: personKeys.duplicateKeys },
  };
}
