import type { Locale } from '../core/model/types';

/** The pane's words for rating as one of several raters, in both languages. */
export interface RaterStrings {
  identityHeading: string;
  identityIntro: string;
  raterKeyLabel: string;
  raterKeyHint: string;
  raterNameLabel: string;
  roleLabel: string;
  rolePlaceholder: string;
  identitySave: string;
  identityMissing: string;
  ratingAs(name: string, role: string): string;
  identityChange: string;
  cancel: string;
  joinRound: string;
  singleAssessor: string;
  spreadHeading: string;
  spreadIntro: string;
  spreadEmpty: string;
  spreadSelf: string;
  spreadOthers: string;
  spreadCount(count: number): string;
  spreadRange(min: string, mean: string, max: string): string;
  spreadLevels(levels: string): string;
  spreadRaters(raters: string): string;
  spreadIncludes(roles: string): string;
  spreadFolded: string;
  spreadOmitted: string;
  spreadProblem(reason: string): string;
  yourRating(level: string): string;
  yourRatingNone: string;
  writtenRow(level: string, person: string, competency: string): string;
  ratingsUnreadable(reason: string): string;
}

export const RATER_STRINGS: Record<Locale, RaterStrings> = {
  'zh-CN': {
    identityHeading: '您的评价人身份',
    identityIntro: '本工作簿收集多位评价人的评价。请说明您是谁、以什么角色评价;只保存在您这台电脑上,每个工作簿只问一次。',
    raterKeyLabel: '评价人编号',
    raterKeyHint: '如工号;与评价记录表中 RaterKey 列相同',
    raterNameLabel: '姓名(写入审计日志)',
    roleLabel: '评价角色',
    rolePlaceholder: '请选择角色',
    identitySave: '保存并开始评价',
    identityMissing: '请填写评价人编号并选择角色',
    ratingAs: (name, role) => `您以 ${name}(${role})的身份评价;评价写入评价记录表`,
    identityChange: '更改身份',
    cancel: '取消',
    joinRound: '作为多位评估人之一评级…',
    singleAssessor: '不是多位评估人之一:直接写入评估表',
    spreadHeading: '各角色的评价',
    spreadIntro: '不显示人数不足的角色中的评价人',
    spreadEmpty: '尚无人评价此项',
    spreadSelf: '自评',
    spreadOthers: '他评',
    spreadCount: (count) => `${count} 人`,
    spreadRange: (min, mean, max) => `最低 ${min} · 平均 ${mean} · 最高 ${max}`,
    spreadLevels: (levels) => `级别:${levels}`,
    spreadRaters: (raters) => `评价人:${raters}`,
    spreadIncludes: (roles) => `含人数不足而并入的:${roles}`,
    spreadFolded: '人数不足,已并入"其他"',
    spreadOmitted: '人数不足,不显示也不计入',
    spreadProblem: (reason) => `无法汇总此项的评价:${reason}`,
    yourRating: (level) => `您的评价:${level}`,
    yourRatingNone: '您尚未评价此项',
    writtenRow: (level, person, competency) => `已在评价记录表中记录:${person} 的"${competency}"为 ${level}`,
    ratingsUnreadable: (reason) => `无法读取评价记录表:${reason}`,
  },
  'en-US': {
    identityHeading: 'Who you are as a rater',
    identityIntro: 'This workbook collects several raters’ ratings. Say who you are and in which role you rate; this is kept on this computer only and asked once per workbook.',
    raterKeyLabel: 'Rater key',
    raterKeyHint: 'e.g. your employee number, as in the Ratings table’s RaterKey column',
    raterNameLabel: 'Name (for the audit log)',
    roleLabel: 'Your role',
    rolePlaceholder: 'Choose a role',
    identitySave: 'Save and start rating',
    identityMissing: 'Give your rater key and choose a role',
    ratingAs: (name, role) => `You rate as ${name} (${role}); ratings go to the Ratings table`,
    identityChange: 'Change',
    cancel: 'Cancel',
    joinRound: 'Rate as one of several raters…',
    singleAssessor: 'Not one of several raters: write the assessment cell',
    spreadHeading: 'Ratings by role',
    spreadIntro: 'Raters of a role with too few raters are never named',
    spreadEmpty: 'Nobody rated this yet',
    spreadSelf: 'Self',
    spreadOthers: 'Others',
    spreadCount: (count) => (count === 1 ? '1 rater' : `${count} raters`),
    spreadRange: (min, mean, max) => `min ${min} · mean ${mean} · max ${max}`,
    spreadLevels: (levels) => `levels: ${levels}`,
    spreadRaters: (raters) => `raters: ${raters}`,
    spreadIncludes: (roles) => `includes, for too few raters: ${roles}`,
    spreadFolded: 'too few raters: pooled into “Other”',
    spreadOmitted: 'too few raters: neither shown nor combined',
    spreadProblem: (reason) => `The ratings of this cell cannot be combined: ${reason}`,
    yourRating: (level) => `Your rating: ${level}`,
    yourRatingNone: 'You have not rated this yet',
    writtenRow: (level, person, competency) => `Recorded in the Ratings table: ${level} for ${person} on “${competency}”`,
    ratingsUnreadable: (reason) => `The Ratings table could not be read: ${reason}`,
  },
};
