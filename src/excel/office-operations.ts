import { LAST_GOOD_SETTINGS_KEY, SETTINGS_KEY, readSettings, settingsCarryModel, settingsToStore, type SettingsRead } from '../core/settings';
import { TableDirectory, loadSheetNames, loadTableSummaries, tableSummaries } from './office-directory';
import { cellRef, parseAddress } from './office-cells';
import { applyRating } from './office-rating';
import { readSelection } from './office-selection';
import { applyPlainRangeRating, convertPlainRange, selectPlainRangeCell } from './office-plain-range';
import { plainRangeSheet } from '../core/rating/plain-range-selection';
import type { ColumnMapping } from '../core/rating/assessment';
import type { LevelModel } from '../core/model/types';
import type { WorkbookOperations } from '../host/workbook-operations';
import { SaidError, verbatim } from '../core/message';
import { hostMessages } from '../host/messages';
import { followPaneVisibility } from './office-pane-visibility';
import { loadAddInWithDocument } from './office-startup';
import type { RatingEditFollower } from './office-rating-edits';

/**
 * The pane's workbook operations over Office.js (the other implementation is the workbench's).
 * Round trips: readSelection 1, applyRating 2 (read, then write), the others 1, the same for 3 or
 * 1,000 people and for an Evidence table of any size. Each operation is one Excel.run.
 *
 * Requirement sets: ExcelApi 1.9 (Workbook.getActiveCell 1.7, Range.getTables 1.9,
 * WorksheetCollection.onSelectionChanged 1.9, *OrNullObject and workbook.settings 1.4); ExcelApi
 * 1.20 is used when present, to make a rating's writes one undo step.
 *
 * loadSettings (the pane's first call), the selection event, selectTableCell and applyRating tell
 * the directory which cell the next read will find selected (worksheet id and address; loadSettings, the event registration and
 * every read keep the sheet names of the ids): that lets a read look up the cell's row of a big
 * Evidence table in its one batch (office-selection.ts).
 *
 * Two exceptions cost one more read. A table the workbook got since the last round trip (the
 * first read of a session, a table HR just made, the Evidence table another pane created): see
 * TableDirectory; loadSettings and onSelectionChanged, which the pane calls first, learn the
 * tables in their own round trip, so the pane's reads stay at one. And a rating cell with evidence
 * when the Evidence table has more than EVIDENCE_INLINE_ROWS rows and the read knows no expected
 * cell (none of those came before it), or the active cell is
 * not the one expected (office-selection.ts): the pane, which reads on the selection event, does
 * not meet it.
 */

export interface OfficeOperationsOptions {
  /** The clock for the audit time; tests fix it. */
  now?: () => Date;
  /** The follower of typed rating changes (office-rating-edits.ts): the pane's writes take turns with it on the audit chain and are not audited twice. */
  edits?: Pick<RatingEditFollower, 'serialize' | 'expectPaneWrite'>;
}

type ModelValidator = typeof import('../core/model/validate').validateModel;

/** The model validator, loaded only when settings carry a workbook model. */
async function validatorFor(carriesModel: boolean): Promise<ModelValidator | null> {
  if (!carriesModel) return null;
  return (await import('../core/model/validate')).validateModel;
}

/** The stored settings and their last good copy read field by field (the validator loads only for a workbook model). */
export async function parseSettings(stored: unknown, lastGood?: unknown): Promise<SettingsRead> {
  const carriesModel = readSettings(stored, lastGood, null).settings?.customModel !== undefined;
  return readSettings(stored, lastGood, await validatorFor(carriesModel));
}

/** Loads the settings item and its last good copy into the batch. */
function loadSettingItems(context: Excel.RequestContext) {
  return {
    stored: context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value'),
    lastGood: context.workbook.settings.getItemOrNullObject(LAST_GOOD_SETTINGS_KEY).load('value'),
  };
}

function settingValue(setting: Excel.Setting): unknown {
  return setting.isNullObject ? undefined : setting.value;
}

/**
 * The stored settings alone, for the runtime as the workbook opens (pane shown or not): no active
 * cell, which a workbook without the focus refuses. A workbook with the add-in's data is asked to
 * load the add-in with the document from then on.
 */
export async function readWorkbookSettings(): Promise<SettingsRead> {
  // At open the user may already be typing in a cell: wait for the edit instead of failing.
  const stored = await Excel.run({ delayForCellEdit: true }, async (context) => {
    const setting = loadSettingItems(context);
    await context.sync();
    return { value: settingValue(setting.stored), lastGood: settingValue(setting.lastGood) };
  });
  if (stored.value !== undefined || stored.lastGood !== undefined) void loadAddInWithDocument();
  return parseSettings(stored.value, stored.lastGood);
}

/** Writes as one undo step where Excel can (ExcelApi 1.20); elsewhere each sync is its own step. */
function runWriting<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const mergeUndo = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.20') === true;
  return mergeUndo ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

export function createOfficeOperations(options: OfficeOperationsOptions = {}): WorkbookOperations {
  const directory = new TableDirectory();
  const now = options.now ?? (() => new Date());
  // Navigation in a plain range finds its rows again with what the last read was given.
  let lastRead: { model: LevelModel; mappings: Record<string, ColumnMapping> } | null = null;

  return {
    readSelection: (model, mappings) => {
      lastRead = { model, mappings };
      return readSelection(directory, model, mappings);
    },

    async onSelectionChanged(callback) {
      // While the pane is hidden a move is only noted; the pane reads once when it is shown again.
      let missed = false;
      const pane = await followPaneVisibility(() => {
        if (!missed) return;
        missed = false;
        callback();
      });
      const registration = await Excel.run(async (context) => {
        // The worksheets' event (ExcelApi 1.9) says which cell: the next read looks for its evidence row in the same batch.
        const handler = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
          directory.expectedSelection = { worksheetId: event.worksheetId, address: event.address };
          if (pane.visible()) callback();
          else missed = true;
        });
        const tables = loadTableSummaries(context);
        const sheets = loadSheetNames(context);
        await context.sync();
        directory.remember(tableSummaries(tables));
        directory.rememberSheets(sheets);
        return handler;
      });
      return () => {
        // The pane is closing or re-subscribing: a removal that fails leaves a handler that calls a
        // callback nobody listens to, which is harmless, so the error is not worth an unhandled rejection.
        pane.stop().catch(() => undefined);
        Excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        }).catch(() => undefined);
      };
    },

    applyRating: (request, model, mappings) => {
      const write = () =>
        runWriting((context) =>
          plainRangeSheet(request.table) === null ? applyRating(context, directory, request, model, mappings, now) : applyPlainRangeRating(context, directory, request, model, mappings, now),
        );
      const { edits } = options;
      if (!edits) return write();
      return edits.serialize(async () => {
        const result = await write();
        // Its change event comes after this turn: the line is written, the follower skips the cell.
        if (result.status === 'written') edits.expectPaneWrite(request.table, request.rowIndex, request.columnIndex, request.level);
        return result;
      });
    },

    convertRangeToTable: (range, model, mappings) => Excel.run((context) => convertPlainRange(context, directory, range, model, mappings)),

    async selectTableCell(table, rowIndex, columnIndex) {
      const plain = lastRead && plainRangeSheet(table) !== null ? lastRead : null;
      if (plain) return Excel.run((context) => selectPlainRangeCell(context, directory, table, rowIndex, columnIndex, plain.model, plain.mappings));
      await Excel.run(async (context) => {
        const found = context.workbook.tables.getItem(table);
        const body = found.getDataBodyRange();
        const sheet = found.worksheet.load('id');
        sheet.activate();
        const cell = body.getCell(rowIndex, columnIndex).getIntersection(body);
        cell.select();
        cell.load('address');
        try {
          await context.sync();
        } catch (error) {
          throw new SaidError(hostMessages.cannotSelectTableCell(rowIndex + 1, columnIndex + 1, table, verbatim(error instanceof Error ? error.message : String(error))));
        }
        directory.expectedSelection = { worksheetId: sheet.id, address: cellRef(parseAddress(cell.address)).address };
      });
    },

    async loadSettings() {
      return Excel.run(async (context) => {
        const setting = loadSettingItems(context);
        const tables = loadTableSummaries(context);
        const sheets = loadSheetNames(context);
        // The pane's first read follows: knowing the selected cell lets it look up that cell's
        // evidence row in its one round trip, however big the Evidence table.
        const active = context.workbook.getActiveCell().load('address');
        const activeSheet = active.worksheet.load('id');
        await context.sync();
        directory.remember(tableSummaries(tables));
        directory.rememberSheets(sheets);
        directory.expectedSelection = { worksheetId: activeSheet.id, address: cellRef(parseAddress(active.address)).address };
        return parseSettings(settingValue(setting.stored), settingValue(setting.lastGood));
      });
    },

    async saveSettings(settings) {
      await Excel.run(async (context) => {
        // Read what is stored first: a save keeps what this version does not understand.
        const setting = loadSettingItems(context);
        await context.sync();
        const stored = settingValue(setting.stored);
        const lastGood = settingValue(setting.lastGood);
        const validate = await validatorFor(settingsCarryModel(settings, stored, lastGood));
        for (const [key, text] of Object.entries(settingsToStore(settings, stored, lastGood, validate))) context.workbook.settings.add(key, text);
        await context.sync();
      });
      // The workbook now carries the add-in's data: reopened, it should compute without the pane.
      void loadAddInWithDocument();
    },
  };
}
