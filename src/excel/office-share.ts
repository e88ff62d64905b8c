import { nativeConversion, type FormulaCell } from '../core/plan/native-formulas';
import type { CompetencyModel } from '../core/model/types';
import type { NativeShareResult } from '../host/assessment-operations';
import { cellAddress, parseCell, splitSheetReference } from '../core/a1';
import { estimateJsonBytes } from '../core/request-size';
import { SLICE_BUDGET_BYTES } from './office-plan-layout';
import { unreadableAddress } from './office-cells';

/**
 * Gives every HR.* formula of the workbook its native equivalent (core nativeFormula decides the
 * text), in place: Office.js cannot hand the add-in an edited copy of the open file, so the pane
 * asks first and tells the user to save the result under a new name. One read of every sheet's
 * used range; the writes are synced in slices of about SLICE_BUDGET_BYTES (Excel on the web limits
 * a request to 5 MB). A formula it cannot convert is left as it is and named in the result.
 */
export async function convertToNativeFormulas(context: Excel.RequestContext, model: CompetencyModel): Promise<NativeShareResult> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const used = sheets.items.map((sheet) => ({ sheet, range: sheet.getUsedRangeOrNullObject().load('address,formulas') }));
  await context.sync();

  const cells: FormulaCell[] = [];
  for (const { sheet, range } of used) {
    if (range.isNullObject) continue;
    const origin = parseCell(splitSheetReference(range.address).range.split(':')[0]);
    if (!origin) throw unreadableAddress(range.address);
    range.formulas.forEach((row, r) =>
      row.forEach((entry, c) => {
        if (typeof entry === 'string' && entry.startsWith('=')) cells.push({ sheet: sheet.name, address: cellAddress(origin.row + r, origin.col + c), formula: entry });
      }),
    );
  }
  const { writes, unconverted } = nativeConversion(cells, model);
  // Each slice is its own request, so that none passes Excel on the web's 5 MB limit.
  const slices: FormulaCell[][] = [[]];
  let pending = 0;
  for (const write of writes) {
    const bytes = estimateJsonBytes(write.formula) + write.address.length + write.sheet.length;
    if (pending + bytes > SLICE_BUDGET_BYTES && slices[slices.length - 1].length > 0) {
      slices.push([]);
      pending = 0;
    }
    slices[slices.length - 1].push(write);
    pending += bytes;
  }
  const sendSlice = async (slice: FormulaCell[]) => {
    for (const write of slice) context.workbook.worksheets.getItem(write.sheet).getRange(write.address).formulas = [[write.formula]];
    await context.sync();
  };
  for (const slice of slices) if (slice.length > 0) await sendSlice(slice);
  return { converted: writes.length, unconverted };
}
