import { ROUND_TABLE, RATINGS_TABLE } from '../core/plan/ratings';
import { auditCells } from '../core/rating/records';
import { auditPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { auditRead, auditTurn, writeAuditLines } from './workbench-records';
import { decideRatingsRating, identityFromStored, identityToStore, type RatingsTableRead } from '../core/raters/pane-rating';
import type { RaterOperations, UserStore } from '../host/rater-operations';
import type { WorkbenchWorkbook } from './workbook';

/**
 * The rater's identity and ratings in the workbench: the identity in the browser's localStorage
 * (per user, as in Excel), the rating as a row of the workbook's Ratings table, decided in core.
 */

export interface WorkbenchRaterOptions {
  /** Where the identity is kept; localStorage by default (none when the browser blocks it). */
  store?: UserStore | null;
  /** What tells this workbook from others in the store. */
  workbookIdentity?: () => string;
  now?: () => Date;
}

function browserStore(): UserStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function roundColumn(workbook: WorkbenchWorkbook, header: string): unknown[] | null {
  const table = workbook.table(ROUND_TABLE);
  if (!table) return null;
  const at = workbook.tableHeaders(table.name).indexOf(header);
  return at < 0 ? null : workbook.tableRows(table.name).map((row) => row[at]);
}

export function readWorkbenchRatings(workbook: WorkbenchWorkbook): RatingsTableRead | null {
  const table = workbook.table(RATINGS_TABLE);
  if (!table) return null;
  return {
    sheet: table.sheet,
    headerRow: table.range.startRow,
    firstColumn: table.range.startCol,
    headers: workbook.tableHeaders(table.name),
    rows: workbook.tableRows(table.name),
    weights: roundColumn(workbook, 'Weight'),
    minimums: roundColumn(workbook, 'Minimum'),
  };
}

export function createWorkbenchRaters(workbook: WorkbenchWorkbook, options: WorkbenchRaterOptions = {}): RaterOperations {
  const store = options.store === undefined ? browserStore() : options.store;
  const memory = new Map<string, string>();
  const key = () => `competency.rater:${options.workbookIdentity?.() ?? 'workbench'}`;
  const now = options.now ?? (() => new Date());
  return {
    async loadIdentity() {
      return identityFromStored(store?.getItem(key()) ?? memory.get(key()));
    },
    async saveIdentity(identity) {
      const stored = identityToStore(identity);
      memory.set(key(), stored);
      try {
        store?.setItem(key(), stored);
      } catch {
        // A full or blocked store: the identity lasts for this session.
      }
    },
    async readRatings() {
      return readWorkbenchRatings(workbook);
    },
    async rateInRatings(request, model) {
      // In the audit's turn: the line goes on the chain after its last line.
      return auditTurn(workbook, async () => {
        const read = readWorkbenchRatings(workbook);
        if (!read) return { status: 'refused', reason: request.locale === 'zh-CN' ? '工作簿中没有评价记录表' : 'the workbook has no Ratings table' } as const;
        const decision = decideRatingsRating(read, request, model, now().toISOString());
        if (decision.status !== 'write') return decision;
        const audit = auditRead(workbook);
        const where = audit && auditPlacement(audit, workbook.sheetNames(), request.locale);
        const sealed = where && (await sealAuditLines(where.tip, [auditCells(decision.change, request.locale)], sha256Hex));
        workbook.batch(() => {
          if (decision.append) workbook.appendTableRows(RATINGS_TABLE, [decision.cells]);
          else workbook.setValues(read.sheet, read.headerRow + 1 + decision.index, read.firstColumn, [decision.cells]);
          if (where && sealed) writeAuditLines(workbook, where, sealed.rows, sealed.tip);
        });
        return { status: 'written', change: decision.change } as const;
      });
    },
  };
}
