/** The workbench's .xlsx files: reading (xlsx-read.ts) and writing (xlsx-write.ts), loaded together on first use. */
export { SETTINGS_SHEET } from '../xlsx/xlsx-file';
export { readXlsx, readXlsxFile, type XlsxNotice } from './xlsx-read';
export { writeXlsx } from './xlsx-write';
