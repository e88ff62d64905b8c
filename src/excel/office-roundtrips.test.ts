import { EVIDENCE_TABLE } from '../core/records';
import type { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { BUILT, NOW, largeWorkbook, ratingRequest, wideModel } from '../../test/office/rating-workbooks';
import { createOfficeOperations } from './office-operations';
import { EVIDENCE_INLINE_ROWS } from './office-selection';
import type { WorkbookOperations } from './operations';

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
  it('read 1 and apply 2 syncs, for 3 people as for 1,000 people x 30 competencies, with requests that do not grow', async () => {
    const small = await session(3);
    const large = await session(1000);
    expect(large.syncs).toEqual(small.syncs);
    expect(large.syncs).toEqual({
      'read rating cell': 1,
      'apply to blank cell': 2,
      'apply over a rating': 2,
      'read rating with evidence': 1,
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

  it('reads a big Evidence table by its key columns and fetches the one matching row', async () => {
    const workbook = largeWorkbook(1000, 30);
    const rows = EVIDENCE_INLINE_ROWS + 500;
    const behaviours = '[中级] ▶ 能够围绕客户需求制定并执行有挑战性的工作目标。'.repeat(20);
    workbook.addTable({
      name: EVIDENCE_TABLE,
      sheet: '证据',
      at: 'A1',
      headers: ['姓名', '能力素质项', '级别', '观察到的行为', '评语', '评估人', '日期', '单元格'],
      rows: Array.from({ length: rows }, (_, i) => [`员工${Math.floor(i / 30) + 1}`, `能力${(i % 30) + 1}`, '中级', behaviours, '', '赵六', '2026-11-25', '']),
    });
    const uninstall = workbook.install();
    try {
      const ops = createOfficeOperations();
      await ops.loadSettings();
      workbook.select(BUILT.sheet, 'C2');
      await ops.readSelection(model, {}); // learns the Evidence table's size
      workbook.select(BUILT.sheet, 'D2');
      expect(await measure(workbook, ops, async () => {
        const context = await ops.readSelection(model, {});
        expect(context.kind === 'rating' && context.evidence?.behaviours).toBe(behaviours);
      })).toBe(2);
      const allEvidence = rows * behaviours.length;
      expect(workbook.largestLoadPayload).toBeLessThan(allEvidence / 20);
      workbook.select(BUILT.sheet, 'D900');
      expect(await measure(workbook, ops, () => ops.readSelection(model, {}))).toBe(1);
    } finally {
      uninstall();
    }
  });
});
