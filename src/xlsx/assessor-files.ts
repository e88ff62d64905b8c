/**
 * The round's files, loaded on first use as one chunk of its own (ExcelJS with it), so neither
 * host's first load carries a file reader or writer: assessor workbooks written from their plans,
 * returned ones read back.
 */
export { writePlanXlsx } from './plan-xlsx';
export { readReturnedFile, readReturnedFiles } from './xlsx-returned';
