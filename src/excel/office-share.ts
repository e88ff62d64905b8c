import { nativeConversion, type FormulaCell } from '../core/plan/native-formulas';
import type { CompetencyModel } from '../core/model/types';
import type { NativeShareResult } from '../host/assessment-operations';
import { estimateJsonBytes } from './office-plan-cells';
import { cellAddress, parseCell, splitSheetAddress } from './office-plan-cells';
import { SLICE_BUDGET_BYTES } from './office-plan-layout';

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
    const origin = parseCell(splitSheetAddress(range.address, sheet.name).address.split(':')[0]);
    range.formulas.forEach((row, r) =>
      row.forEach((entry, c) => {
        if (typeof entry === 'string' && entry.startsWith('=')) cells.push({ sheet: sheet.name, address: cellAddress({ row: origin.row + r, column: origin.column + c }), formula: entry });
      }),
    );
  }
  const { writes, unconverted } = nativeConversion(cells, model);
  let pending = 0;
  for (const write of writes) {
    context.workbook.worksheets.getItem(write.sheet).getRange(write.address).formulas = [[write.formula]];
    pending += estimateJsonBytes(write.formula) + write.address.length + write.sheet.length;
    if (pending > SLICE_BUDGET_BYTES) {
      await context.sync();
      pending = 0;
    }
  }
  if (pending > 0) await context.sync();
  return { converted: writes.length, unconverted };
}
