import type { DiagnosticsReport, ProbeOutcome, RequirementSetSupport } from '../host/diagnostics';

/**
 * The first-run check in real Excel. It works on two scratch sheets of its own (never on the user's
 * cells), tries each behaviour Microsoft does not document and that the add-in is written to
 * survive either way, then deletes the sheets. Each probe is its own Excel.run, so one that fails
 * cannot take the others or the clean-up with it.
 */

const SETS: Omit<RequirementSetSupport, 'supported'>[] = [
  { name: 'ExcelApi', version: '1.4', usedFor: 'workbook settings, null objects' },
  { name: 'ExcelApi', version: '1.7', usedFor: 'active cell, table change events' },
  { name: 'ExcelApi', version: '1.9', usedFor: 'selection events, tables of a range (required)' },
  { name: 'ExcelApi', version: '1.12', usedFor: 'formulas of a range as one array' },
  { name: 'ExcelApi', version: '1.20', usedFor: 'one undo step per rating' },
  { name: 'SharedRuntime', version: '1.1', usedFor: 'pane and functions in one runtime (required)' },
  { name: 'CustomFunctionsRuntime', version: '1.2', usedFor: 'error values with a message' },
  { name: 'CustomFunctionsRuntime', version: '1.3', usedFor: 'error codes of the functions (required)' },
  { name: 'DialogApi', version: '1.1', usedFor: 'handing over files where downloads are blocked' },
];

const SCRATCH_PREFIX = '~CompetencyProbe';

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}

function supported(name: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(name, version) === true;
}

async function probe(id: ProbeOutcome['id'], run: () => Promise<string>): Promise<ProbeOutcome> {
  try {
    return { id, outcome: await run() };
  } catch (error) {
    return { id, outcome: 'throws', detail: errorCode(error) };
  }
}

/** Runs every probe on fresh scratch sheets and returns what this Excel did. */
export async function runOfficeDiagnostics(): Promise<DiagnosticsReport> {
  const info = typeof Office !== 'undefined' ? Office.context?.diagnostics : undefined;
  const suffix = Math.random().toString(36).slice(2, 8);
  const first = `${SCRATCH_PREFIX}A-${suffix}`;
  const second = `${SCRATCH_PREFIX}B-${suffix}`;
  const options = { delayForCellEdit: true };

  await Excel.run(options, async (context) => {
    context.workbook.worksheets.add(first);
    context.workbook.worksheets.add(second);
    await context.sync();
  });

  const probes: ProbeOutcome[] = [];
  probes.push(
    await probe('intersection-other-sheet', () =>
      Excel.run(options, async (context) => {
        const sheets = context.workbook.worksheets;
        const intersection = sheets.getItem(first).getRange('A1:B2').getIntersectionOrNullObject(sheets.getItem(second).getRange('A1:B2'));
        await context.sync();
        return intersection.isNullObject ? 'null-object' : 'range';
      }),
    ),
  );
  probes.push(
    await probe('methods-on-null-object', () =>
      Excel.run(options, async (context) => {
        const missing = context.workbook.worksheets.getItem(first).tables.getItemOrNullObject(`NoSuchTable_${suffix}`);
        // Something must be loaded through the chain, or the batch has nothing for Excel to refuse.
        const cell = missing.getRange().getCell(0, 0).load('address');
        await context.sync();
        return cell.isNullObject ? 'null-object' : 'object';
      }),
    ),
  );
  probes.push(
    await probe('chart-over-empty-text', () =>
      Excel.run(options, async (context) => {
        const range = context.workbook.worksheets.getItem(first).getRange('A1:C2');
        range.numberFormat = [['@', '@', '@'], ['@', '@', '@']];
        range.values = [['', '', ''], ['', '', '']];
        const chart = context.workbook.worksheets.getItem(first).charts.add('Radar', range, 'Rows');
        chart.series.load('count');
        await context.sync();
        return chart.series.count > 0 ? 'series' : 'none';
      }),
    ),
  );
  probes.push(
    await probe('text-stays-text', () =>
      Excel.run(options, async (context) => {
        const typed = ['007', '1/2', '50%', 'TRUE'];
        const sheet = context.workbook.worksheets.getItem(second);
        const range = sheet.getRange('A1:D1');
        range.numberFormat = [['@', '@', '@', '@']];
        range.values = [typed];
        const readBack = sheet.getRange('A1:D1').load('values');
        await context.sync();
        const [stored] = readBack.values;
        const converted = typed.filter((text, i) => stored[i] !== text);
        return converted.length === 0 ? 'text' : `converted ${converted.join(' ')}`;
      }),
    ),
  );
  probes.push(
    await probe('active-cell', () =>
      Excel.run(options, async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load('address');
        await context.sync();
        return 'ok';
      }),
    ),
  );
  probes.push(
    supported('ExcelApi', '1.20')
      ? await probe('merge-undo-rename', () =>
          Excel.run({ ...options, mergeUndoGroup: true }, async (context) => {
            context.workbook.worksheets.getItem(second).name = `${second}~`;
            await context.sync();
            return 'ok';
          }),
        )
      : { id: 'merge-undo-rename', outcome: 'not-supported', detail: 'ExcelApi 1.20 missing' },
  );

  let cleanedUp = true;
  try {
    await Excel.run(options, async (context) => {
      // Deleting through a null object is itself undocumented: delete only the sheets that are there.
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const scratch = new Set([first, second, `${second}~`]);
      for (const sheet of sheets.items) if (scratch.has(sheet.name)) sheet.delete();
      await context.sync();
    });
  } catch {
    cleanedUp = false;
  }

  return {
    host: String(info?.host ?? 'unknown'),
    platform: String(info?.platform ?? 'unknown'),
    version: String(info?.version ?? 'unknown'),
    displayLanguage: typeof Office !== 'undefined' ? String(Office.context?.displayLanguage ?? 'unknown') : 'unknown',
    sets: SETS.map((set) => ({ ...set, supported: supported(set.name, set.version) })),
    probes,
    cleanedUp,
  };
}
