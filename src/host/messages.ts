import { defineMessages } from '../core/message';

/** What a host (Excel or the workbench) says when the workbook is not as the add-in left it. */
export const hostMessages = defineMessages({
  missingTables: {
    en: (tables: string) => `The workbook has no ${tables}. Build the assessment workbook first, or restore what was deleted (the tables must keep their names).`,
    zh: (tables: string) => `工作簿中没有 ${tables}。请先生成评估工作簿,或恢复被删除的内容(表格必须保留原名)。`,
  },
  tableOnSheet: { en: (sheet: string, table: string) => `${sheet} (${table})`, zh: (sheet: string, table: string) => `${sheet}(${table})` },
  noModelSheet: {
    en: (sheet: string, table: string) => `The workbook has no ${sheet} sheet (${table}). Build the assessment workbook first.`,
    zh: (sheet: string, table: string) => `工作簿中没有"${sheet}"工作表(${table})。请先生成评估工作簿。`,
  },
  workbookChanged: {
    en: () => 'The workbook changed while the rating was being applied. Apply it again.',
    zh: () => '应用评级时工作簿发生了变化。请再应用一次。',
  },
  noSheetAnyMore: {
    en: (sheet: string) => `There is no sheet "${sheet}" with an assessment in the workbook any more.`,
    zh: (sheet: string) => `工作簿中已不再有含评估的工作表"${sheet}"。`,
  },
});
