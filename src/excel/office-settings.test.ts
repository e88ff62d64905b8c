import { ExcelWorkbookMock } from '../../test/office/counting-mock';
import { describeSettingsKeeping } from '../../test/helpers/settings-cases';
import { createOfficeOperations } from './office-operations';

/** Office.js keeps settings it cannot fully read, against the counting mock's workbook.settings. */
let workbook: ExcelWorkbookMock;
let uninstall: (() => void) | undefined;

afterEach(() => uninstall?.());

describeSettingsKeeping('Office.js', {
  open(items) {
    uninstall?.();
    workbook = new ExcelWorkbookMock({ sheets: { Sheet1: [] }, settings: items });
    uninstall = workbook.install();
    return createOfficeOperations();
  },
  stored: (key) => workbook.setting(key),
});
