import { defineMessages } from '../message';

/** What a model update says about the built sheets' columns, in both languages (the update dialog, its notice and the audit log). */

const s = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const modelUpdateLines = defineMessages({
  relabelled: { en: (count: number) => `${count} under their level's new name`, zh: (count: number) => `${count} 个改用新级别名称` },
  flagged: {
    en: (count: number, levels: string) => `${count} flagged for review (level ${levels} is no longer in the model)`,
    zh: (count: number, levels: string) => `${count} 个标为待复核(级别 ${levels} 已不在模型中)`,
  },
  extra: { en: (parts: string) => `; ${parts}`, zh: (parts: string) => `；${parts}` },
  kept: {
    en: (header: string, values: number, extra: string) => `${header}: kept, ${values} ${s(values, 'rating', 'ratings')}${extra}`,
    zh: (header: string, values: number, extra: string) => `${header}：保留，${values} 个评级${extra}`,
  },
  renamed: {
    en: (from: string, to: string, values: number, extra: string) => `${from} → ${to}: renamed, ${values} ${s(values, 'rating', 'ratings')} kept${extra}`,
    zh: (from: string, to: string, values: number, extra: string) => `${from} → ${to}：改名，保留 ${values} 个评级${extra}`,
  },
  archivedOther: {
    en: (header: string, values: number, sheet: string) => `${header}: not a column of the model, moved with its ${values} ${s(values, 'value', 'values')} to the “${sheet}” sheet`,
    zh: (header: string, values: number, sheet: string) => `${header}：不是模型中的列，连同 ${values} 个值移到“${sheet}”工作表`,
  },
  archivedRemoved: {
    en: (header: string, values: number, sheet: string) => `${header}: removed from the model, moved with its ${values} ${s(values, 'rating', 'ratings')} to the “${sheet}” sheet`,
    zh: (header: string, values: number, sheet: string) => `${header}：已从模型删除，连同 ${values} 个评级移到“${sheet}”工作表`,
  },
  added: { en: (header: string) => `${header}: new column`, zh: (header: string) => `${header}：新增列` },
  keptColumns: {
    en: (count: number, headers: string) => `${count} ${s(count, 'column', 'columns')} kept with their ratings: ${headers}`,
    zh: (count: number, headers: string) => `保留 ${count} 列及其评级：${headers}`,
  },
  renamedCount: { en: (count: number) => `${count} ${s(count, 'column', 'columns')} renamed`, zh: (count: number) => `${count} 列改名` },
  addedCount: { en: (count: number) => `${count} added`, zh: (count: number) => `${count} 列新增` },
  archivedCount: { en: (count: number) => `${count} archived`, zh: (count: number) => `${count} 列归档` },
  archivedCountIn: { en: (count: number, sheet: string) => `${count} archived (see the “${sheet}” sheet)`, zh: (count: number, sheet: string) => `${count} 列归档(见“${sheet}”工作表)` },
  toReview: { en: (count: number) => `${count} ${s(count, 'rating', 'ratings')} to review (see the audit log)`, zh: (count: number) => `${count} 个评级待复核(见审计日志)` },
  done: {
    en: (version: string, parts: string) => `The assessment sheets now follow version ${version}: ${parts}.`,
    zh: (version: string, parts: string) => `评估表已按版本 ${version} 更新：${parts}。`,
  },
  stale: {
    en: () => 'The workbook changed after you confirmed, so nothing was changed: import the model again to see what happens to each column now.',
    zh: () => '工作簿在确认后又有改动，未做任何更改：请重新导入模型，查看最新的各列处理方式。',
  },
  heading: {
    en: () => 'What happens to each column of the Assessment and Targets tables:',
    zh: () => '评估表和目标级别表的各列将这样处理：',
  },
});
