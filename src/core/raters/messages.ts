import { defineMessages } from '../message';

/** What the multi-rater rules and functions say, in both languages. */

const s = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const raterMessages = defineMessages({
  noRatingsTable: {
    en: () => 'The workbook has no Ratings table: build the assessment workbook first.',
    zh: () => '工作簿中没有评价记录表:请先生成评估工作簿。',
  },
  selfRatedTwice: {
    en: (count: number) => `There are ${count} self ratings; a person rates themselves once per competency.`,
    zh: (count: number) => `有 ${count} 条自评:每人对每个能力素质项只自评一次。`,
  },
  levelNotNumber: { en: (level: string) => `The level ${level} is not a number.`, zh: (level: string) => `级别 ${level} 不是数字。` },
  tooFewRaters: {
    en: (roles: string) => `Too few raters to show any result without identifying them: ${roles} are below their minimum, and too few to pool as "other".`,
    zh: (roles: string) => `评价人太少,显示结果会暴露评价人身份:${roles}未达最少人数,合并为"其他"也不够。`,
  },
  rolesWeighZero: {
    en: (roles: string) => `The roles present (${roles}) all have weight 0.`,
    zh: (roles: string) => `现有角色(${roles})的权重都为 0。`,
  },
  metricNeedsNumbers: {
    en: (metric: string, text: string) => `The ${metric} metric needs numbers, not the text "${text}".`,
    zh: (metric: string, text: string) => `${metric}度量需要数字,不能是文本"${text}"。`,
  },
  noPairableUnit: {
    en: () => 'No unit has values from two or more raters, so agreement cannot be measured.',
    zh: () => '没有任何单元有两位及以上评价人的数值,无法计算一致性。',
  },
  noVariation: {
    en: (value: string) => `Every pairable value is ${value}; without variation alpha is undefined (0/0).`,
    zh: (value: string) => `所有可配对的值都是 ${value}:没有差异时 alpha 无定义(0/0)。`,
  },
  notARole: {
    en: (where: string, name: string, roles: string) => `${where} is "${name}", not a rater role; use ${roles}.`,
    zh: (where: string, name: string, roles: string) => `${where}为"${name}",不是评价人角色:请使用 ${roles}。`,
  },
  labelNotNumber: {
    en: (where: string, label: string) => `${where} is the label "${label}"; give level numbers (HR.LEVEL.NUMBER turns labels into numbers).`,
    zh: (where: string, label: string) => `${where}是级别名称"${label}":请给出级别序号(可用 HR.LEVEL.NUMBER 转换)。`,
  },
  tableRowWithoutRole: {
    en: (where: string) => `${where} has a value but no role.`,
    zh: (where: string) => `${where}有数值但没有角色。`,
  },
  perRoleCount: {
    en: (what: string, count: number, roles: string) =>
      `The ${what} ${s(count, 'has', 'have')} ${count} ${s(count, 'value', 'values')}; give 5, for ${roles} in that order, or a two-column table of role and value.`,
    zh: (what: string, count: number, roles: string) => `${what}有 ${count} 个值:请按 ${roles} 的顺序给出 5 个值,或给出"角色、数值"两列表。`,
  },
  trimBoolean: {
    en: () => 'The trim must be TRUE or FALSE (or 1 or 0).',
    zh: () => 'trim 必须为 TRUE 或 FALSE(或 1、0)。',
  },
  rolePerLevel: {
    en: (levels: number, roles: number) => `There ${s(levels, 'is', 'are')} ${levels} ${s(levels, 'level', 'levels')} but ${roles} ${s(roles, 'role', 'roles')}; give one role per level.`,
    zh: (levels: number, roles: number) => `有 ${levels} 个级别,却有 ${roles} 个角色:每个级别需要一个角色。`,
  },
  levelWithoutRole: {
    en: (index: number) => `Level ${index} has no role; say who gave it.`,
    zh: (index: number) => `第 ${index} 个级别没有角色:请注明评价人角色。`,
  },
  unknownMetric: {
    en: (name: string) => `The metric "${name}" is unknown; use "ordinal", "nominal" or "interval".`,
    zh: (name: string) => `未知的度量"${name}":请使用"序数"、"名义"或"定距"。`,
  },
  booleanForRating: {
    en: (where: string, value: string) => `${where} is ${value}, not a rating.`,
    zh: (where: string, value: string) => `${where}为 ${value},不是评价。`,
  },
  unitPerRating: {
    en: (ratings: number, units: number) => `There ${s(ratings, 'is', 'are')} ${ratings} ${s(ratings, 'rating', 'ratings')} but ${units} unit ${s(units, 'key', 'keys')}; give one unit per rating.`,
    zh: (ratings: number, units: number) => `有 ${ratings} 个评价,却有 ${units} 个单元:每个评价需要一个单元。`,
  },
  ratingWithoutRole: {
    en: (who: string) => `${who} has no role; say who gave it.`,
    zh: (who: string) => `${who}没有角色:请注明评价人角色。`,
  },
  ratingWithUnknownRole: {
    en: (who: string, role: string) => `${who} has the role "${role}", which is not a rater role.`,
    zh: (who: string, role: string) => `${who}的角色"${role}"不是评价人角色。`,
  },
  ratingNotOnScale: {
    en: (who: string, reason: string) => `${who} gives a level the scale does not have. ${reason}`,
    zh: (who: string, reason: string) => `${who}的级别不在量表上。${reason}`,
  },
  ratingsTooNarrow: {
    en: (columns: number) => `The ratings have ${columns} ${s(columns, 'column', 'columns')}; give the Ratings table's columns PersonKey, Competency, RaterKey, Role, Level.`,
    zh: (columns: number) => `评价只有 ${columns} 列:请给出评价记录表的 PersonKey、Competency、RaterKey、Role、Level 列。`,
  },
  modelId: {
    en: () => 'The model must be a model or scale id such as "ct-am".',
    zh: () => '模型必须是模型或量表编号,例如 "ct-am"。',
  },
  ratingWithoutUnit: {
    en: (index: number) => `Rating ${index} has no unit; say what it rates.`,
    zh: (index: number) => `第 ${index} 个评价没有对应的单元。`,
  },
});

/** What is wrong with a round's roles. */
export const roundMessages = defineMessages({
  roleOrder: {
    en: (roles: string) => `A round has the roles ${roles}, in that order.`,
    zh: (roles: string) => `评估轮次的角色必须依次为 ${roles}。`,
  },
  roleNeedsNames: {
    en: (role: string) => `The role ${role} needs a name in both Chinese and English.`,
    zh: (role: string) => `角色 ${role} 需要中文和英文名称。`,
  },
  sameName: {
    en: (name: string, first: string, second: string) => `Two roles are called "${name}" (${first} and ${second}); give each its own name.`,
    zh: (name: string, first: string, second: string) => `两个角色同名"${name}"(${first} 和 ${second}):请分别命名。`,
  },
  badWeight: {
    en: (role: string, weight: string) => `The weight of ${role} must be a number of 0 or more, not ${weight}.`,
    zh: (role: string, weight: string) => `${role}的权重必须是不小于 0 的数,而不是 ${weight}。`,
  },
  badMinimum: {
    en: (role: string, minimum: string) => `The minimum raters of ${role} must be a whole number of 1 or more, not ${minimum}.`,
    zh: (role: string, minimum: string) => `${role}的最少评价人数必须是不小于 1 的整数,而不是 ${minimum}。`,
  },
  selfMinimum: {
    en: (role: string, minimum: string) => `${role} is one person: its minimum must be 1, not ${minimum}.`,
    zh: (role: string, minimum: string) => `${role}只有本人一位评价人:最少人数必须为 1,而不是 ${minimum}。`,
  },
  noWeight: {
    en: () => 'At least one role needs a weight above 0.',
    zh: () => '至少一个角色的权重必须大于 0。',
  },
});

/** The raters functions' arguments and places, as the signatures name them. */
export const raterPlaces = defineMessages({
  levels: { en: () => 'levels', zh: () => '级别' },
  roles: { en: () => 'roles', zh: () => '角色' },
  weights: { en: () => 'weights', zh: () => '权重' },
  minimums: { en: () => 'minimums', zh: () => '最少人数' },
  trim: { en: () => 'trim', zh: () => 'trim' },
  metric: { en: () => 'metric', zh: () => '度量' },
  ratings: { en: () => 'ratings', zh: () => '评价' },
  units: { en: () => 'units', zh: () => '单元' },
  level: { en: () => 'level', zh: () => '级别' },
  role: { en: () => 'role', zh: () => '角色' },
  unit: { en: () => 'unit', zh: () => '单元' },
  rating: { en: () => 'rating', zh: () => '评价' },
  ratingOfRater: { en: (rater: string) => `The rating of ${rater}`, zh: (rater: string) => `评价人 ${rater} 的评价` },
  ratingWithoutRater: { en: () => 'A rating without a rater key', zh: () => '一条没有评价人编号的评价' },
  people: { en: () => 'people', zh: () => '人员' },
  competencies: { en: () => 'competencies', zh: () => '能力素质项' },
  person: { en: () => 'person', zh: () => '人员' },
  competency: { en: () => 'competency', zh: () => '能力素质项' },
  model: { en: () => 'model', zh: () => '模型' },
  ratingsCell: { en: (row: number, column: number) => `The ratings in row ${row}, column ${column}`, zh: (row: number, column: number) => `评价第 ${row} 行第 ${column} 列` },
  ratingOfUnit: { en: (unit: number) => `The rating of unit ${unit}`, zh: (unit: number) => `第 ${unit} 个单元的评价` },
  perRoleItem: { en: (what: string, index: number, role: string) => `The ${what} number ${index} (${role})`, zh: (what: string, index: number, role: string) => `第 ${index} 个${what}(${role})` },
});
