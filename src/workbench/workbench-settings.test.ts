import { describeSettingsKeeping } from '../../test/helpers/settings-cases';
import { createWorkbenchOperations } from './workbench-operations';
import { WorkbenchWorkbook } from './workbook';

/** The workbench keeps settings it cannot fully read (its .xlsx round trip keeps every settings item: xlsx.test.ts). */
let workbook: WorkbenchWorkbook;

describeSettingsKeeping('workbench', {
  open(items) {
    workbook = new WorkbenchWorkbook();
    workbook.addSheet('评估');
    for (const [key, text] of Object.entries(items)) workbook.settings.set(key, text);
    return createWorkbenchOperations(workbook);
  },
  stored: (key) => workbook.settings.get(key),
});
