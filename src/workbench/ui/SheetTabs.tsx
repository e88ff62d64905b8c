import type { WorkbenchWorkbook } from '../workbook';
import { useWorkbookVersion } from './use-workbook';

interface SheetTabsProps {
  workbook: WorkbenchWorkbook;
  onSelect(sheet: string): void;
  onAdd(): void;
  labels: { add: string; sheets: string };
}

/** The sheet tabs under the grid (the visible sheets; the active one follows the selection). */
export function SheetTabs({ workbook, onSelect, onAdd, labels }: SheetTabsProps) {
  useWorkbookVersion(workbook, ['selection', 'structure']);
  const active = workbook.selection.sheet;
  return (
    <div className="wb-tabs">
      <div role="tablist" aria-label={labels.sheets} className="wb-tablist">
        {workbook.visibleSheetNames().map((sheet) => (
          <button key={sheet} type="button" role="tab" aria-selected={sheet === active} className="wb-tab" onClick={() => onSelect(sheet)}>
            {sheet}
          </button>
        ))}
      </div>
      <button type="button" className="wb-tab wb-tab-add" aria-label={labels.add} title={labels.add} onClick={onAdd}>
        +
      </button>
    </div>
  );
}
