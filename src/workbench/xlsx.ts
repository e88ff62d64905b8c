/** The workbench's .xlsx files: reading (xlsx-read.ts) and writing (xlsx-write.ts), loaded together on first use. */
export { SETTINGS_SHEET } from './xlsx-file';
export { readXlsx } from './xlsx-read';
export { writeXlsx } from './xlsx-write';
