import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { BUILT, HAND_MADE, LISTENING_MAPPING, assessmentWorkbook, model } from '../../test/office/rating-workbooks';
import { SETTINGS_KEY } from '../core/settings';
import { createOfficeOperations } from './office-operations';
import type { WorkbookOperations, WorkbookSettings } from '../host/workbook-operations';

/** The pane's workbook operations over Office.js, against the counting mock: reading the selection, settings, events. */

let workbook: ExcelWorkbookMock;
let uninstall: () => void;
let ops: WorkbookOperations;

function open(mock: ExcelWorkbookMock): void {
  workbook = mock;
  uninstall = workbook.install();
  ops = createOfficeOperations();
}

afterEach(() => uninstall());

describe('reading the selection', () => {
  beforeEach(() => open(assessmentWorkbook()));

  it('gives person, competency, current rating and position for a rating cell of the built table', async () => {
    workbook.select(BUILT.sheet, 'C2');
    const context = await ops.readSelection(model, {});
    expect(context).toMatchObject({
      kind: 'rating',
      cell: { sheet: BUILT.sheet, address: 'C2' },
      table: BUILT.table,
      rowIndex: 0,
      rowCount: 3,
      columnIndex: 2,
      person: '张三',
      role: '客户经理',
      competencyId: 'achievement-orientation',
      header: '成就导向',
      current: '中级',
      evidence: null,
    });
  });

  it('says "table" for the person column and the header row, and for a table that rates nothing', async () => {
    for (const address of ['A3', 'C1', 'U2']) {
      workbook.select(BUILT.sheet, address);
      expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'table', table: BUILT.table });
    }
    workbook.select('Budget', 'B2');
    const budget = await ops.readSelection(model, {});
    expect(budget).toMatchObject({ kind: 'table', table: 'Costs' });
    expect(budget.kind === 'table' && budget.layout.ratingColumns).toEqual([]);
  });

  it('says "outside" beside a table, naming the tables that rate a competency', async () => {
    workbook.select(BUILT.sheet, 'W2');
    expect(await ops.readSelection(model, {})).toEqual({ kind: 'outside', cell: { sheet: BUILT.sheet, address: 'W2' }, assessmentTables: [BUILT.table, HAND_MADE.table] });
  });

  it('recognizes a hand-made table by its headers, and a column the user mapped', async () => {
    workbook.select(HAND_MADE.sheet, 'D4');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', table: HAND_MADE.table, person: 'Li Lei', role: 'AM', competencyId: 'resilience', rowIndex: 0, columnIndex: 2, current: '' });

    workbook.select(HAND_MADE.sheet, 'E4');
    const unmapped = await ops.readSelection(model, {});
    expect(unmapped.kind).toBe('table');
    expect(unmapped.kind === 'table' && unmapped.layout.unmatched).toEqual([
      { index: 3, header: 'Listening' },
      { index: 4, header: 'Notes' },
    ]);

    const mapped = await ops.readSelection(model, LISTENING_MAPPING);
    expect(mapped).toMatchObject({ kind: 'rating', competencyId: 'communication-and-listening', header: 'Listening', current: 'Junior', person: 'Li Lei' });
  });

  it('reads sheet names that Excel quotes in addresses', async () => {
    workbook.addTable({ name: 'Quarter', sheet: "Q1 'east' ratings", at: 'A1', headers: ['Person', 'Resilience'], rows: [['Lily', '高级']] });
    workbook.select("Q1 'east' ratings", 'B2');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', cell: { sheet: "Q1 'east' ratings", address: 'B2' }, person: 'Lily' });
  });

  it('finds a table made since the last read', async () => {
    workbook.select(BUILT.sheet, 'C2');
    await ops.readSelection(model, {});
    workbook.addTable({ name: 'Later', sheet: 'Budget', at: 'E5', headers: ['Person', 'Resilience'], rows: [['Lily', '高级']] });
    workbook.select('Budget', 'F6');
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', table: 'Later', person: 'Lily', current: '高级' });
  });

  it.each(['propagate', 'fail'] as const)('copes with a table deleted since the last read (null objects %s)', async (nullObjects) => {
    uninstall();
    open(assessmentWorkbook({ nullObjects }));
    workbook.select(BUILT.sheet, 'C2');
    await ops.readSelection(model, {});
    workbook.convertTableToRange(HAND_MADE.table);
    workbook.select(HAND_MADE.sheet, 'D4');
    // What was the table is now a plain range with the same headers: its cells still read as ratings.
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', table: `'${HAND_MADE.sheet}'`, cell: { sheet: HAND_MADE.sheet, address: 'D4' }, person: 'Li Lei' });
  });
});

describe('following the selection', () => {
  beforeEach(() => open(assessmentWorkbook()));

  it('calls back on every selection change until unsubscribed', async () => {
    const moved = jest.fn();
    const stop = await ops.onSelectionChanged(moved);
    await workbook.fireSelectionChanged();
    await workbook.fireSelectionChanged();
    stop();
    await new Promise((resolve) => setImmediate(resolve));
    await workbook.fireSelectionChanged();
    expect(moved).toHaveBeenCalledTimes(2);
    expect(workbook.selectionHandlerCount).toBe(0);
  });

  it('stops following the selection while the pane is hidden, and reads once when it is shown again', async () => {
    const moved = jest.fn();
    const stop = await ops.onSelectionChanged(moved);
    workbook.setPaneVisible(false);
    workbook.resetCounters();
    await workbook.selectAndNotify(BUILT.sheet, 'C3');
    await workbook.selectAndNotify(BUILT.sheet, 'D3');
    expect(moved).not.toHaveBeenCalled();
    expect(workbook.syncCount).toBe(0);
    workbook.setPaneVisible(true);
    expect(moved).toHaveBeenCalledTimes(1);
    await workbook.fireSelectionChanged();
    expect(moved).toHaveBeenCalledTimes(2);
    stop();
  });

  it('selects a cell of a table by data row and column, on its sheet', async () => {
    workbook.select('Budget', 'A1');
    await ops.selectTableCell(HAND_MADE.table, 1, 2);
    expect(await ops.readSelection(model, {})).toMatchObject({ kind: 'rating', cell: { sheet: HAND_MADE.sheet, address: 'D5' }, person: 'Han Mei', current: 'Senior' });
  });

  it('refuses to select past the last data row, and says which cell', async () => {
    await expect(ops.selectTableCell(BUILT.table, 3, 2)).rejects.toThrow(/data row 4, column 3 of table "CompetencyAssessment"/);
  });
});

describe('settings', () => {
  const settings: WorkbookSettings = { modelId: 'ct-am', mappings: LISTENING_MAPPING, assessor: '赵六' };

  it('are stored in the workbook and read back as saved', async () => {
    open(assessmentWorkbook());
    expect((await ops.loadSettings()).settings).toBeNull();
    await ops.saveSettings(settings);
    expect(typeof workbook.setting(SETTINGS_KEY)).toBe('string');
    // A new pane on the reopened workbook.
    expect(await createOfficeOperations().loadSettings()).toEqual({ settings, ignored: [] });
  });

  it('keep a custom model that validates', async () => {
    open(assessmentWorkbook());
    const withModel: WorkbookSettings = { ...settings, modelId: 'mine', customModel: { ...model, id: 'mine' } };
    await ops.saveSettings(withModel);
    expect((await ops.loadSettings()).settings).toEqual(withModel);
  });
});

describe('the profile charts follow the selected row', () => {
  it('writes the person into the charts’ cell as text, once, where Excel keeps the undo history (ExcelApi 1.20)', async () => {
    open(assessmentWorkbook({ requirementSets: { ExcelApi: '1.20' } }));
    const cell = { sheet: BUILT.sheet, address: 'B3' };
    const before = workbook.syncCount;
    expect(await ops.showPersonInCharts(cell, '=张三')).toBe(true);
    expect(workbook.syncCount - before).toBeLessThanOrEqual(2);
    expect(workbook.cell(BUILT.sheet, 'B3')).toBe('=张三');
    expect(workbook.formula(BUILT.sheet, 'B3')).toBeNull();
    const again = workbook.syncCount;
    expect(await ops.showPersonInCharts(cell, '=张三')).toBe(true);
    // Already there: read, nothing written (no undo step for a selection that changed nothing).
    expect(workbook.syncCount - again).toBe(1);
  });

  it('writes nothing where a write would clear the undo history', async () => {
    open(assessmentWorkbook({ requirementSets: { ExcelApi: '1.19' } }));
    const before = workbook.syncCount;
    expect(await ops.showPersonInCharts({ sheet: BUILT.sheet, address: 'B3' }, '张三')).toBe(false);
    expect(workbook.syncCount).toBe(before);
  });
});
