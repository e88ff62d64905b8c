import type { Locale } from '../core/model/types';

/** Every string the exported deck shows, in both languages. Names of people and competencies are user data, not here. */
export interface DeckStrings {
  /** BCP 47 tag written on every text run (spell check, East Asian font choice in Office). */
  lang: string;
  deckTitle: string;
  modelLine(modelName: string, version: string): string;
  dateLine(date: string): string;
  peopleLine(count: number): string;
  /** The people line of a deck made for some people only: one role, or a selection. */
  rolePeopleLine(role: string, count: number): string;
  selectedPeopleLine(count: number): string;
  actualSeries: string;
  targetSeries: string;
  /** Lead of the key to the rings, "级别：" before "1 = 初级 · 2 = 中级 …"; and what 0 on the chart means. */
  scaleHeading: string;
  zeroMeans: string;
  gapsHeading: string;
  /** One competency below target: by how many levels, from which level to which. */
  gapLine(competency: string, gap: number, actual: string, target: string): string;
  onTarget: string;
  notAssessedYet: string;
  notRatedList(names: string[]): string;
  noTargetList(names: string[]): string;
  /** Suffixes on the chart's category labels. */
  notRatedMark: string;
  noTargetMark: string;
  /** Overall status of one person (team table, person slide subtitle). */
  statusNotAssessed: string;
  statusBelow(count: number): string;
  statusOnTarget(notRated: number): string;
  statusNoTargets: string;
  teamTitle: string;
  teamTitleContinued: string;
  teamSubtitle(count: number): string;
  /** Subtitle of a continuation slide of the status table: which people it lists. */
  teamRange(first: number, last: number, count: number): string;
  teamAverageSeries: string;
  teamTargetSeries: string;
  /** How many people are on target, below it, not assessed, and (only when some are) without targets. */
  teamCounts(onTarget: number, below: number, notAssessed: number, noTargets: number): string;
  nameColumn: string;
  roleColumn: string;
  statusColumn: string;
  noOneAssessed: string;
  noCompetencies: string;
  chartAltText(who: string): string;
  teamChartAltText: string;
  /** List separator for names run together on one line. */
  listSeparator: string;
}

const zh: DeckStrings = {
  lang: 'zh-CN',
  deckTitle: '能力素质测评报告',
  modelLine: (name, version) => `${name}（版本 ${version}）`,
  dateLine: (date) => `日期：${date}`,
  peopleLine: (count) => `人员：${count} 人`,
  rolePeopleLine: (role, count) => `角色：${role} · ${count} 人`,
  selectedPeopleLine: (count) => `选定人员 · ${count} 人`,
  actualSeries: '实际级别',
  targetSeries: '目标级别',
  scaleHeading: '级别：',
  zeroMeans: '0 = 未评定或未设目标',
  gapsHeading: '低于目标的能力素质项',
  gapLine: (c, gap, actual, target) => `${c}：低 ${gap} 级（${actual} → 目标 ${target}）`,
  onTarget: '已评定的各项均达到目标。',
  notAssessedYet: '尚未评定任何能力素质项。',
  notRatedList: (names) => `未评定：${names.join('、')}`,
  noTargetList: (names) => `未设目标：${names.join('、')}`,
  notRatedMark: '（未评定）',
  noTargetMark: '（无目标）',
  statusNotAssessed: '未评定',
  statusBelow: (count) => `${count} 项低于目标`,
  statusOnTarget: (notRated) => (notRated > 0 ? `达标（${notRated} 项未评定）` : '达标'),
  statusNoTargets: '未设目标',
  teamTitle: '团队概况',
  teamTitleContinued: '团队概况（续）',
  teamSubtitle: (count) => `${count} 人：平均级别与平均目标`,
  teamRange: (first, last, count) => `第 ${first}–${last} 人，共 ${count} 人`,
  teamAverageSeries: '平均级别',
  teamTargetSeries: '平均目标',
  teamCounts: (onTarget, below, notAssessed, noTargets) =>
    `达标 ${onTarget} 人 · 低于目标 ${below} 人 · 未评定 ${notAssessed} 人${noTargets > 0 ? ` · 未设目标 ${noTargets} 人` : ''}`,
  nameColumn: '姓名',
  roleColumn: '岗位',
  statusColumn: '状态',
  noOneAssessed: '尚无人员参加测评。',
  noCompetencies: '模型中没有能力素质项。',
  chartAltText: (who) => `${who}的能力素质雷达图：实际级别与目标级别`,
  teamChartAltText: '团队能力素质雷达图：平均级别与平均目标',
  listSeparator: '、',
};

const en: DeckStrings = {
  lang: 'en-US',
  deckTitle: 'Competency assessment report',
  modelLine: (name, version) => `${name} (version ${version})`,
  dateLine: (date) => `Date: ${date}`,
  peopleLine: (count) => `People: ${count}`,
  rolePeopleLine: (role, count) => `Role: ${role} · ${count} ${count === 1 ? 'person' : 'people'}`,
  selectedPeopleLine: (count) => `Selected people · ${count}`,
  actualSeries: 'Actual level',
  targetSeries: 'Target level',
  scaleHeading: 'Levels: ',
  zeroMeans: '0 = not rated or no target',
  gapsHeading: 'Below target',
  gapLine: (c, gap, actual, target) => `${c}: ${gap} ${gap === 1 ? 'level' : 'levels'} below (${actual} → target ${target})`,
  onTarget: 'On target in every rated competency.',
  notAssessedYet: 'Not assessed yet.',
  notRatedList: (names) => `Not rated: ${names.join('; ')}`,
  noTargetList: (names) => `No target set: ${names.join('; ')}`,
  notRatedMark: ' (not rated)',
  noTargetMark: ' (no target)',
  statusNotAssessed: 'Not assessed',
  statusBelow: (count) => `${count} below target`,
  statusOnTarget: (notRated) => (notRated > 0 ? `On target (${notRated} not rated)` : 'On target'),
  statusNoTargets: 'No targets set',
  teamTitle: 'Team summary',
  teamTitleContinued: 'Team summary (continued)',
  teamSubtitle: (count) => `${count} ${count === 1 ? 'person' : 'people'}: average level against average target`,
  teamRange: (first, last, count) => `People ${first}–${last} of ${count}`,
  teamAverageSeries: 'Average level',
  teamTargetSeries: 'Average target',
  teamCounts: (onTarget, below, notAssessed, noTargets) =>
    `On target ${onTarget} · below target ${below} · not assessed ${notAssessed}${noTargets > 0 ? ` · no targets ${noTargets}` : ''}`,
  nameColumn: 'Name',
  roleColumn: 'Role',
  statusColumn: 'Status',
  noOneAssessed: 'No one has been assessed yet.',
  noCompetencies: 'The model has no competencies.',
  chartAltText: (who) => `Competency radar chart of ${who}: actual level against target level`,
  teamChartAltText: 'Team competency radar chart: average level against average target',
  listSeparator: '; ',
};

export function deckStrings(locale: Locale): DeckStrings {
  return locale === 'zh-CN' ? zh : en;
}
