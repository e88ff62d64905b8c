import type { Locale } from '../../core/model/types';

/** The workbench's own words (the pane has its own). */
export const WORKBENCH_STRINGS = {
  'en-US': {
    title: 'Competency workbench',
    subtitle: 'A local spreadsheet with the real task pane and HR functions: no Excel needed.',
    newWorkbook: 'New',
    open: 'Open .xlsx…',
    save: 'Save as .xlsx',
    nameBox: 'Name box',
    formula: 'Formula bar',
    addSheet: 'New sheet',
    dismiss: 'Dismiss',
    refused: 'Not entered',
    opened: (name: string) => `Opened ${name}.`,
    saved: (name: string) => `Saved ${name}.`,
    openFailed: (message: string) => `The file could not be opened: ${message}`,
    untitled: 'Workbook.xlsx',
  },
  'zh-CN': {
    title: '能力素质测评工作台',
    subtitle: '本地电子表格，带真实的任务窗格和 HR 函数：无需 Excel。',
    newWorkbook: '新建',
    open: '打开 .xlsx…',
    save: '另存为 .xlsx',
    nameBox: '名称框',
    formula: '编辑栏',
    addSheet: '新建工作表',
    dismiss: '关闭',
    refused: '未输入',
    opened: (name: string) => `已打开 ${name}。`,
    saved: (name: string) => `已保存 ${name}。`,
    openFailed: (message: string) => `无法打开文件：${message}`,
    untitled: '工作簿.xlsx',
  },
} satisfies Record<Locale, Record<string, unknown>>;
