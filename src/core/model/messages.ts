import { defineMessages } from '../message';

/** What the model catalogue says when a formula names a model or scale it cannot use. */
export const catalogueMessages = defineMessages({
  unknownModel: {
    en: (id: string, known: string) => `There is no model "${id}"; the known models are ${known}.`,
    zh: (id: string, known: string) => `没有模型"${id}";已知模型为:${known}。`,
  },
  unknownScale: {
    en: (id: string, known: string) => `There is no scale or model "${id}"; the known ones are ${known}.`,
    zh: (id: string, known: string) => `没有量表或模型"${id}";已知的有:${known}。`,
  },
  pointsModelGiven: {
    en: (id: string) => `The model "${id}" is a points model; this needs a level-based model.`,
    zh: (id: string) => `模型"${id}"是积分制模型;此处需要分级模型。`,
  },
  modelLoading: {
    en: (id: string) => `The built-in model "${id}" is still loading.`,
    zh: (id: string) => `内置模型"${id}"仍在加载。`,
  },
  modelNotLoaded: {
    en: (id: string) => `The built-in model "${id}" could not be loaded (the connection may have dropped); close and reopen the workbook to try again.`,
    zh: (id: string) => `内置模型"${id}"未能加载(可能是网络连接中断);请关闭并重新打开工作簿后重试。`,
  },
  levelModelGiven: {
    en: (id: string, pointsModel: string) => `The model "${id}" is a level-based model; this needs a points model such as ${pointsModel}.`,
    zh: (id: string, pointsModel: string) => `模型"${id}"是分级模型;此处需要积分制模型,例如 ${pointsModel}。`,
  },
});

/** What the model check says about a model file or a workbook's model: one message per problem, with its place. */
export const modelIssueMessages = defineMessages({
  idChars: { en: () => 'The id must be ASCII letters, digits, ".", "_" or "-".', zh: () => '编号只能由 ASCII 字母、数字、"."、"_" 或 "-" 组成。' },
  reservedId: {
    en: () => 'The id is a reserved name (a property every object has, such as "constructor"); choose another id.',
    zh: () => '编号是保留名称(每个对象都有的属性,例如 "constructor"):请另选编号。',
  },
  needsText: { en: () => 'A Chinese (zh) or English (en) text is needed.', zh: () => '需要中文(zh)或英文(en)文本。' },
  sourceText: {
    en: () => 'The source is one text, or its Chinese and English texts: {"zh": "…", "en": "…"}.',
    zh: () => '来源应为一段文本,或其中文和英文文本:{"zh": "…", "en": "…"}。',
  },
  negative: { en: () => 'The number must not be negative.', zh: () => '此数不能为负数。' },
  twoLevels: { en: () => 'A scale needs at least two levels.', zh: () => '量表至少需要两个级别。' },
  oneCompetency: { en: () => 'A model needs at least one competency.', zh: () => '模型至少需要一个能力素质项。' },
  fullMarksPositive: { en: () => 'The full marks must be above 0.', zh: () => '满分必须大于 0。' },
  wrongType: {
    en: (expected: string, got: string) => `A ${expected} belongs here, not ${got}.`,
    zh: (expected: string, got: string) => `此处应为${expected},而不是${got}。`,
  },
  missing: { en: (expected: string) => `This is missing; a ${expected} is needed.`, zh: (expected: string) => `缺少此项:需要${expected}。` },
  blankText: { en: () => 'The text is blank.', zh: () => '文本为空。' },
  tooFew: {
    en: (minimum: string) => `There must be at least ${minimum}.`,
    zh: (minimum: string) => `至少需要 ${minimum} 项。`,
  },
  tooSmall: { en: (minimum: string) => `The number must be ${minimum} or more.`, zh: (minimum: string) => `此数必须大于或等于 ${minimum}。` },
  notAbove: { en: (minimum: string) => `The number must be above ${minimum}.`, zh: (minimum: string) => `此数必须大于 ${minimum}。` },
  tooBig: { en: (maximum: string) => `The value is above the maximum of ${maximum}.`, zh: (maximum: string) => `此值超过最大值 ${maximum}。` },
  notWhole: { en: () => 'The number must be a whole number.', zh: () => '此数必须是整数。' },
  unknownKeys: {
    en: (keys: string) => `The field ${keys} is not part of a model; remove it or check its spelling.`,
    zh: (keys: string) => `字段 ${keys} 不属于模型:请删除,或检查拼写。`,
  },
  badKind: {
    en: () => 'The kind must be "levels" (a level-based model) or "points" (a points model).',
    zh: () => '类型(kind)必须为 "levels"(分级模型)或 "points"(积分制模型)。',
  },
  badValue: { en: (values: string) => `The value must be one of ${values}.`, zh: (values: string) => `此值必须是以下之一:${values}。` },
  invalid: { en: () => 'This value is not valid here.', zh: () => '此值在此处无效。' },
  duplicate: {
    en: (what: string, value: string, first: string) => `The ${what} "${value}" is used twice; it is first at ${first}.`,
    zh: (what: string, value: string, first: string) => `${what}"${value}"重复使用,第一次出现在 ${first}。`,
  },
  duplicateSpelled: {
    en: (what: string, value: string, first: string, spelled: string) => `The ${what} "${value}" is used twice (it differs only in case or spacing from "${spelled}"); it is first at ${first}.`,
    zh: (what: string, value: string, first: string, spelled: string) => `${what}"${value}"重复使用(与"${spelled}"仅大小写或空格不同),第一次出现在 ${first}。`,
  },
  textTooLong: {
    en: (length: number, limit: number) => `The text has ${length} characters; a cell holds at most ${limit}.`,
    zh: (length: number, limit: number) => `文本有 ${length} 个字符,而一个单元格最多容纳 ${limit} 个。`,
  },
  reservedKey: {
    en: (key: string) => `"${key}" is a reserved name (a property every object has) and cannot be a key.`,
    zh: (key: string) => `"${key}"是保留名称(每个对象都有的属性),不能用作键。`,
  },
  unknownLevel: { en: (id: string) => `There is no level "${id}" on the scale.`, zh: (id: string) => `量表中没有级别"${id}"。` },
  unknownClass: { en: (id: string) => `There is no class "${id}".`, zh: (id: string) => `没有类别"${id}"。` },
  unknownCompetency: { en: (id: string) => `There is no competency "${id}".`, zh: (id: string) => `没有能力素质项"${id}"。` },
  bandsMustRise: {
    en: (min: number, previous: number) => `The score bands must rise: ${min} is not above ${previous}.`,
    zh: (min: number, previous: number) => `分数段必须递增:${min} 不大于 ${previous}。`,
  },
  levelsInOrder: {
    en: (expected: string, found: string) => `The levels must be the scale's levels in order (${expected}); found (${found}).`,
    zh: (expected: string, found: string) => `级别必须按顺序对应量表的级别(${expected});实际为(${found})。`,
  },
  levelNeedsText: {
    en: () => 'A level needs a summary or behaviour indicators, or "missing": true.',
    zh: () => '每个级别需要概述或行为指标,或标记 "missing": true。',
  },
  maximumPerLevel: {
    en: (expected: string, found: string) => `One maximum per level is needed (${expected}); found (${found}).`,
    zh: (expected: string, found: string) => `每个级别需要一个最高分(${expected});实际为(${found})。`,
  },
  maximaSum: {
    en: (level: string, sum: number, total: number) => `The element maxima at level ${level} add up to ${sum}, not ${total}.`,
    zh: (level: string, sum: number, total: number) => `级别 ${level} 各要素最高分之和为 ${sum},而不是 ${total}。`,
  },
  sharesSum: { en: (sum: number) => `The exam shares add up to ${sum}, not 100.`, zh: (sum: number) => `各考试占比之和为 ${sum},而不是 100。` },
  fileEmpty: { en: () => 'The file is empty.', zh: () => '文件为空。' },
  notJson: {
    en: () => 'The file is not valid JSON; it may be cut short, or not a model file at all.',
    zh: () => '文件不是有效的 JSON:可能不完整,或根本不是模型文件。',
  },
  notJsonAt: {
    en: (line: number, column: number) => `The file is not valid JSON at line ${line}, column ${column}.`,
    zh: (line: number, column: number) => `文件在第 ${line} 行第 ${column} 列处不是有效的 JSON。`,
  },
  moreIssues: { en: (count: number) => `… and ${count} more.`, zh: (count: number) => `……另有 ${count} 个问题。` },
});

/** The kinds of value the model check names in its messages. */
export const modelValueKinds = defineMessages({
  string: { en: () => 'text', zh: () => '文本' },
  number: { en: () => 'number', zh: () => '数字' },
  boolean: { en: () => 'TRUE or FALSE', zh: () => 'TRUE 或 FALSE' },
  array: { en: () => 'list', zh: () => '列表' },
  object: { en: () => 'group of fields', zh: () => '字段组' },
  nothing: { en: () => 'nothing', zh: () => '空值' },
  value: { en: () => 'value', zh: () => '值' },
  levelId: { en: () => 'level id', zh: () => '级别编号' },
  levelLabel: { en: () => 'level label', zh: () => '级别名称' },
  classId: { en: () => 'class id', zh: () => '类别编号' },
  competencyId: { en: () => 'competency id', zh: () => '能力素质项编号' },
  competencyName: { en: () => 'competency name', zh: () => '能力素质项名称' },
  roleId: { en: () => 'role id', zh: () => '岗位编号' },
  groupId: { en: () => 'group id', zh: () => '分组编号' },
  elementId: { en: () => 'element id', zh: () => '要素编号' },
  elementName: { en: () => 'element name', zh: () => '要素名称' },
  examId: { en: () => 'exam id', zh: () => '考试编号' },
  deductionId: { en: () => 'deduction id', zh: () => '扣分项编号' },
});
