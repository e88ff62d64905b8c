import { AUDIT_TABLE, auditCells } from '../core/rating/records';
import { auditPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { loadRecordTable, writeAuditLines, type RecordTableLoad } from './office-records';
import { ROUND_TABLE, RATINGS_TABLE } from '../core/plan/ratings';
import { decideRatingsRating, identityFromStored, identityToStore, ratingsColumnsRead, type RatingsTableRead } from '../core/raters/pane-rating';
import type { RaterOperations, UserStore } from '../host/rater-operations';
import { inAuditTurn, type AuditTurns } from './office-rating-edits';
import { readTableColumns } from './office-table-slices';

/**
 * The rater's identity and ratings in Excel. The identity is per user: localStorage partitioned
 * by Office.context.partitionKey (Microsoft's advice for add-in storage) and keyed by the
 * document's URL, never the document's settings, which every co-author shares. A document
 * without a URL (never saved) keeps it for the session. The rating is a row of the Ratings table
 * (core pane-rating.ts decides), written with its audit line in one batch.
 */

export interface OfficeRaterOptions {
  store?: UserStore | null;
  /** The document's URL ('' when it was never saved) and the storage partition (Office.context). */
  documentUrl?: () => string;
  partitionKey?: () => string;
  now?: () => Date;
  /** The typed-change follower: a rating's audit line takes its turn on the chain. */
  edits?: AuditTurns;
}

interface OfficeContextLike {
  context?: { document?: { url?: string | null }; partitionKey?: string | null };
}

const office = () => (globalThis as { Office?: OfficeContextLike }).Office?.context;

function browserStore(): UserStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

interface RatingsLoad {
  read(): RatingsTableRead | null;
  /** The Audit table (its header and last row, where the chain goes on from), or null when there is none. */
  audit: RecordTableLoad | null;
  ratings: Excel.Table;
}

/**
 * Three round trips for a Ratings table of up to ROWS_PER_READ rows, one more per further slice:
 * which tables exist; the Ratings header, size and round, the Audit header; the cells core reads.
 * The evidence texts, times and sources stay in the workbook (their cells read as empty), so a
 * round of thousands of ratings stays far below Excel on the web's 5 MB response limit.
 */
async function loadRatings(context: Excel.RequestContext): Promise<RatingsLoad> {
  const tables = context.workbook.tables;
  const ratings = tables.getItemOrNullObject(RATINGS_TABLE);
  const round = tables.getItemOrNullObject(ROUND_TABLE);
  const audit = tables.getItemOrNullObject(AUDIT_TABLE);
  await context.sync();
  if (ratings.isNullObject) return { read: () => null, audit: null, ratings };
  const header = ratings.getHeaderRowRange().load('values, rowIndex, columnIndex');
  const body = ratings.getDataBodyRange().load('rowCount');
  const sheet = ratings.worksheet.load('name');
  const roundRange = round.isNullObject ? null : round.getRange().load('values');
  const auditLoad = audit.isNullObject ? null : loadRecordTable(context, AUDIT_TABLE);
  await context.sync();
  const headers = header.values[0].map((h) => String(h ?? ''));
  const rows = await readTableColumns(context, ratings, ratingsColumnsRead(headers), body.rowCount, headers.length);
  const roundColumn = (name: string) => {
    if (!roundRange) return null;
    const [roundHeaders, ...roundRows] = roundRange.values;
    const at = roundHeaders.findIndex((h) => String(h ?? '').trim() === name);
    return at < 0 ? null : roundRows.map((row) => row[at] as unknown);
  };
  return {
    read: () => ({
      sheet: sheet.name,
      headerRow: header.rowIndex,
      firstColumn: header.columnIndex,
      headers,
      rows,
      weights: roundColumn('Weight'),
      minimums: roundColumn('Minimum'),
    }),
    audit: auditLoad,
    ratings,
  };
}

export function createOfficeRaters(options: OfficeRaterOptions = {}): RaterOperations {
  const store = options.store === undefined ? browserStore() : options.store;
  const memory = new Map<string, string>();
  const url = options.documentUrl ?? (() => office()?.document?.url ?? '');
  const partition = options.partitionKey ?? (() => office()?.partitionKey ?? '');
  const now = options.now ?? (() => new Date());
  const key = () => `${partition()}competency.rater:${url()}`;
  const persistent = () => url() !== '';
  return {
    async loadIdentity() {
      return identityFromStored(persistent() ? store?.getItem(key()) : memory.get(key()));
    },
    async saveIdentity(identity) {
      const stored = identityToStore(identity);
      memory.set(key(), stored);
      if (!persistent()) return;
      try {
        store?.setItem(key(), stored);
      } catch {
        // A full or blocked store: the identity lasts for this session.
      }
    },
    readRatings() {
      return Excel.run(async (context) => (await loadRatings(context)).read());
    },
    rateInRatings(request, model) {
      return inAuditTurn(options.edits, () => Excel.run(async (context) => {
        const load = await loadRatings(context);
        const read = load.read();
        if (!read) return { status: 'refused', reason: request.locale === 'zh-CN' ? '工作簿中没有评价记录表' : 'the workbook has no Ratings table' } as const;
        const decision = decideRatingsRating(read, request, model, now().toISOString());
        if (decision.status !== 'write') return decision;
        if (decision.append) load.ratings.rows.add(undefined, [decision.cells]);
        else load.ratings.getDataBodyRange().getRow(decision.index).values = [decision.cells];
        if (load.audit) {
          // The line goes on the audit chain after its last line (the columns an older table lacks added first).
          const where = auditPlacement({ headers: load.audit.header.values[0], last: load.audit.lastRow.values[0] }, [], request.locale);
          const sealed = await sealAuditLines(where.tip, [auditCells(decision.change, request.locale)], sha256Hex);
          writeAuditLines(context, load.audit, where, sealed.rows, sealed.tip);
        }
        await context.sync();
        return { status: 'written', change: decision.change } as const;
      }));
    },
  };
}
