import { cellText } from '../cell-text';

/**
 * Times in the Evidence and Audit tables are real spreadsheet dates (serial days since
 * 1899-12-30), holding the writer's local wall-clock time to the second, and shown with
 * RECORD_TIME_FORMAT. Sorting and filtering by date then work, and the value means the same in
 * every host; older workbooks hold ISO text there, which still reads.
 */

export const RECORD_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The serial date of a moment as the local clock shows it, to the whole second. */
export function localDateSerial(moment: Date): number {
  const wall = Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate(), moment.getHours(), moment.getMinutes(), moment.getSeconds());
  return Math.round((wall - EPOCH_MS) / 1000) / 86_400;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2026-11-25 16:30:05" for a serial date: the same text wherever it is read, whatever the reader's time zone. */
export function serialDateTimeText(serial: number, withSeconds = true): string {
  const wall = new Date(EPOCH_MS + Math.round(serial * 86_400) * 1000);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}${withSeconds ? `:${pad(wall.getUTCSeconds())}` : ''}`;
  return `${date} ${time}`;
}

/** A record's time as a reader sees it: a date value as local date-time, text (older rows) as it is. */
export function recordTimeText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 2_958_466 ? serialDateTimeText(value, false) : cellText(value);
}

/** A record's time in the audit chain's canonical text: to the second for a date value, the text itself otherwise. */
export function canonicalRecordTime(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? serialDateTimeText(value) : cellText(value);
}

/** A record cell holds the time of a change written at `iso` (a date value as written, or older ISO text). */
export function isRecordTimeOf(value: unknown, iso: string): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && serialDateTimeText(value) === serialDateTimeText(localDateSerial(new Date(iso)));
  return cellText(value) === iso;
}
