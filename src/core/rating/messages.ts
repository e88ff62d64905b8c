import { defineMessages } from '../message';

/** What applying a rating says when it refuses, fails part-way or finds stale evidence, in both languages. */
export const ratingMessages = defineMessages({
  notACell: {
    en: (row: number, column: number, table: string) => `Row ${row}, column ${column} is not a cell of table "${table}".`,
    zh: (row: number, column: number, table: string) => `第 ${row} 行第 ${column} 列不是表格"${table}"中的单元格。`,
  },
  notALevel: {
    en: (level: string, model: string, levels: string) => `"${level}" is not a level of model ${model} (${levels}).`,
    zh: (level: string, model: string, levels: string) => `"${level}"不是模型 ${model} 的级别(${levels})。`,
  },
  recordColumns: {
    en: (table: string, columns: string) =>
      `The columns of table ${table} are not the ones the add-in keeps (${columns}), so nothing was written. Restore its headers, or rename the table so that the add-in starts a new one.`,
    zh: (table: string, columns: string) => `表格 ${table} 的列不是加载项记录所用的列(${columns}),因此未写入任何内容。请恢复其标题,或重命名该表格,让加载项另建一个。`,
  },
  noTable: {
    en: (table: string) => `There is no table "${table}" in the workbook any more.`,
    zh: (table: string) => `工作簿中已不再有表格"${table}"。`,
  },
  notARatingColumn: {
    en: (column: number, table: string, model: string) => `Column ${column} of table "${table}" does not rate a competency of model ${model}.`,
    zh: (column: number, table: string, model: string) => `表格"${table}"的第 ${column} 列不是模型 ${model} 中某项能力的评级列。`,
  },
  outsideRows: {
    en: (row: number, rows: number, table: string) => `Row ${row} is outside the ${rows} data rows of table "${table}".`,
    zh: (row: number, rows: number, table: string) => `第 ${row} 行超出了表格"${table}"的 ${rows} 个数据行。`,
  },
  otherPerson: {
    en: (row: number, table: string, now: string, asked: string) => `Row ${row} of table "${table}" now holds ${now}, not ${asked}: the table changed since the cell was read. Select the cell again.`,
    zh: (row: number, table: string, now: string, asked: string) => `表格"${table}"的第 ${row} 行现在是${now},不是${asked}:读取单元格后表格有变动。请重新选择该单元格。`,
  },
  noKey: {
    en: (person: string, header: string) => `${person} has no ${header}: a rating needs to know whom it is for, so nothing was written. Fill in the ${header} column.`,
    zh: (person: string, header: string) => `${person}没有${header}:评级必须知道是给谁的,因此未写入任何内容。请填写"${header}"列。`,
  },
  sharedKey: {
    en: (header: string, key: string) => `More than one row has ${header} ${key}: each person needs their own, so nothing was written. Correct the ${header} column.`,
    zh: (header: string, key: string) => `不止一行的${header}为 ${key}:每人须有自己的编号,因此未写入任何内容。请更正"${header}"列。`,
  },
  sharedName: {
    en: (name: string) =>
      `More than one person is called ${name} and this table has no employee number column to tell them apart, so nothing was written. Add a column "工号 / Employee number" with one number per person.`,
    zh: (name: string) => `不止一人名叫${name},而此表没有工号列来区分他们,因此未写入任何内容。请添加"工号 / Employee number"列,每人一个编号。`,
  },
  writtenDespiteError: {
    en: (what: string, error: string) => `The rating ${what} was written, though the workbook reported an error (${error}).`,
    zh: (what: string, error: string) => `评级 ${what} 已写入,但工作簿报告了错误(${error})。`,
  },
  nothingWritten: {
    en: (what: string, error: string) =>
      `Nothing was written: the audit line for ${what} could not be added (${error}). The rating, its evidence and the audit log are as they were. Apply it again once the workbook accepts it.`,
    zh: (what: string, error: string) => `未写入任何内容:无法添加 ${what} 的审计记录(${error})。评级、证据和审计日志均保持原样。待工作簿可以写入后请再应用一次。`,
  },
  cellNotWrittenCorrected: {
    en: (what: string, error: string, held: string) => `The rating ${what} was not written to the cell (${error}); the cell still holds "${held}", and a line in the audit log says so. Apply it again.`,
    zh: (what: string, error: string, held: string) => `评级 ${what} 未写入单元格(${error});单元格仍为"${held}",审计日志中有一行记录了这一点。请再应用一次。`,
  },
  cellNotWritten: {
    en: (what: string, error: string) => `The rating ${what} was not written to the cell (${error}), and the audit log's last line claims it was: the correction could not be added either. Apply it again.`,
    zh: (what: string, error: string) => `评级 ${what} 未写入单元格(${error}),而审计日志的最后一行记为已写入:更正记录也无法添加。请再应用一次。`,
  },
  evidenceRewritten: {
    en: (what: string, error: string) => `The rating ${what} is in the cell and the audit log; its evidence row failed (${error}) and was written again.`,
    zh: (what: string, error: string) => `评级 ${what} 已在单元格和审计日志中;其证据行写入失败(${error}),已重新写入。`,
  },
  evidenceBehind: {
    en: (what: string, error: string) =>
      `The rating ${what} is in the cell and the audit log, but its evidence row could not be written (${error}): the Evidence sheet still shows the earlier rating. Apply it again once the Evidence sheet accepts changes.`,
    zh: (what: string, error: string) => `评级 ${what} 已在单元格和审计日志中,但其证据行无法写入(${error}):证据表仍显示之前的评级。待证据表可以修改后请再应用一次。`,
  },
  correctionNote: {
    en: () => 'Not written to the cell: this line corrects the one above, the cell kept its value.',
    zh: () => '未写入单元格:此行更正上一行,单元格保留原值。',
  },
  staleEvidence: {
    en: (date: string, level: string, current: string) =>
      `The evidence recorded on ${date} is for ${level}, but the cell holds ${current}: it was changed in the cell, or the last rating was not completely written. Applying a rating writes the evidence again.`,
    zh: (date: string, level: string, current: string) => `${date} 记录的证据对应${level},但单元格为${current}:单元格被改过,或上次评级未完整写入。应用评级会重新写入证据。`,
  },
});

/** Pieces the rating messages are made of: who and what a rating is. */
export const ratingPlaces = defineMessages({
  what: {
    en: (level: string, person: string, competency: string, cell: string) => `${level} for ${person} (${competency}, ${cell})`,
    zh: (level: string, person: string, competency: string, cell: string) => `${person}的${level}(${competency},${cell})`,
  },
  thisRow: { en: () => 'This row', zh: () => '这一行' },
  noRating: { en: () => 'no rating', zh: () => '空白' },
});
