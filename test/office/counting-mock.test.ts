import { ExcelWorkbookMock, MockOfficeError, type MockWorkbookSpec } from './counting-mock';

/* The mock must fail code that Office.js would fail, or tests built on it prove nothing. */

type Context = Excel.RequestContext;

function workbookWithTable(spec: MockWorkbookSpec = {}): ExcelWorkbookMock {
  return new ExcelWorkbookMock({
    ...spec,
    sheets: { Notes: [['note']] },
    tables: [{ name: 'Ratings', sheet: 'Team', at: 'B2', headers: ['Person', 'Resilience'], rows: [['Li', '中级'], ['Wang', '']] }],
    selection: { sheet: 'Team', address: 'C4' },
  });
}

function run<T>(workbook: ExcelWorkbookMock, batch: (context: Context) => Promise<T>): Promise<T> {
  return workbook.run(batch);
}

describe('ExcelWorkbookMock', () => {
  it('gives loaded values only after the sync, and refuses properties never loaded', async () => {
    const workbook = workbookWithTable();
    await run(workbook, async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      expect(() => cell.address).toThrow(MockOfficeError);
      await context.sync();
      expect(cell.address).toBe('Team!C4');
      expect(() => cell.values).toThrow(/not loaded/);
    });
    expect(workbook.syncCount).toBe(1);
  });

  it('navigates from a cell to its table and reads the table as of the queue position', async () => {
    const workbook = workbookWithTable();
    await run(workbook, async (context) => {
      const tables = context.workbook.getActiveCell().getTables(false).load('items/name, items/columns/items/name');
      const body = context.workbook.tables.getItem('Ratings').getDataBodyRange();
      body.load('address, values');
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(['Ratings']);
      expect(tables.items[0].columns.items.map((c) => c.name)).toEqual(['Person', 'Resilience']);
      expect(body.address).toBe('Team!B3:C4');
      expect(body.values).toEqual([['Li', '中级'], ['Wang', '']]);
    });
  });

  it('propagates null objects (one answer to what Microsoft does not document) and fails a sync that needs a missing item', async () => {
    const workbook = workbookWithTable({ behaviour: { nullObjects: 'propagate' } });
    await run(workbook, async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope');
      const range = missing.getDataBodyRange().load('values');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(range.isNullObject).toBe(true);
      expect(() => range.values).toThrow(/null object/);
      context.workbook.tables.getItem('Nope').getRange().load('address');
      await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
    });
  });

  it('can fail a sync that calls a method on a null object, for code that must not rely on null propagating', async () => {
    const workbook = new ExcelWorkbookMock({ nullObjects: 'fail' });
    await run(workbook, async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getDataBodyRange().load('values');
      await expect(context.sync()).rejects.toThrow(/null Table/);
    });
  });

  it('is as strict as Excel: unloaded properties, array shapes, the 5 MB request limit', async () => {
    const workbook = workbookWithTable();
    await run(workbook, async (context) => {
      const range = context.workbook.worksheets.getItem('Notes').getRange('A1:B1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('address');
      await context.sync();
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.values = [['a', 'b', 'c']];
      await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
      const big = context.workbook.worksheets.getItem('Notes').getRange('A1:A600');
      big.values = Array.from({ length: 600 }, () => ['中'.repeat(2000)]);
      await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    });
  });

  it('fails getActiveCell while the workbook has no focus, and every batch while a cell is edited unless the run waits', async () => {
    const workbook = workbookWithTable();
    workbook.focus(false);
    await run(workbook, async (context) => {
      context.workbook.getActiveCell().load('address');
      await expect(context.sync()).rejects.toThrow(/InvalidSelection/);
    });
    workbook.focus(true);
    workbook.editCell(true);
    await expect(workbook.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    })).rejects.toThrow(/editing a cell/);
    await workbook.run({ delayForCellEdit: true }, async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Notes', 'Team']);
    });
  });

  it.each([
    ['desktop', ['Worksheet.delete', 'Worksheet.name', 'Worksheet.visibility']],
    ['web', ['Worksheet.delete']],
  ] as const)('refuses members without undo support inside mergeUndoGroup (%s)', async (platform, refused) => {
    const attempts: Record<string, (sheet: Excel.Worksheet) => void> = {
      'Worksheet.delete': (sheet) => sheet.delete(),
      'Worksheet.name': (sheet) => (sheet.name = 'Renamed'),
      'Worksheet.visibility': (sheet) => (sheet.visibility = 'Hidden'),
    };
    for (const [member, attempt] of Object.entries(attempts)) {
      const workbook = workbookWithTable({ platform });
      const batch = workbook.run({ mergeUndoGroup: true }, async (context) => {
        attempt(context.workbook.worksheets.getItem('Notes'));
        await context.sync();
      });
      if ((refused as readonly string[]).includes(member)) await expect(batch).rejects.toThrow(/UndoNotSupported/);
      else await batch;
    }
    // Outside an undo group they run.
    const plain = workbookWithTable({ platform });
    await plain.run(async (context) => context.workbook.worksheets.getItem('Notes').delete());
    expect(plain.sheetNames()).toEqual(['Team']);
  });

  it.each(['series', 'none'] as const)('charts.add over cells that are all empty gives what the switch says (%s)', async (emptyChartSource) => {
    const workbook = workbookWithTable({ behaviour: { emptyChartSource } });
    await run(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      const chart = sheet.charts.add('RadarMarkers', sheet.getRange('E1:E5'), 'Columns');
      const series = chart.series.load('count');
      await context.sync();
      expect(series.count).toBe(emptyChartSource === 'series' ? 1 : 0);
    });
  });

  it.each(['null', 'throw'] as const)('intersects a range of another sheet as the switch says (%s)', async (intersectOtherSheet) => {
    const workbook = workbookWithTable({ behaviour: { intersectOtherSheet } });
    const batch = workbook.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('Notes').getRange('A1:C3');
      const shared = notes.getIntersectionOrNullObject(context.workbook.worksheets.getItem('Team').getRange('A1:C3'));
      await context.sync();
      return shared.isNullObject;
    });
    if (intersectOtherSheet === 'null') expect(await batch).toBe(true);
    else await expect(batch).rejects.toThrow(/another sheet/);
  });

  it('reads written text as Excel reads typed input, and counts the write payload', async () => {
    const workbook = workbookWithTable();
    await run(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Notes');
      sheet.getRange('A1:D1').values = [['=HYPERLINK("x")', "'=HYPERLINK(\"x\")", '2026-11-25', '42']];
      sheet.getRange('E1').numberFormat = [['@']];
      sheet.getRange('E1').values = [['2026-11-25']];
      await context.sync();
    });
    expect(workbook.formula('Notes', 'A1')).toBe('=HYPERLINK("x")');
    expect(workbook.cell('Notes', 'B1')).toBe('=HYPERLINK("x")');
    expect(workbook.formula('Notes', 'B1')).toBeNull();
    expect(workbook.cell('Notes', 'C1')).toBe(46351);
    expect(workbook.cell('Notes', 'D1')).toBe(42);
    expect(workbook.cell('Notes', 'E1')).toBe('2026-11-25');
    expect(workbook.largestWritePayload).toBeGreaterThan(40);
    expect(workbook.writes.map((w) => `${w.sheet}!${w.address}:${w.kind}`)).toEqual(['Notes!A1:D1:values', 'Notes!E1:numberFormat', 'Notes!E1:values']);
  });

  it('refuses a values array of another shape than the range', async () => {
    const workbook = workbookWithTable();
    await expect(
      run(workbook, async (context) => {
        context.workbook.worksheets.getItem('Notes').getRange('A1:B1').values = [['only one']];
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });

  it('adds table rows by inserting cells, so what lies below the table moves down', async () => {
    const workbook = workbookWithTable();
    workbook.type('Team', 'B6', 'below');
    await run(workbook, async (context) => {
      context.workbook.tables.getItem('Ratings').rows.add(undefined, [['Zhao', '高级']]);
      await context.sync();
    });
    expect(workbook.table('Ratings')?.rows).toEqual([['Li', '中级'], ['Wang', ''], ['Zhao', '高级']]);
    expect(workbook.cell('Team', 'B6')).toBe('');
    expect(workbook.cell('Team', 'B7')).toBe('below');
  });

  it('ends a run with a sync when commands are still queued, and records run options', async () => {
    const workbook = workbookWithTable();
    await workbook.run({ mergeUndoGroup: true }, async (context: Context) => {
      context.workbook.worksheets.getItem('Notes').getRange('A2').values = [['x']];
    });
    expect(workbook.syncCount).toBe(1);
    expect(workbook.runs).toEqual([{ options: { mergeUndoGroup: true }, syncs: 1 }]);
    expect(workbook.cell('Notes', 'A2')).toBe('x');
  });

  it('registers event handlers at the sync and reuses a context for their removal', async () => {
    const workbook = workbookWithTable();
    const calls: string[] = [];
    const registration = await run(workbook, async (context) => {
      const result = context.workbook.onSelectionChanged.add(async () => {
        calls.push('moved');
      });
      await context.sync();
      return result;
    });
    await workbook.fireSelectionChanged();
    await workbook.run(registration, async (context: Context) => {
      registration.remove();
      await context.sync();
    });
    await workbook.fireSelectionChanged();
    expect(calls).toEqual(['moved']);
    expect(workbook.selectionHandlerCount).toBe(0);
  });

  it('keeps settings and reports requirement sets', async () => {
    const workbook = new ExcelWorkbookMock({ settings: { a: '1' }, requirementSets: { ExcelApi: '1.20' } });
    const value = await run(workbook, async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject('a').load('value');
      const missing = context.workbook.settings.getItemOrNullObject('b').load('value');
      context.workbook.settings.add('c', 'new');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      return setting.value;
    });
    expect(value).toBe('1');
    expect(workbook.setting('c')).toBe('new');
    expect(workbook.isSetSupported('ExcelApi', '1.20')).toBe(true);
    expect(workbook.isSetSupported('ExcelApi', '1.21')).toBe(false);
  });
});

describe('find and the worksheets selection event', () => {
  it('finds with Excel wildcards and ~ escapes, whole cell and case as asked', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { S: [['a*b'], ['aXb'], ['a~b'], ['A?B']] } });
    const found = await run(workbook, async (context) => {
      const column = context.workbook.worksheets.getItem('S').getRange('A1:A4');
      const look = (text: string, matchCase = true) => column.findOrNullObject(text, { completeMatch: true, matchCase }).load('address');
      const results = [look('a~*b'), look('a*b'), look('a~~b'), look('a~?b'), look('a~?b', false), look('aX')];
      await context.sync();
      return results.map((r) => (r.isNullObject ? null : r.address));
    });
    expect(found).toEqual(['S!A1', 'S!A1', 'S!A3', null, 'S!A4', null]);
  });

  it('gives worksheets.onSelectionChanged handlers the address and the worksheet id, which stays on rename', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { One: [], Two: [] } });
    const events: unknown[] = [];
    const ids = await run(workbook, async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(async (args) => {
        events.push({ address: args.address, worksheetId: args.worksheetId });
      });
      const sheets = context.workbook.worksheets.load('items/id, items/name');
      await context.sync();
      return sheets.items.map((s) => s.id);
    });
    expect(new Set(ids).size).toBe(2);
    await workbook.selectAndNotify('Two', 'C4:D5');
    expect(events).toEqual([{ address: 'C4:D5', worksheetId: ids[1] }]);
  });
});

describe('merged cells (Range.getMergedAreasOrNullObject, ExcelApi 1.13)', () => {
  const merged = () =>
    new ExcelWorkbookMock({ sheets: { Form: [['Title'], ['Name', 'Dept', 'Skills']] }, merges: { Form: ['A1:D1', 'A2:A3', 'C2:D2'] } });

  it('gives the merged areas whose top-left cell is in the range, whole, and a null object where there are none', async () => {
    const workbook = merged();
    await run(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Form');
      const all = sheet.getRange('A1:F9').getMergedAreasOrNullObject().load('address, areaCount, cellCount');
      const areas = sheet.getRange('A1:F9').getMergedAreasOrNullObject();
      areas.areas.load('items/address');
      // A2:A3 starts above B3:D3 and C2:D2 starts in row 2: neither is reported for it (office-js#3611).
      const below = sheet.getRange('A3:D3').getMergedAreasOrNullObject().load('address');
      expect(() => all.address).toThrow(/not loaded/);
      await context.sync();
      expect(all.isNullObject).toBe(false);
      expect([all.address, all.areaCount, all.cellCount]).toEqual(['Form!A1:D1, Form!A2:A3, Form!C2:D2', 3, 8]);
      expect(areas.areas.items.map((r) => r.address)).toEqual(['Form!A1:D1', 'Form!A2:A3', 'Form!C2:D2']);
      expect(below.isNullObject).toBe(true);
      expect(() => below.address).toThrow(/null object/);
    });
    expect(workbook.cell('Form', 'A1')).toBe('Title');
    expect(workbook.sheet('Form')?.merges).toEqual(['A1:D1', 'A2:A3', 'C2:D2']);
  });

  it('fails the sync over more than 512 merged areas, and makes no table over merged cells', async () => {
    const workbook = new ExcelWorkbookMock({ sheets: { Grid: [] } });
    for (let i = 0; i < 513; i++) workbook.mergeCells('Grid', `A${2 * i + 1}:B${2 * i + 1}`);
    await run(workbook, async (context) => {
      context.workbook.worksheets.getItem('Grid').getRange('A:B').getMergedAreasOrNullObject();
      await expect(context.sync()).rejects.toThrow(/512/);
      context.workbook.worksheets.getItem('Grid').tables.add('A1:C4', true);
      await expect(context.sync()).rejects.toThrow(/merged cells/);
    });
    expect(workbook.tableNames()).toEqual([]);
  });
});
