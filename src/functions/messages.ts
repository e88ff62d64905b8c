import { defineMessages } from '../core/message';

/**
 * What the HR functions say about their arguments, in both languages. A place ("The score in
 * row 2, column 1") is a message of its own and starts the sentence it is put in.
 */

const s = (count: number, one: string, many: string) => (count === 1 ? one : many);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The arguments as the user knows them from the function's signature. */
export const argument = defineMessages({
  score: { en: () => 'score', zh: () => '分数' },
  scores: { en: () => 'scores', zh: () => '分数' },
  weights: { en: () => 'weights', zh: () => '权重' },
  weight: { en: () => 'weight', zh: () => '权重' },
  fullMarks: { en: () => 'full marks', zh: () => '满分' },
  scale: { en: () => 'scale', zh: () => '量表' },
  bandTable: { en: () => 'band table', zh: () => '分数段表' },
  competency: { en: () => 'competency', zh: () => '能力素质项' },
  level: { en: () => 'level', zh: () => '级别' },
  model: { en: () => 'model', zh: () => '模型' },
  actual: { en: () => 'actual level', zh: () => '实际级别' },
  target: { en: () => 'target level', zh: () => '目标级别' },
  points: { en: () => 'points', zh: () => '积分' },
  count: { en: () => 'count', zh: () => '数量' },
  range: { en: () => 'range', zh: () => '区域' },
});

/** Where a value is: the whole argument, one cell of it, or one item of a list. */
export const place = defineMessages({
  whole: { en: (arg: string) => `The ${arg}`, zh: (arg: string) => arg },
  cell: { en: (arg: string, row: number, column: number) => `The ${arg} in row ${row}, column ${column}`, zh: (arg: string, row: number, column: number) => `第 ${row} 行第 ${column} 列的${arg}` },
  item: { en: (arg: string, index: number) => `${capital(arg)} ${index}`, zh: (arg: string, index: number) => `第 ${index} 个${arg}` },
  itemOfRow: { en: (arg: string, index: number, row: number) => `${capital(arg)} ${index} of row ${row}`, zh: (arg: string, index: number, row: number) => `第 ${row} 行的第 ${index} 个${arg}` },
  perRole: { en: (arg: string, role: string) => `The ${arg} of ${role}`, zh: (arg: string, role: string) => `${role}的${arg}` },
  tableRow: { en: (arg: string, row: number) => `Row ${row} of the ${arg}`, zh: (arg: string, row: number) => `${arg}第 ${row} 行` },
});

/** A value no cell holds, as the host hands it over. */
export const unreadableValue = defineMessages({
  nestedRange: { en: () => 'a nested range', zh: () => '嵌套的区域' },
  valueOfType: { en: (type: string) => `a value of type ${type}`, zh: (type: string) => `类型为 ${type} 的值` },
  dataType: { en: (type: string) => `the data type "${type}"`, zh: (type: string) => `数据类型"${type}"` },
  object: { en: () => 'an object', zh: () => '一个对象' },
});

export const cellMessages = defineMessages({
  textForNumber: {
    en: (where: string, text: string) => `${where} is the text ${text}; a number belongs here.`,
    zh: (where: string, text: string) => `${where}是文本 ${text},此处应为数字。`,
  },
  numberStoredAsText: {
    en: (where: string, text: string) => `${where} is the text ${text}, a number stored as text: convert it to a number.`,
    zh: (where: string, text: string) => `${where}是文本 ${text},即以文本形式存储的数字:请将其转换为数字。`,
  },
  booleanForNumber: {
    en: (where: string, value: string) => `${where} is ${value}; a number belongs here.`,
    zh: (where: string, value: string) => `${where}为 ${value},此处应为数字。`,
  },
  notFinite: { en: (where: string) => `${where} is not a finite number.`, zh: (where: string) => `${where}不是有限的数。` },
  blankNumber: { en: (where: string) => `${where} is blank; a number is needed.`, zh: (where: string) => `${where}为空,需要一个数。` },
  booleanForName: {
    en: (where: string, value: string) => `${where} is ${value}, not a name or level.`,
    zh: (where: string, value: string) => `${where}为 ${value},不是名称或级别。`,
  },
  blankText: { en: (where: string) => `${where} is blank; it is needed.`, zh: (where: string) => `${where}为空,此项必填。` },
  notALevel: { en: (where: string) => `${where} is not a level.`, zh: (where: string) => `${where}不是级别。` },
  notSingle: {
    en: (where: string, rows: number, columns: number) => `${where} must be a single value, not a ${rows}×${columns} range.`,
    zh: (where: string, rows: number, columns: number) => `${where}必须是单个值,不能是 ${rows}×${columns} 的区域。`,
  },
  notVector: {
    en: (where: string, rows: number, columns: number) => `${where} must be one row or one column, not a ${rows}×${columns} range.`,
    zh: (where: string, rows: number, columns: number) => `${where}必须是一行或一列,不能是 ${rows}×${columns} 的区域。`,
  },
  ragged: {
    en: (where: string) => `${where} is not a rectangular range: its rows differ in length.`,
    zh: (where: string) => `${where}不是矩形区域:各行长度不同。`,
  },
  holdsError: { en: (where: string, code: string) => `${where} holds the error ${code}.`, zh: (where: string, code: string) => `${where}含有错误值 ${code}。` },
  holdsUnreadable: {
    en: (where: string, what: string) => `${where} holds ${what}, not a number or text.`,
    zh: (where: string, what: string) => `${where}含有${what},不是数字或文本。`,
  },
});

export const functionMessages = defineMessages({
  scaleId: {
    en: () => 'The scale must be a scale or model id such as "ct-am".',
    zh: () => '量表必须是量表或模型编号,例如 "ct-am"。',
  },
  weightsPerColumn: {
    en: (columns: number, weights: number) =>
      `The scores have ${columns} ${s(columns, 'column', 'columns')} but there ${s(weights, 'is', 'are')} ${weights} ${s(weights, 'weight', 'weights')}; give one weight per score column.`,
    zh: (columns: number, weights: number) => `分数有 ${columns} 列,权重却有 ${weights} 个:请为每列分数给一个权重。`,
  },
  fullMarksPerWeight: {
    en: (weights: number, fullMarks: number) =>
      `There ${s(weights, 'is', 'are')} ${weights} ${s(weights, 'weight', 'weights')} but ${fullMarks} full ${s(fullMarks, 'mark', 'marks')}; give one full mark per score column.`,
    zh: (weights: number, fullMarks: number) => `权重有 ${weights} 个,满分却有 ${fullMarks} 个:请为每列分数给一个满分。`,
  },
  levelBlank: {
    en: () => 'The level is blank; give a level label or number.',
    zh: () => '级别为空:请给出级别名称或序号。',
  },
  qualificationLevelBlank: {
    en: () => 'The level is blank; give the qualification level, e.g. 3 or "三级".',
    zh: () => '级别为空:请给出任职资格级别,例如 3 或 三级。',
  },
  gapShapes: {
    en: (actualRows: number, actualColumns: number, targetRows: number, targetColumns: number) =>
      `The actual levels are a ${actualRows}×${actualColumns} range but the target levels a ${targetRows}×${targetColumns} range; give one target, or a target range of the same shape.`,
    zh: (actualRows: number, actualColumns: number, targetRows: number, targetColumns: number) =>
      `实际级别是 ${actualRows}×${actualColumns} 的区域,目标级别却是 ${targetRows}×${targetColumns} 的区域:请给出一个目标级别,或形状相同的目标级别区域。`,
  },
});
