interface SheetTabsProps {
  sheets: string[];
  active: string;
  onSelect(sheet: string): void;
  onAdd(): void;
  addLabel: string;
}

/** The sheet tabs under the grid. */
export function SheetTabs({ sheets, active, onSelect, onAdd, addLabel }: SheetTabsProps) {
  return (
    <div className="wb-tabs">
      <div role="tablist" aria-label="Sheets" className="wb-tablist">
        {sheets.map((sheet) => (
          <button key={sheet} type="button" role="tab" aria-selected={sheet === active} className="wb-tab" onClick={() => onSelect(sheet)}>
            {sheet}
          </button>
        ))}
      </div>
      <button type="button" className="wb-tab wb-tab-add" aria-label={addLabel} title={addLabel} onClick={onAdd}>
        +
      </button>
    </div>
  );
}
