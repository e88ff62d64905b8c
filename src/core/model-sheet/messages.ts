import { defineMessages } from '../message';

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the Model sheet import says about a row, in both languages; the place (its row) is given beside it. */
export const sheetMessages = defineMessages({
  headerMissing: { en: (table: string) => `The header row of the table "${table}" is missing.`, zh: (table: string) => `表格"${table}"缺少标题行。` },
  unknownColumn: {
    en: (table: string, text: string, column: number, fields: string) =>
      `The table "${table}" has an unknown column "${text}" (column ${column}); the columns are ${fields}, and "(英文)" or "(Chinese)" columns for the other language.`,
    zh: (table: string, text: string, column: number, fields: string) =>
      `表格"${table}"有未知列"${text}"(第 ${column} 列);可用的列为 ${fields},以及另一种语言的"(英文)"或"(Chinese)"列。`,
  },
  columnTwice: { en: (table: string, text: string) => `The column "${text}" appears twice in the table "${table}".`, zh: (table: string, text: string) => `表格"${table}"中的列"${text}"出现了两次。` },
  columnMissing: { en: (table: string, column: string) => `The table "${table}" has no column "${column}".`, zh: (table: string, column: string) => `表格"${table}"缺少"${column}"列。` },
  blank: { en: (field: string) => `"${field}" is blank.`, zh: (field: string) => `"${field}"为空。` },
  badId: {
    en: (field: string, value: string) => `"${field}" is "${value}"; it must be ASCII letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    zh: (field: string, value: string) => `"${field}"为"${value}":只能由 ASCII 字母、数字、"."、"_" 或 "-" 组成,且以字母或数字开头。`,
  },
  notANumber: { en: (field: string, text: string) => `"${field}" is "${text}", which is not a number.`, zh: (field: string, text: string) => `"${field}"为"${text}",不是数字。` },
  belowMinimum: {
    en: (field: string, value: number, min: number) => `"${field}" is ${value}; it must be ${min} or more.`,
    zh: (field: string, value: number, min: number) => `"${field}"为 ${value}:必须大于或等于 ${min}。`,
  },
  notWhole: { en: (field: string, value: number) => `"${field}" is ${value}; it must be a whole number.`, zh: (field: string, value: number) => `"${field}"为 ${value}:必须是整数。` },
  differs: {
    en: (field: string, value: string, row: number, first: string, owner: string) =>
      `"${field}" of ${owner} is "${value}" here but "${first}" in row ${row}; it must be the same on every row (or blank).`,
    zh: (field: string, value: string, row: number, first: string, owner: string) =>
      `${owner}的"${field}"在此为"${value}",在第 ${row} 行却为"${first}":每行必须相同(或留空)。`,
  },
  badAssessment: {
    en: (field: string, text: string, behaviour: string, exam: string) => `"${field}" is "${text}"; it must be "${behaviour}" or "${exam}" (or blank).`,
    zh: (field: string, text: string, behaviour: string, exam: string) => `"${field}"为"${text}":必须为"${behaviour}"或"${exam}"(或留空)。`,
  },
  levelBlank: { en: (field: string, levels: string) => `"${field}" is blank; give one of ${levels}.`, zh: (field: string, levels: string) => `"${field}"为空:请填写 ${levels} 之一。` },
  notALevel: {
    en: (text: string, levels: string) => `"${text}" is not a level of the scale; its levels are ${levels}.`,
    zh: (text: string, levels: string) => `"${text}"不是量表中的级别;其级别为:${levels}。`,
  },
  noClass: {
    en: (owner: string, field: string) => `"${field}" of ${owner} is blank on all its rows; give the class ID.`,
    zh: (owner: string, field: string) => `${owner}的"${field}"在所有行都为空:请填写类别编号。`,
  },
  noName: { en: (owner: string, field: string) => `${cap(owner)} has no name; fill in "${field}".`, zh: (owner: string, field: string) => `${owner}没有名称:请填写"${field}"。` },
  noLevelRow: {
    en: (owner: string, level: string, mark: string) => `${cap(owner)} has no row for the level ${level}; add one (with "${mark}" as the indicator when the source has no text).`,
    zh: (owner: string, level: string, mark: string) => `${owner}缺少级别${level}的行:请补上(源文件没有文本时,行为指标填"${mark}")。`,
  },
  levelWithoutText: {
    en: (owner: string, level: string, mark: string) => `${cap(owner)} has no level summary and no behaviour indicator at ${level}; write them, or "${mark}" in the indicator column.`,
    zh: (owner: string, level: string, mark: string) => `${owner}在${level}既没有级别概述也没有行为指标:请填写,或在行为指标列填"${mark}"。`,
  },
  secondLevelRow: {
    en: (owner: string) => `${cap(owner)} has a second row for the same level; give one row per level.`,
    zh: (owner: string) => `${owner}同一级别有第二行:每个级别只能有一行。`,
  },
  maxPointsBlank: {
    en: (field: string) => `"${field}" is blank; give the element's maximum at this level (0 where it does not apply).`,
    zh: (field: string) => `"${field}"为空:请填写该要素在此级别的最高分(不适用时填 0)。`,
  },
  noLevelRowPoints: {
    en: (owner: string, level: string) => `${cap(owner)} has no row for the level ${level}; add one with its maximum points.`,
    zh: (owner: string, level: string) => `${owner}缺少级别${level}的行:请补上并填写最高分。`,
  },
  fullMarksPositive: { en: (field: string) => `"${field}" must be a number above 0.`, zh: (field: string) => `"${field}"必须是大于 0 的数。` },
  shareBlank: { en: (field: string) => `"${field}" is blank; give the exam's share in percent.`, zh: (field: string) => `"${field}"为空:请填写该考试所占的百分比。` },
  usedTwice: {
    en: (what: string, id: string, row: number) => `The ${what} "${id}" is used twice; it is first in row ${row}.`,
    zh: (what: string, id: string, row: number) => `${what}"${id}"重复使用,第一次出现在第 ${row} 行。`,
  },
  requiredBlank: { en: (field: string) => `"${field}" is blank; give the count required at this level.`, zh: (field: string) => `"${field}"为空:请填写此级别要求的数量。` },
  fieldBlankFor: { en: (owner: string, field: string) => `"${field}" of ${owner} is blank.`, zh: (owner: string, field: string) => `${owner}的"${field}"为空。` },
  unknownInfoField: {
    en: (name: string, fields: string) => `"${name}" is not a model information field; the fields are ${fields}.`,
    zh: (name: string, fields: string) => `"${name}"不是模型信息字段;可用字段为 ${fields}。`,
  },
  infoFieldTwice: {
    en: (name: string, row: number) => `The model information field "${name}" appears twice; it is first in row ${row}.`,
    zh: (name: string, row: number) => `模型信息字段"${name}"出现了两次,第一次在第 ${row} 行。`,
  },
  badKind: {
    en: (text: string, levels: string, points: string) => `The kind is "${text}"; it must be "${levels}" or "${points}".`,
    zh: (text: string, levels: string, points: string) => `类型为"${text}":必须为"${levels}"或"${points}"。`,
  },
  kindMismatch: {
    en: (text: string, section: string) => `The kind "${text}" does not fit the table under "${section}".`,
    zh: (text: string, section: string) => `类型"${text}"与"${section}"下的表格不符。`,
  },
  levelNoLabel: { en: () => 'The level has no label; fill in the level name.', zh: () => '该级别没有名称:请填写级别名称。' },
  scaleNeeded: {
    en: () => 'The model information needs the scale ID and the scale name.',
    zh: () => '模型信息中需要量表编号和量表名称。',
  },
  sectionTwice: {
    en: (section: string, row: number) => `The section "${section}" appears twice; it is first in row ${row}.`,
    zh: (section: string, row: number) => `"${section}"部分出现了两次,第一次在第 ${row} 行。`,
  },
  sheetEmpty: { en: () => 'The Model sheet is empty.', zh: () => '“模型”工作表为空。' },
  noTable: {
    en: (competencies: string, elements: string) => `There is no "${competencies}" or "${elements}" table.`,
    zh: (competencies: string, elements: string) => `没有"${competencies}"或"${elements}"表格。`,
  },
  noInfo: {
    en: (section: string) => `There is no "${section}" section; the model ID, version and name are needed.`,
    zh: (section: string) => `没有"${section}"部分:需要模型编号、版本和名称。`,
  },
  noLevels: {
    en: (section: string) => `There is no "${section}" section; the scale's levels are needed.`,
    zh: (section: string) => `没有"${section}"部分:需要量表的各级别。`,
  },
  levelTotalNeeded: {
    en: () => 'The model information needs the behaviour points per level.',
    zh: () => '模型信息中需要各级行为总分。',
  },
});

/** The things of a Model sheet its messages name: "the competency "c1"", "竞争力 c1". */
export const sheetThings = defineMessages({
  competency: { en: (id: string) => `the competency "${id}"`, zh: (id: string) => `能力素质项"${id}"` },
  competencyAtLevel: { en: (id: string, level: string) => `the competency "${id}" at ${level}`, zh: (id: string, level: string) => `能力素质项"${id}"在${level}` },
  class: { en: (id: string) => `the class "${id}"`, zh: (id: string) => `类别"${id}"` },
  group: { en: (id: string) => `the group "${id}"`, zh: (id: string) => `分组"${id}"` },
  element: { en: (id: string) => `the element "${id}"`, zh: (id: string) => `要素"${id}"` },
  exam: { en: () => 'the exam', zh: () => '该考试' },
  deduction: { en: (id: string) => `the deduction "${id}"`, zh: (id: string) => `扣分项"${id}"` },
  examId: { en: () => 'exam ID', zh: () => '考试编号' },
  levelId: { en: () => 'level ID', zh: () => '级别编号' },
});
