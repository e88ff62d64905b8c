import type { LevelModel, Locale } from '../model/types';
import { normalizeName } from '../text';
import type { WorkbookPlan } from '../plan/plan';
import { planRatingsSheet, RATINGS_TABLE, type RatingsRow } from '../plan/ratings';
import { planAssessmentWorkbook } from '../plan/workbook-plan';
import { uniqueHeaders } from '../plan/labels';
import { roleOfName } from './roles';

/**
 * "Prepare assessor workbooks": one workbook per assessor with the model and a Ratings table
 * holding one row per person they rate and competency, Level left blank for them to fill. Who
 * rates whom comes from the master's RaterAssignments table (PersonKey, RaterKey, Role).
 */

export interface RaterAssignment {
  person: string;
  rater: string;
  role: string;
}

export interface AssessorWorkbook {
  rater: string;
  fileName: string;
  plan: WorkbookPlan;
  people: string[];
}

/** A file name from a rater key: characters no file system takes are replaced. */
function fileNameOf(rater: string, locale: Locale): string {
  const safe = [...rater].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').slice(0, 80);
  return locale === 'zh-CN' ? `评价表 ${safe}.xlsx` : `Ratings ${safe}.xlsx`;
}

/** Problems of the assignments, one per bad row (row numbers 1-based); empty when they can be prepared. */
export function assignmentProblems(assignments: readonly RaterAssignment[], people: readonly string[]): { en: string; zh: string }[] {
  const known = new Set(people.map(normalizeName));
  const problems: { en: string; zh: string }[] = [];
  assignments.forEach((a, i) => {
    const row = i + 1;
    if (a.person.trim() === '' || a.rater.trim() === '') problems.push({ en: `assignment row ${row} needs a person key and a rater key`, zh: `分配表第 ${row} 行需要人员编号和评价人编号` });
    else if (!known.has(normalizeName(a.person))) problems.push({ en: `assignment row ${row}: ${a.person} is not in the Assessment table`, zh: `分配表第 ${row} 行:评估表中没有 ${a.person}` });
    if (roleOfName(a.role) === null) problems.push({ en: `assignment row ${row}: "${a.role}" is not a rater role`, zh: `分配表第 ${row} 行:"${a.role}"不是评价人角色` });
  });
  if (assignments.length === 0) problems.push({ en: 'the RaterAssignments table is empty: list who rates whom first', zh: '评价分配表为空:请先列出谁评价谁' });
  return problems;
}

/** One workbook plan per rater, in the order raters first appear. */
export function planAssessorWorkbooks(model: LevelModel, assignments: readonly RaterAssignment[], locale: Locale): AssessorWorkbook[] {
  const competencies = uniqueHeaders(model.competencies, locale);
  const modelSheet = planAssessmentWorkbook(model, [], locale).sheets.find((s) => s.key === 'model')!;
  const byRater = new Map<string, RaterAssignment[]>();
  for (const a of assignments) {
    const key = a.rater.trim();
    if (!byRater.has(key)) byRater.set(key, []);
    byRater.get(key)!.push(a);
  }
  return [...byRater.entries()].map(([rater, list]) => {
    const rows: RatingsRow[] = list.flatMap((a) => competencies.map((competency) => ({ PersonKey: a.person.trim(), Competency: competency, RaterKey: rater, Role: a.role.trim(), Level: null })));
    const ratings = { ...planRatingsSheet(model, locale, rows), keepIfExists: false };
    ratings.tables = ratings.tables.filter((t) => t.name === RATINGS_TABLE);
    ratings.blocks = [];
    ratings.listValidations = ratings.listValidations.filter((v) => v.table === RATINGS_TABLE);
    ratings.numberValidations = [];
    return {
      rater,
      fileName: fileNameOf(rater, locale),
      people: [...new Set(list.map((a) => a.person.trim()))],
      plan: { modelId: model.id, modelVersion: model.version, locale, sheets: [modelSheet, ratings], charts: [], assessmentTable: RATINGS_TABLE },
    };
  });
}
