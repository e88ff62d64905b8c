import { cellText } from '../core/cell-text';
import type { Locale } from '../core/model/types';
import { auditPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { editSource, loadedSettingsLevelModel, ratingEditChanges } from '../core/rating/rating-edits';
import { AUDIT_TABLE, auditCells, isNonRatingTable } from '../core/rating/records';
import { SETTINGS_KEY, LAST_GOOD_SETTINGS_KEY, settingsInUse } from '../core/settings';
import { sha256Hex } from '../host/sha256';
import { parseSettings } from './office-operations';
import { loadRecordTable, writeAuditLines, type RecordTableLoad } from './office-records';

/**
 * Ratings typed or pasted into an assessment table get their audit line too. Excel raises
 * tables.onChanged (ExcelApi 1.7) after any change of a table's cells, with the changed area;
 * what a multi-cell paste replaced it does not say (`details`, ExcelApi 1.9, is there for one
 * cell only), so the follower keeps the values of the tables' cells as last seen: read once when
 * it starts, then kept current with every change it hears of. Each event costs two round trips
 * (read the changed cells, their rows, the settings and the Audit table's last line; write the
 * lines), whatever the table's size; a row or column inserted or deleted costs one more, to read
 * the table again. The pane's own rating writes are audited by the pane: it tells the follower
 * first, which then skips the event they raise. Excel cannot tell an undo from an edit: an undone
 * rating is audited as typed (or pasted).
 */

export interface RatingEditOptions {
  locale(): Locale;
  now?: () => Date;
}

interface TableSeen {
  name: string;
  /** The data body's values as text, row by row, as last seen. */
  values: string[][];
}

const key = (table: string, row: number, column: number) => `${table.toLowerCase()}\u0000${row}\u0000${column}`;

function texts(values: readonly (readonly unknown[])[]): string[][] {
  return values.map((row) => row.map(cellText));
}

export class RatingEditFollower {
  private readonly seen = new Map<string, TableSeen>();
  private readonly paneWrites = new Map<string, string>();
  /** The pane's ratings and the follower's lines append to one chain: one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private options: RatingEditOptions | null = null;

  /** Runs `work` after whatever audit writing is under way (the chain needs the last line written before). */
  serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The pane is about to write `value` at data row/column of `table`: the change event that follows is already audited. */
  expectPaneWrite(table: string, rowIndex: number, columnIndex: number, value: string): void {
    this.paneWrites.set(key(table, rowIndex, columnIndex), value);
  }

  /** Starts following (once per runtime); resolves to the stop. False when Excel lacks the events (before ExcelApi 1.7). */
  async start(options: RatingEditOptions): Promise<(() => Promise<void>) | false> {
    if (typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported('ExcelApi', '1.7') !== true) return false;
    this.options = options;
    const registration = await Excel.run(async (context) => {
      const handler = context.workbook.tables.onChanged.add((event) => this.serialize(() => this.changed(event)));
      const tables = context.workbook.tables.load('items/id, items/name');
      await context.sync();
      const bodies = tables.items.filter((t) => !isNonRatingTable(t.name)).map((t) => ({ id: t.id, name: t.name, body: t.getDataBodyRange().load('values') }));
      await context.sync();
      for (const t of bodies) this.seen.set(t.id, { name: t.name, values: texts(t.body.values) });
      for (const t of tables.items.filter((t) => isNonRatingTable(t.name))) this.seen.set(t.id, { name: t.name, values: [] });
      return handler;
    });
    return async () => {
      await Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
      this.options = null;
    };
  }

  private async changed(event: Excel.TableChangedEventArgs): Promise<void> {
    const options = this.options;
    // A co-author's change is audited by their own add-in, where they run it.
    if (!options || event.source === 'Remote') return;
    const known = this.seen.get(event.tableId);
    if (known && isNonRatingTable(known.name)) return;
    try {
      await this.audit(event, options);
    } catch (error) {
      if (!this.auditKnown()) throw error;
      // The Audit table seen before may have been deleted since (a batch that named it fails): look again without it.
      for (const [id, table] of this.seen) if (table.name === AUDIT_TABLE) this.seen.delete(id);
      await this.audit(event, options);
    }
  }

  private async audit(event: Excel.TableChangedEventArgs, options: RatingEditOptions): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(event.tableId).load('name');
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('rowIndex, columnIndex, rowCount');
      const sheet = context.workbook.worksheets.getItem(event.worksheetId).load('name');
      const area = sheet.getRange(event.address);
      const block = area.getIntersectionOrNullObject(body).load('values, rowIndex, columnIndex');
      const rows = area.getEntireRow().getIntersectionOrNullObject(body).load('values');
      const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
      const lastGood = context.workbook.settings.getItemOrNullObject(LAST_GOOD_SETTINGS_KEY).load('value');
      const tables = context.workbook.tables.load('items/name');
      const sheets = context.workbook.worksheets.load('items/name');
      const audit: RecordTableLoad | null = this.auditKnown() ? loadRecordTable(context, AUDIT_TABLE) : null;
      await context.sync();

      if (isNonRatingTable(table.name)) {
        this.seen.set(event.tableId, { name: table.name, values: [] });
        return;
      }
      const previous = this.seen.get(event.tableId);
      if (event.changeType !== 'RangeEdited' || !previous || previous.name !== table.name || block.isNullObject) {
        // Rows or columns moved, or a table not seen before: read it whole, and audit only what Excel says of one cell.
        await this.readTable(context, event.tableId, table);
        if (!event.details || block.isNullObject) return;
      }
      const seen = this.seen.get(event.tableId)!;
      const top = block.rowIndex - body.rowIndex;
      const left = block.columnIndex - body.columnIndex;
      const after = block.values;
      const single = after.length === 1 && after[0].length === 1;
      const before = after.map((row, r) =>
        row.map((value, c) => {
          const pane = this.paneWrites.get(key(table.name, top + r, left + c));
          if (pane !== undefined && pane === cellText(value).trim()) {
            this.paneWrites.delete(key(table.name, top + r, left + c));
            return value;
          }
          return single && event.details ? event.details.valueBefore : (seen.values[top + r]?.[left + c] ?? '');
        }),
      );
      after.forEach((row, r) => row.forEach((value, c) => {
        (seen.values[top + r] ??= [])[left + c] = cellText(value);
      }));

      const read = await parseSettings(stored.isNullObject ? undefined : stored.value, lastGood.isNullObject ? undefined : lastGood.value);
      // A workbook just built has no settings until the pane changes one: its ratings are audited against the defaults the pane rates with.
      const settings = settingsInUse(read.settings);
      const model = await loadedSettingsLevelModel(settings);
      if (!model) return;
      const changes = ratingEditChanges(
        {
          table: { name: table.name, headers: header.values[0].map(cellText) },
          sheet: sheet.name,
          top: block.rowIndex,
          left: block.columnIndex,
          bodyTop: body.rowIndex,
          bodyLeft: body.columnIndex,
          before,
          after,
          rows: rows.isNullObject ? [] : texts(rows.values),
        },
        model,
        settings.mappings,
        { assessor: settings.assessor ?? '', model: `${model.id}@${model.version}`, source: editSource(after.length * (after[0]?.length ?? 0)), time: (options.now ?? (() => new Date()))() },
      );
      if (changes.length === 0) return;
      const auditExists = tables.items.some((t) => t.name === AUDIT_TABLE);
      const auditLoad = auditExists ? (audit && !audit.table.isNullObject ? audit : await this.loadAudit(context)) : null;
      const locale = options.locale();
      const placement = auditPlacement(auditLoad && { headers: auditLoad.header.values[0], last: auditLoad.lastRow.values[0] }, sheets.items.map((s) => s.name), locale);
      const sealed = await sealAuditLines(placement.tip, changes.map((change) => auditCells(change, locale)), sha256Hex);
      writeAuditLines(context, auditLoad, placement, sealed.rows, sealed.tip);
      await context.sync();
    });
  }

  /** The Audit table was seen: its rows are read in the event's first batch (otherwise after it, when it exists). */
  private auditKnown(): boolean {
    return [...this.seen.values()].some((t) => t.name === AUDIT_TABLE);
  }

  private async loadAudit(context: Excel.RequestContext): Promise<RecordTableLoad> {
    const load = loadRecordTable(context, AUDIT_TABLE);
    await context.sync();
    return load;
  }

  private async readTable(context: Excel.RequestContext, id: string, table: Excel.Table): Promise<void> {
    const body = table.getDataBodyRange().load('values');
    await context.sync();
    this.seen.set(id, { name: table.name, values: texts(body.values) });
  }
}

/**
 * A turn on the audit chain, for the other writers of audit lines (rater ratings, model updates,
 * collected files): run after the follower's pending lines, so two writers never seal onto one tip.
 */
export type AuditTurns = Pick<RatingEditFollower, 'serialize'>;

/** Runs `work` in its turn, or at once where nothing follows typed edits. */
export function inAuditTurn<T>(turns: AuditTurns | undefined, work: () => Promise<T>): Promise<T> {
  return turns ? turns.serialize(work) : work();
}

/** The runtime's one follower: the pane's rating writes tell it what they change. */
export const ratingEditFollower = new RatingEditFollower();
