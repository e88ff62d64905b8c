import { AUDIT_TABLE, auditCells } from '../core/rating/records';
import { ROUND_TABLE, RATINGS_TABLE } from '../core/plan/ratings';
import { decideRatingsRating, identityFromStored, identityToStore, type RatingsTableRead } from '../core/raters/pane-rating';
import type { RaterOperations, UserStore } from '../host/rater-operations';

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
  audit: Excel.Table;
  auditWidth(): number;
  /** The Audit table holds only the blank row Excel gives a new table: the line fills it. */
  auditBlank(): boolean;
  ratings: Excel.Table;
}

/** Two round trips: which tables exist, then the Ratings table, the round's columns and the Audit header. */
async function loadRatings(context: Excel.RequestContext): Promise<RatingsLoad> {
  const tables = context.workbook.tables;
  const ratings = tables.getItemOrNullObject(RATINGS_TABLE);
  const round = tables.getItemOrNullObject(ROUND_TABLE);
  const audit = tables.getItemOrNullObject(AUDIT_TABLE);
  await context.sync();
  if (ratings.isNullObject) return { read: () => null, audit, auditWidth: () => 0, auditBlank: () => false, ratings };
  const header = ratings.getHeaderRowRange().load('values, rowIndex, columnIndex');
  const body = ratings.getDataBodyRange().load('values');
  const sheet = ratings.worksheet.load('name');
  const roundRange = round.isNullObject ? null : round.getRange().load('values');
  const auditHeader = audit.isNullObject ? null : audit.getHeaderRowRange().load('values');
  const auditBody = audit.isNullObject ? null : audit.getDataBodyRange().load('rowCount');
  const auditFirst = auditBody ? auditBody.getRow(0).load('values') : null;
  await context.sync();
  const roundColumn = (name: string) => {
    if (!roundRange) return null;
    const [headers, ...rows] = roundRange.values;
    const at = headers.findIndex((h) => String(h ?? '').trim() === name);
    return at < 0 ? null : rows.map((row) => row[at] as unknown);
  };
  return {
    read: () => ({
      sheet: sheet.name,
      headerRow: header.rowIndex,
      firstColumn: header.columnIndex,
      headers: header.values[0].map((h) => String(h ?? '')),
      rows: body.values,
      weights: roundColumn('Weight'),
      minimums: roundColumn('Minimum'),
    }),
    audit,
    auditWidth: () => auditHeader?.values[0].length ?? 0,
    auditBlank: () => auditBody?.rowCount === 1 && (auditFirst?.values[0] ?? []).every((v) => String(v ?? '').trim() === ''),
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
      return Excel.run(async (context) => {
        const load = await loadRatings(context);
        const read = load.read();
        if (!read) return { status: 'refused', reason: request.locale === 'zh-CN' ? '工作簿中没有评价记录表' : 'the workbook has no Ratings table' } as const;
        const decision = decideRatingsRating(read, request, model, now().toISOString());
        if (decision.status !== 'write') return decision;
        if (decision.append) load.ratings.rows.add(undefined, [decision.cells]);
        else load.ratings.getDataBodyRange().getRow(decision.index).values = [decision.cells];
        const width = load.auditWidth();
        if (width > 0) {
          const cells = auditCells(decision.change).slice(0, width);
          const line = [[...cells, ...Array<string>(width - cells.length).fill('')]];
          if (load.auditBlank()) load.audit.getDataBodyRange().getRow(0).values = line;
          else load.audit.rows.add(undefined, line);
        }
        await context.sync();
        return { status: 'written', change: decision.change } as const;
      });
    },
  };
}
