import { nativeConversion, nativeCopyFileName, type FormulaCell } from '../core/plan/native-formulas';
import type { CompetencyModel, Locale } from '../core/model/types';
import { localize } from '../core/text';
import type { NativeShareResult } from '../host/assessment-operations';
import { cellA1 } from '../core/a1';
import { parseCell } from '../core/a1';
import { XLSX_MIME } from './deliver';
import type { WorkbenchWorkbook } from './workbook';
import { readXlsx, writeXlsx } from './xlsx';

/**
 * The workbook as it is, saved as a second .xlsx whose HR.* formulas are native (core
 * nativeFormula decides the text): the workbook on screen keeps its HR formulas. The copy goes
 * through the file format, so it is exactly what the download holds.
 */
export async function shareWithoutAddIn(
  workbook: WorkbenchWorkbook,
  model: CompetencyModel,
  locale: Locale,
  deliver: (fileName: string, data: Uint8Array, mimeType: string) => void,
): Promise<NativeShareResult> {
  const copy = await readXlsx(await writeXlsx(workbook));
  const cells: FormulaCell[] = [];
  for (const sheet of copy.sheetNames()) {
    const { rows, columns } = copy.usedSize(sheet);
    for (let row = 0; row < rows; row++)
      for (let col = 0; col < columns; col++) {
        if (!copy.isFormula(sheet, row, col)) continue;
        cells.push({ sheet, address: cellA1(row, col), formula: String(copy.input(sheet, row, col)) });
      }
  }
  const { writes, unconverted } = nativeConversion(cells, model);
  copy.bulkWrite(() => {
    for (const write of writes) {
      const at = parseCell(write.address)!;
      copy.setValues(write.sheet, at.row, at.col, [[write.formula]]);
    }
  });
  const fileName = nativeCopyFileName(localize(model.name, locale), locale);
  deliver(fileName, await writeXlsx(copy), XLSX_MIME);
  return { converted: writes.length, unconverted, fileName };
}
