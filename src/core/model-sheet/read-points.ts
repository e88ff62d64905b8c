import { DEDUCTION_FIELDS, ELEMENT_FIELDS, EXAM_FIELDS, type FieldDef } from './columns';
import { modelText } from '../message';
import { sheetMessages, sheetThings } from './messages';
import { Agreed, Issues, readId, readNumber, type SectionTable } from './parse';
import { findLevel, listLevels } from '../scoring/scale';
import type { Deduction, KnowledgeExam, LocalText, PointsGroup, Scale } from '../model/types';

/** The element, exam and deduction tables of a points model read back. */

const labelOf = (fields: FieldDef[], key: string): LocalText => fields.find((f) => f.key === key)!.label;

function levelOf(text: string, scale: Scale, row: number, issues: Issues): string | undefined {
  const trimmed = text.trim();
  const level = trimmed === '' ? undefined : findLevel(scale, trimmed);
  if (!level) issues.add(row, trimmed === '' ? sheetMessages.levelBlank(modelText(labelOf(ELEMENT_FIELDS, 'level')), listLevels(scale)) : sheetMessages.notALevel(trimmed, listLevels(scale)));
  return level?.id;
}

interface ElementRows {
  id: string;
  firstRow: number;
  agreed: Agreed;
  maxPoints: Record<string, number>;
  criteria: Record<string, LocalText>;
  /** Levels with a row, valid or not (a bad row is reported once, not again as "no row"). */
  levels: Set<string>;
}

export function readElementTable(table: SectionTable, scale: Scale, issues: Issues): { groups: PointsGroup[]; elementRows: Map<string, number> } {
  const label = (key: string) => labelOf(ELEMENT_FIELDS, key);
  const groups = new Map<string, { firstRow: number; agreed: Agreed; elements: string[] }>();
  const elements = new Map<string, ElementRows>();
  const badLevel = new Set<string>();
  for (const record of table.records) {
    const groupId = readId(record, 'groupId', label('groupId'), issues);
    const elementId = readId(record, 'elementId', label('elementId'), issues);
    const levelId = levelOf(record.text('level'), scale, record.row, issues);
    if (elementId && !levelId) badLevel.add(elementId);
    if (!groupId || !elementId || !levelId) continue;
    let group = groups.get(groupId);
    if (!group) groups.set(groupId, (group = { firstRow: record.row, agreed: new Agreed(sheetThings.group(groupId), issues), elements: [] }));
    group.agreed.setText(record, 'group', label('group'));
    let element = elements.get(elementId);
    if (!element) {
      elements.set(elementId, (element = { id: elementId, firstRow: record.row, agreed: new Agreed(sheetThings.element(elementId), issues), maxPoints: {}, criteria: {}, levels: new Set() }));
      group.elements.push(elementId);
    }
    element.agreed.set('groupId', groupId, record.row, modelText(label('groupId')));
    element.agreed.setText(record, 'element', label('element'));
    if (element.levels.has(levelId)) {
      issues.add(record.row, sheetMessages.secondLevelRow(sheetThings.element(elementId)));
      continue;
    }
    element.levels.add(levelId);
    const max = readNumber(record.raw('maxPoints'), record.row, label('maxPoints'), issues, { min: 0 });
    if (max === undefined) issues.add(record.row, sheetMessages.maxPointsBlank(modelText(label('maxPoints'))));
    if (typeof max === 'number') element.maxPoints[levelId] = max;
    const criteria = record.localText('criteria');
    if (criteria) element.criteria[levelId] = criteria;
  }
  const result: PointsGroup[] = [];
  const elementRows = new Map<string, number>();
  for (const [groupId, group] of groups) {
    const name = group.agreed.localText('group');
    if (!name) issues.add(group.firstRow, sheetMessages.noName(sheetThings.group(groupId), modelText(label('group'))));
    result.push({
      id: groupId,
      name: name ?? {},
      elements: group.elements.map((id) => {
        const element = elements.get(id)!;
        const elementName = element.agreed.localText('element');
        if (!elementName) issues.add(element.firstRow, sheetMessages.noName(sheetThings.element(id), modelText(label('element'))));
        for (const level of scale.levels)
          if (!element.levels.has(level.id) && !badLevel.has(id))
            issues.add(element.firstRow, sheetMessages.noLevelRowPoints(sheetThings.element(id), modelText(level.label)));
        elementRows.set(id, element.firstRow);
        return {
          id,
          name: elementName ?? {},
          maxPoints: element.maxPoints,
          ...(Object.keys(element.criteria).length > 0 ? { criteria: element.criteria } : {}),
        };
      }),
    });
  }
  return { groups: result, elementRows };
}

export function readExamTable(table: SectionTable, issues: Issues): KnowledgeExam[] {
  const label = (key: string) => labelOf(EXAM_FIELDS, key);
  const exams: KnowledgeExam[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const id = readId(record, 'examId', label('examId'), issues);
    const name = record.localText('exam');
    if (!name) issues.add(record.row, sheetMessages.noName(sheetThings.exam(), modelText(label('exam'))));
    const fullMarks = readNumber(record.raw('fullMarks'), record.row, label('fullMarks'), issues);
    if (fullMarks === undefined || (typeof fullMarks === 'number' && fullMarks <= 0))
      issues.add(record.row, sheetMessages.fullMarksPositive(modelText(label('fullMarks'))));
    const share = readNumber(record.raw('share'), record.row, label('share'), issues, { min: 0 });
    if (share === undefined) issues.add(record.row, sheetMessages.shareBlank(modelText(label('share'))));
    if (id && seen.has(id)) issues.add(record.row, sheetMessages.usedTwice(sheetThings.examId(), id, seen.get(id)!));
    if (!id || !name || typeof fullMarks !== 'number' || typeof share !== 'number') continue;
    seen.set(id, record.row);
    exams.push({ id, name, fullMarks, share });
  }
  return exams;
}

export function readDeductionTable(table: SectionTable, scale: Scale, issues: Issues): Deduction[] {
  const label = (key: string) => labelOf(DEDUCTION_FIELDS, key);
  const deductions = new Map<string, { firstRow: number; agreed: Agreed; required: Record<string, number> }>();
  for (const record of table.records) {
    const id = readId(record, 'deductionId', label('deductionId'), issues);
    if (!id) continue;
    let deduction = deductions.get(id);
    if (!deduction) deductions.set(id, (deduction = { firstRow: record.row, agreed: new Agreed(sheetThings.deduction(id), issues), required: {} }));
    deduction.agreed.setText(record, 'deduction', label('deduction'));
    const each = readNumber(record.raw('pointsEach'), record.row, label('pointsEach'), issues, { min: 0 });
    if (typeof each === 'number') deduction.agreed.set('pointsEach', String(each), record.row, modelText(label('pointsEach')));
    const window = readNumber(record.raw('windowMonths'), record.row, label('windowMonths'), issues, { min: 1, integer: true });
    if (typeof window === 'number') deduction.agreed.set('windowMonths', String(window), record.row, modelText(label('windowMonths')));
    if (record.text('level').trim() === '' && record.text('required').trim() === '') continue;
    const levelId = levelOf(record.text('level'), scale, record.row, issues);
    const required = readNumber(record.raw('required'), record.row, label('required'), issues, { min: 0 });
    if (required === undefined) issues.add(record.row, sheetMessages.requiredBlank(modelText(label('required'))));
    if (!levelId || typeof required !== 'number') continue;
    if (deduction.required[levelId] !== undefined) issues.add(record.row, sheetMessages.secondLevelRow(sheetThings.deduction(id)));
    deduction.required[levelId] = required;
  }
  return [...deductions].map(([id, d]) => {
    const name = d.agreed.localText('deduction');
    const each = d.agreed.get('pointsEach');
    const window = d.agreed.get('windowMonths');
    if (!name) issues.add(d.firstRow, sheetMessages.noName(sheetThings.deduction(id), modelText(label('deduction'))));
    if (each === undefined) issues.add(d.firstRow, sheetMessages.fieldBlankFor(sheetThings.deduction(id), modelText(label('pointsEach'))));
    return { id, name: name ?? {}, requiredByLevel: d.required, pointsEach: Number(each ?? 0), ...(window !== undefined ? { windowMonths: Number(window) } : {}) };
  });
}
