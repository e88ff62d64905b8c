import { EVIDENCE_TABLE } from '../core/rating/records';
import { columnLetters, type ExcelWorkbookMock } from '../../test/office/counting-mock';
import { BUILT, NOW, largeWorkbook, ratingRequest, wideModel } from '../../test/office/rating-workbooks';
import { createOfficeOperations } from './office-operations';
import { EVIDENCE_INLINE_ROWS } from './office-selection';
import type { WorkbookOperations } from '../host/workbook-operations';

/**
 * Round trips (context.sync calls) and request sizes of the rating operations: the same for a
 * table of 3 people as for 1,000 people x 30 competencies.
 */

const model = wideModel(30);

interface Measured {
  syncs: Record<string, number>;
  /** Largest JSON of cell content written, and loaded, by one sync of any step. */
  written: number;
  loaded: number;
}

async function measure(workbook: ExcelWorkbookMock, ops: WorkbookOperations, step: () => Promise<unknown>): Promise<number> {
  workbook.resetCounters();
  await step();
  return workbook.syncCount;
}

/** The pane's session: open (settings), read a rating cell, rate it, re-rate it, read it back, read elsewhere. */
async function session(people: number): Promise<Measured> {
  const workbook = largeWorkbook(people, 30);
  const uninstall = workbook.install();
  try {
    const ops = createOfficeOperations({ now: () => NOW });
    await ops.loadSettings();
    const last = { rowIndex: people - 1, person: `员工${people}`, competency: '能力30', columnIndex: 31, level: '中级' };
    const syncs: Record<string, number> = {};
    let written = 0;
    let loaded = 0;
    const step = async (name: string, run: () => Promise<unknown>) => {
      syncs[name] = await measure(workbook, ops, run);
      written = Math.max(written, workbook.largestWritePayload);
      loaded = Math.max(loaded, workbook.largestLoadPayload);
    };
    await step('read rating cell', () => ops.readSelection(model, {}));
    await step('apply to blank cell', () => ops.applyRating(ratingRequest(last), model, {}));
    await step('apply over a rating', () => ops.applyRating(ratingRequest({ ...last, expected: '中级', level: '高级', confirmOverwrite: true }), model, {}));
    await step('read rating with evidence', async () => {
      const context = await ops.readSelection(model, {});
      expect(context.kind === 'rating' && context.evidence?.level).toBe('高级');
    });
    workbook.select(BUILT.sheet, `A${people + 1}`);
    await step('read person column', () => ops.readSelection(model, {}));
    workbook.select(BUILT.sheet, 'AH1');
    await step('read outside', () => ops.readSelection(model, {}));
    return { syncs, written, loaded };
  } finally {
    uninstall();
  }
}

describe('round trips', () => {
  it('read 1 (2 with evidence) and apply 2 syncs, for 3 people as for 1,000 people x 30 competencies, with requests that do not grow', async () => {
    const small = await session(3);
    const large = await session(1000);
    expect(large.syncs).toEqual(small.syncs);
    expect(large.syncs).toEqual({
      'read rating cell': 1,
      'apply to blank cell': 2,
      'apply over a rating': 2,
      // The Evidence table's size is not known yet: the row is found first, then read.
      'read rating with evidence': 2,
      'read person column': 1,
      'read outside': 1,
    });
    // One cell and two record rows written, one table row and the record keys read: only the
    // longer names and addresses of the big table show ("员工1000", "AF1001").
    expect(large.written).toBeLessThan(small.written + 50);
    expect(large.loaded).toBeLessThan(small.loaded + 200);
    expect(large.loaded).toBeLessThan(4_000);
  });

  it('a first read of a new session learns the tables in one more round trip', async () => {
    const workbook = largeWorkbook(3, 30);
    const uninstall = workbook.install();
    try {
      const ops = createOfficeOperations();
      expect(await measure(workbook, ops, () => ops.readSelection(model, {}))).toBe(2);
      expect(await measure(workbook, ops, () => ops.readSelection(model, {}))).toBe(1);
    } finally {
      uninstall();
    }
  });

  /** An Evidence table of `rows` rows, as the add-in writes them: row i is 员工(i/30 + 1)'s for 能力(i%30 + 1), written from its cell of the assessment table. */
  function addEvidence(workbook: ExcelWorkbookMock, rows: number, behaviours: string): void {
    workbook.addTable({
      name: EVIDENCE_TABLE,
      sheet: '证据',
      at: 'A1',
      headers: ['姓名', '能力素质项', '级别', '观察到的行为', '评语', '评估人', '日期', '单元格'],
      rows: Array.from({ length: rows }, (_, i) => {
        const person = Math.floor(i / 30);
        const competency = i % 30;
        return [`员工${person + 1}`, `能力${competency + 1}`, '中级', `${behaviours}#${i}`, '', '赵六', '2026-11-25', `${BUILT.sheet}!${columnLetters(2 + competency)}${person + 2}`];
      }),
    });
  }

  /** A pane on the workbook: settings, the selection event, and a first read that learns the Evidence table's size. */
  async function openPane(workbook: ExcelWorkbookMock, subscribe: boolean): Promise<WorkbookOperations> {
    const ops = createOfficeOperations({ now: () => NOW });
    await ops.loadSettings();
    if (subscribe) await ops.onSelectionChanged(() => undefined);
    workbook.select(BUILT.sheet, 'A2');
    await ops.readSelection(model, {});
    return ops;
  }

  async function readEvidence(ops: WorkbookOperations): Promise<{ person: string; evidence: string | null }> {
    const context = await ops.readSelection(model, {});
    if (context.kind !== 'rating') throw new Error(`not a rating cell: ${context.kind}`);
    return { person: context.person, evidence: context.evidence && `${context.evidence.level} ${context.evidence.behaviours}` };
  }

  const behaviours = '[中级] ▶ 能够围绕客户需求制定并执行有挑战性的工作目标。'.repeat(20);

  it.each([EVIDENCE_INLINE_ROWS + 500, 30_000])('reads a rating cell of an Evidence table of %i rows in 2 syncs after the selection event (find the row, read it), loading one row', async (rows) => {
    const workbook = largeWorkbook(1000, 30);
    const text = rows > 1000 ? '短' : behaviours;
    addEvidence(workbook, rows, text);
    const uninstall = workbook.install();
    try {
      const ops = await openPane(workbook, true);
      const read = async (address: string) => {
        await workbook.selectAndNotify(BUILT.sheet, address);
        let result: { person: string; evidence: string | null } | undefined;
        const syncs = await measure(workbook, ops, async () => {
          result = await readEvidence(ops);
        });
        return { syncs, ...result! };
      };
      // 员工1 in 能力2 (row 1 of the Evidence table) and 员工34 in 能力5 (row 33 * 30 + 4).
      expect(await read('D2')).toEqual({ syncs: 2, person: '员工1', evidence: `中级 ${text}#1` });
      expect(workbook.largestLoadPayload).toBeLessThan(10_000);
      expect(await read('G35')).toEqual({ syncs: 2, person: '员工34', evidence: `中级 ${text}#994` });
      // 员工1000 has evidence only in the 30,000-row table; without a row the find's sync is the only one.
      expect(await read('AF1001')).toEqual({ syncs: rows === 30_000 ? 2 : 1, person: '员工1000', evidence: rows === 30_000 ? `中级 ${text}#29999` : null });
      expect(workbook.largestLoadPayload).toBeLessThan(10_000);
    } finally {
      uninstall();
    }
  });

  it('answers "no evidence" in 2 syncs when the assessment table was sorted since the evidence was written, never another person\'s', async () => {
    const workbook = largeWorkbook(1000, 30);
    addEvidence(workbook, 1000, behaviours);
    const uninstall = workbook.install();
    try {
      const ops = await openPane(workbook, true);
      workbook.sortTable(BUILT.table, 0, true);
      await workbook.selectAndNotify(BUILT.sheet, 'D2');
      let read: { person: string; evidence: string | null } | undefined;
      expect(await measure(workbook, ops, async () => {
        read = await readEvidence(ops);
      })).toBe(2);
      expect(read).toEqual({ person: '员工999', evidence: null });
    } finally {
      uninstall();
    }
  });

  it('reads in 2 syncs after selectTableCell and after applyRating, with no selection event', async () => {
    const workbook = largeWorkbook(1000, 30);
    addEvidence(workbook, 1000, behaviours);
    const uninstall = workbook.install();
    try {
      const ops = await openPane(workbook, false);
      await ops.selectTableCell(BUILT.table, 0, 3);
      let read: { person: string; evidence: string | null } | undefined;
      expect(await measure(workbook, ops, async () => {
        read = await readEvidence(ops);
      })).toBe(2);
      expect(read).toEqual({ person: '员工1', evidence: `中级 ${behaviours}#1` });

      // Re-rating 员工1 in 能力2 replaces its row; rating 员工100 in 能力2 adds one at the end.
      await ops.applyRating(ratingRequest({ rowIndex: 0, columnIndex: 3, person: '员工1', competency: '能力2', expected: '', level: '高级', evidence: 'again' }), model, {});
      expect(await measure(workbook, ops, async () => {
        read = await readEvidence(ops);
      })).toBe(2);
      expect(read).toEqual({ person: '员工1', evidence: '高级 again' });

      workbook.select(BUILT.sheet, 'D101');
      await ops.applyRating(ratingRequest({ rowIndex: 99, columnIndex: 3, person: '员工100', competency: '能力2', expected: '', level: '初级', evidence: 'new' }), model, {});
      expect(await measure(workbook, ops, async () => {
        read = await readEvidence(ops);
      })).toBe(2);
      expect(read).toEqual({ person: '员工100', evidence: '初级 new' });
    } finally {
      uninstall();
    }
  });

  it('reads the first cell of a session in 2 syncs with a 30,000-row Evidence table, never loading every evidence text', async () => {
    const workbook = largeWorkbook(1000, 30);
    addEvidence(workbook, 30_000, behaviours);
    workbook.select(BUILT.sheet, 'G35'); // selected when the pane opens
    const uninstall = workbook.install();
    try {
      const ops = createOfficeOperations({ now: () => NOW });
      await ops.loadSettings(); // knows the selected cell from here
      let read: { person: string; evidence: string | null } | undefined;
      expect(await measure(workbook, ops, async () => {
        read = await readEvidence(ops);
      })).toBe(2);
      expect(read).toEqual({ person: '员工34', evidence: `中级 ${behaviours}#994` });
      expect(workbook.largestLoadPayload).toBeLessThan(10_000);
    } finally {
      uninstall();
    }
  });

  it('takes 3 syncs when the selection moved since the add-in last knew it (without an event, or after the event): the probe, the find, the one row', async () => {
    const workbook = largeWorkbook(1000, 30);
    addEvidence(workbook, 1000, behaviours);
    const uninstall = workbook.install();
    try {
      const ops = await openPane(workbook, false);
      workbook.select(BUILT.sheet, 'D2');
      let read: { person: string; evidence: string | null } | undefined;
      expect(await measure(workbook, ops, async () => {
        read = await readEvidence(ops);
      })).toBe(3);
      expect(read).toEqual({ person: '员工1', evidence: `中级 ${behaviours}#1` });
      expect(workbook.largestLoadPayload).toBeLessThan((1000 * behaviours.length) / 20);

      const subscribed = await openPane(workbook, true);
      await workbook.selectAndNotify(BUILT.sheet, 'D2');
      workbook.select(BUILT.sheet, 'E2'); // its event has not come yet
      expect(await measure(workbook, subscribed, async () => {
        read = await readEvidence(subscribed);
      })).toBe(3);
      expect(read).toEqual({ person: '员工1', evidence: `中级 ${behaviours}#2` });
      expect(workbook.largestLoadPayload).toBeLessThan(10_000);
    } finally {
      uninstall();
    }
  });
});
