import { defineMessages } from '../core/message';

/** What a host (Excel or the workbench) says when the workbook is not as the add-in left it. */
export const hostMessages = defineMessages({
  missingTables: {
    en: (tables: string) => `The workbook has no ${tables}. Build the assessment workbook first, or restore what was deleted (the tables must keep their names).`,
    zh: (tables: string) => `工作簿中没有 ${tables}。请先生成评估工作簿,或恢复被删除的内容(表格必须保留原名)。`,
  },
  noModelSheet: {
    en: (sheet: string, table: string) => `The workbook has no ${sheet} sheet (${table}). Build the assessment workbook first.`,
    zh: (sheet: string, table: string) => `工作簿中没有"${sheet}"工作表(${table})。请先生成评估工作簿。`,
  },
  workbookChanged: {
    en: () => 'The workbook changed while the rating was being applied. Apply it again.',
    zh: () => '应用评级时工作簿发生了变化。请再应用一次。',
  },
  cannotSelectTableCell: {
    en: (row: number, column: number, table: string, why: string) => `Could not select data row ${row}, column ${column} of table "${table}": ${why}`,
    zh: (row: number, column: number, table: string, why: string) => `无法选择表格"${table}"的第 ${row} 个数据行第 ${column} 列:${why}`,
  },
  cannotSelectSheetCell: {
    en: (row: number, column: number, sheet: string, why: string) => `Could not select data row ${row}, column ${column} of the assessment on sheet "${sheet}": ${why}`,
    zh: (row: number, column: number, sheet: string, why: string) => `无法选择工作表"${sheet}"中评估的第 ${row} 个数据行第 ${column} 列:${why}`,
  },
  sheetGone: { en: () => 'The sheet or a table on it has gone.', zh: () => '该工作表或其中的表格已不存在。' },
  cellGone: { en: () => 'There is no such cell in it now.', zh: () => '其中现在没有这个单元格。' },
  noChartYet: { en: () => 'There is no profile chart yet: draw the profile charts first.', zh: () => '还没有能力画像图:请先绘制画像图。' },
  chartsNeedLevelModel: {
    en: () => 'Profile charts and slides need a level-based model; this is a points model.',
    zh: () => '能力画像图和幻灯片需要分级模型;这是积分模型。',
  },
  workbookHoldsPointsModel: {
    en: () => 'Profile charts need a level-based model; this workbook holds a points model.',
    zh: () => '能力画像图需要分级模型;此工作簿中是积分模型。',
  },
  chartSheetsMissing: {
    en: (missing: string) => `The profile charts need the sheets the add-in builds; ${missing} is missing. Build the assessment workbook first.`,
    zh: (missing: string) => `能力画像图需要加载项生成的工作表;缺少 ${missing}。请先生成评估工作簿。`,
  },
  modelSheetUnreadable: {
    en: (row: number, reason: string) => `The Model sheet cannot be read (row ${row}: ${reason}). Fix it, or rebuild the assessment workbook.`,
    zh: (row: number, reason: string) => `无法读取模型表(第 ${row} 行:${reason})。请修正,或重新生成评估工作簿。`,
  },
  noPersonCell: {
    en: () => 'This workbook plan names no cell that selects the person of the profile chart.',
    zh: () => '此工作簿方案中没有选择画像图人员的单元格。',
  },
  workbookProtected: {
    en: () => 'The workbook structure is protected, so sheets cannot be added or replaced. Unprotect the workbook (Review > Protect Workbook) and build again.',
    zh: () => '工作簿结构受保护,无法添加或替换工作表。请取消保护工作簿(审阅 > 保护工作簿)后重新生成。',
  },
  sheetsProtected: {
    en: (sheets: string) => `The sheet ${sheets} is protected and cannot be replaced. Unprotect it (Review > Unprotect Sheet) and build again.`,
    zh: (sheets: string) => `工作表 ${sheets} 受保护,无法替换。请撤消工作表保护(审阅 > 撤消工作表保护)后重新生成。`,
  },
  downloadWindowFailed: {
    en: (error: string) => `Could not open the download window (${error}). Close other add-in dialogs and try again.`,
    zh: (error: string) => `无法打开下载窗口(${error})。请关闭其他加载项对话框后重试。`,
  },
  cannotSaveFiles: {
    en: () =>
      'This version of Office cannot save files from the add-in (it needs Office dialogs with messages, DialogApi 1.2: Office for Mac 16.37 or later). Update Office, or open the workbook in Excel on the web.',
    zh: () => '此版本的 Office 无法从加载项保存文件(需要支持消息的 Office 对话框,即 DialogApi 1.2:Mac 版 Office 16.37 或更高版本)。请更新 Office,或在 Excel 网页版中打开工作簿。',
  },
  downloadWindowClosed: {
    en: (file: string) => `The download window closed before it received ${file}. Try again.`,
    zh: (file: string) => `下载窗口在收到 ${file} 之前已关闭。请重试。`,
  },
  unreadableAddress: {
    en: (address: string) => `Excel gave the address "${address}", which the add-in cannot read. Select a cell on the sheet and try again.`,
    zh: (address: string) => `Excel 给出的地址"${address}"无法被加载项读取。请在工作表上选择一个单元格后重试。`,
  },
  noSheetAnyMore: {
    en: (sheet: string) => `There is no sheet "${sheet}" with an assessment in the workbook any more.`,
    zh: (sheet: string) => `工作簿中已不再有含评估的工作表"${sheet}"。`,
  },
});

/** Pieces host messages are made of. */
export const hostPlaces = defineMessages({
  tableOnSheet: { en: (sheet: string, table: string) => `${sheet} (${table})`, zh: (sheet: string, table: string) => `${sheet}(${table})` },
  unknownError: { en: () => 'unknown error', zh: () => '未知错误' },
});
