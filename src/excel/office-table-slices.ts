/**
 * Reading a long table's columns within Excel on the web's 5 MB response limit: the chosen columns
 * of the data body in slices of ROWS_PER_READ rows, one round trip per slice (so one for a table of
 * up to that many rows, whatever the number of people and competencies in it).
 */

/** Rows per read: 20,000 rows of a handful of short cells stays far below the 5 MB response limit. */
export const ROWS_PER_READ = 20_000;

/**
 * The data rows of `table` (`dataRows` of them) with the cells of `columns` (0-based table
 * columns), each row `width` cells long, every other cell null. At least one round trip, which
 * carries whatever the caller queued before (with no columns or no rows, only that).
 */
export async function readTableColumns(context: Excel.RequestContext, table: Excel.Table, columns: readonly number[], dataRows: number, width: number): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  if (columns.length === 0 || dataRows <= 0) {
    await context.sync();
    return rows;
  }
  for (let start = 0; start < dataRows; start += ROWS_PER_READ) {
    const count = Math.min(ROWS_PER_READ, dataRows - start);
    const slice = columns.map((c) => table.getDataBodyRange().getCell(start, c).getResizedRange(count - 1, 0).load('values'));
    // One response per slice is the point: together they would pass the 5 MB response limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (let r = 0; r < count; r++) {
      const row: unknown[] = Array.from({ length: width }, () => null);
      columns.forEach((c, i) => (row[c] = slice[i].values[r][0]));
      rows.push(row);
    }
  }
  return rows;
}
