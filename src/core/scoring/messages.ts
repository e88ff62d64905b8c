import { defineMessages } from '../message';

/** What the scoring rules say when a value does not fit them, in both languages. */

const s = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const scaleMessages = defineMessages({
  notALevel: {
    en: (value: string, scale: string, levels: string) => `"${value}" is not a level of ${scale}; its levels are ${levels}.`,
    zh: (value: string, scale: string, levels: string) => `"${value}"不是量表"${scale}"的级别;其级别为:${levels}。`,
  },
  notALevelNumberRange: {
    en: (value: number, scale: string, first: number, last: number) => `${value} is not a level number of ${scale}; use ${first} to ${last}.`,
    zh: (value: number, scale: string, first: number, last: number) => `${value} 不是量表"${scale}"的级别序号;请使用 ${first} 到 ${last}。`,
  },
  notALevelNumberList: {
    en: (value: number, scale: string, numbers: string, last: number) => `${value} is not a level number of ${scale}; use ${numbers} or ${last}.`,
    zh: (value: number, scale: string, numbers: string, last: number) => `${value} 不是量表"${scale}"的级别序号;请使用 ${numbers} 或 ${last}。`,
  },
  noBands: {
    en: (scale: string) => `${scale} has no score bands; pass a two-column range of lower bounds and labels instead.`,
    zh: (scale: string) => `${scale}没有分数段;请改为给出两列区域:下限和级别名称。`,
  },
  bandUnknownLevel: {
    en: (min: number, scale: string, levelId: string) => `The score band from ${min} of ${scale} names the unknown level "${levelId}".`,
    zh: (min: number, scale: string, levelId: string) => `${scale}中自 ${min} 起的分数段指向未知级别"${levelId}"。`,
  },
  scoreNotFinite: { en: (score: string) => `The score ${score} is not a finite number.`, zh: (score: string) => `分数 ${score} 不是有限的数。` },
  scoreOutsideRange: {
    en: (score: number, min: number, max: number) => `The score ${score} is outside the scale's range of ${min} to ${max}.`,
    zh: (score: number, min: number, max: number) => `分数 ${score} 超出量表的范围 ${min} 到 ${max}。`,
  },
  scoreBelowBands: {
    en: (score: number, min: number, label: string) => `The score ${score} is below the lowest band (${min}, ${label}).`,
    zh: (score: number, min: number, label: string) => `分数 ${score} 低于最低分数段(${min},${label})。`,
  },
  bandTableEmpty: {
    en: () => 'The band table is empty; give rows of a lower bound and a label.',
    zh: () => '分数段表为空:请给出若干行,每行一个下限和一个级别名称。',
  },
  bandBoundNotNumber: {
    en: (row: number, bound: string) => `In row ${row} of the band table, the lower bound ${bound} is not a number.`,
    zh: (row: number, bound: string) => `分数段表第 ${row} 行的下限 ${bound} 不是数字。`,
  },
  bandLabelMissing: { en: (row: number) => `Row ${row} of the band table has no label.`, zh: (row: number) => `分数段表第 ${row} 行没有级别名称。` },
  bandLabelBlank: { en: (row: number) => `The label in row ${row} of the band table is blank.`, zh: (row: number) => `分数段表第 ${row} 行的级别名称为空。` },
  bandsMustRise: {
    en: (row: number, min: number, previous: number) => `The bounds of the band table must rise: in row ${row}, ${min} is not above ${previous}. Sort the table ascending.`,
    zh: (row: number, min: number, previous: number) => `分数段表的下限必须递增:第 ${row} 行的 ${min} 不大于 ${previous}。请按升序排列。`,
  },
});

export const weightedMessages = defineMessages({
  weightsPerScore: {
    en: (scores: number, weights: number) => `There are ${scores} ${s(scores, 'score', 'scores')} but ${weights} ${s(weights, 'weight', 'weights')}; give one weight per score.`,
    zh: (scores: number, weights: number) => `分数有 ${scores} 个,权重却有 ${weights} 个:请为每个分数给一个权重。`,
  },
  fullMarksPerScore: {
    en: (scores: number, fullMarks: number) => `There are ${scores} ${s(scores, 'score', 'scores')} but ${fullMarks} full ${s(fullMarks, 'mark', 'marks')}; give one full mark per score.`,
    zh: (scores: number, fullMarks: number) => `分数有 ${scores} 个,满分却有 ${fullMarks} 个:请为每个分数给一个满分。`,
  },
  weightNotNumber: { en: (index: number) => `Weight ${index} is not a number.`, zh: (index: number) => `第 ${index} 个权重不是数字。` },
  weightNegative: {
    en: (index: number, weight: number) => `Weight ${index} is negative (${weight}); weights must be 0 or more.`,
    zh: (index: number, weight: number) => `第 ${index} 个权重为负数(${weight}):权重必须大于或等于 0。`,
  },
  scoreNotFinite: { en: (index: number) => `Score ${index} is not a finite number.`, zh: (index: number) => `第 ${index} 个分数不是有限的数。` },
  fullMarksNotPositive: {
    en: (index: number, full: number) => `Full marks ${index} must be a number above 0; it is ${full}.`,
    zh: (index: number, full: number) => `第 ${index} 个满分必须是大于 0 的数,现为 ${full}。`,
  },
  scoreOutsideFullMarks: {
    en: (index: number, score: number, full: number) => `Score ${index} (${score}) lies outside 0 to its full marks of ${full}.`,
    zh: (index: number, score: number, full: number) => `第 ${index} 个分数(${score})不在 0 到满分 ${full} 之间。`,
  },
  weightsAddToZero: {
    en: () => 'The weights of the assessed scores add up to 0.',
    zh: () => '已评分数的权重之和为 0。',
  },
});

export const pointsMessages = defineMessages({
  elementCount: {
    en: (expected: number, got: number) => `The model has ${expected} behaviour elements, so give ${expected} element points in model order; there are ${got}.`,
    zh: (expected: number, got: number) => `模型有 ${expected} 个行为要素,请按模型顺序给出 ${expected} 个要素积分;现有 ${got} 个。`,
  },
  deductionCount: {
    en: (max: number, got: number) => `The model has ${max} ${s(max, 'deduction', 'deductions')}, so give at most ${max} ${s(max, 'count', 'counts')}; there are ${got}.`,
    zh: (max: number, got: number) => `模型有 ${max} 项扣分,最多给出 ${max} 个数量;现有 ${got} 个。`,
  },
  elementNegative: {
    en: (index: number, name: string, value: number) => `Element ${index} (${name}) has ${value} points; points must be 0 or more.`,
    zh: (index: number, name: string, value: number) => `第 ${index} 个要素(${name})的积分为 ${value}:积分必须大于或等于 0。`,
  },
  elementAboveMax: {
    en: (index: number, name: string, value: number, max: number, level: string) => `Element ${index} (${name}) has ${value} points, above its maximum of ${max} at ${level}.`,
    zh: (index: number, name: string, value: number, max: number, level: string) => `第 ${index} 个要素(${name})的积分 ${value} 超过其在${level}的最高分 ${max}。`,
  },
  countNotWhole: {
    en: (deduction: string, count: number) => `The count for ${deduction} is ${count}; it must be a whole number, 0 or more.`,
    zh: (deduction: string, count: number) => `${deduction}的数量为 ${count}:必须是大于或等于 0 的整数。`,
  },
});

export const descriptorMessages = defineMessages({
  notACompetency: {
    en: (query: string, model: string, id: string) => `"${query}" is not a competency of ${model} (model ${id}).`,
    zh: (query: string, model: string, id: string) => `"${query}"不是${model}(模型 ${id})中的能力素质项。`,
  },
  notAnElement: {
    en: (query: string, model: string, id: string) => `"${query}" is not a behaviour element of ${model} (model ${id}).`,
    zh: (query: string, model: string, id: string) => `"${query}"不是${model}(模型 ${id})中的行为要素。`,
  },
  elementNotApplicable: {
    en: (element: string, level: string) => `${element} does not apply at ${level} (0 points).`,
    zh: (element: string, level: string) => `${element}不适用于${level}(0 分)。`,
  },
  noCriteria: {
    en: (element: string, level: string) => `The source document has no assessment standard for ${element} at ${level}.`,
    zh: (element: string, level: string) => `源文件中没有${element}在${level}的评估标准。`,
  },
  noDescriptor: {
    en: (competency: string, level: string) => `The source document has no behaviour descriptor for ${competency} at ${level}.`,
    zh: (competency: string, level: string) => `源文件中没有${competency}在${level}的行为描述。`,
  },
});
