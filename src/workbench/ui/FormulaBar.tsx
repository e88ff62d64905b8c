import { useEffect, useState, type KeyboardEvent } from 'react';
import { cellAddress, parseCell } from '../../core/a1';
import { toDisplayFormula } from '../function-names';
import type { WorkbenchWorkbook } from '../workbook';
import type { EditState, Move } from './edit-state';
import { inputText } from './Grid';
import { useWorkbookVersion } from './use-workbook';

interface FormulaBarProps {
  workbook: WorkbenchWorkbook;
  version: number;
  edit: EditState | null;
  onEdit(edit: EditState | null): void;
  onCommit(move: Move): boolean;
  onGoTo(row: number, col: number): void;
  labels: { nameBox: string; formula: string };
  locale: 'zh-CN' | 'en-US';
}

/** The name box (the selected address; type one to go there) and the formula bar (edit the cell's formula or value). */
export function FormulaBar({ workbook, version, edit, onEdit, onCommit, onGoTo, labels, locale }: FormulaBarProps) {
  useWorkbookVersion(workbook, ['selection']);
  const { sheet, row, col } = workbook.selection;
  const address = cellAddress(row, col);
  const [name, setName] = useState(address);
  useEffect(() => setName(address), [address]);
  const spill = edit ? undefined : workbook.spillSource(sheet, row, col);
  const shown = edit ? edit.text : spill ? toDisplayFormula(spill.formula, locale) : inputText(workbook, workbook.selection, locale);
  void version;

  function onNameKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      const target = parseCell(name);
      if (target) onGoTo(target.row, target.col);
      else setName(address);
      event.preventDefault();
    } else if (event.key === 'Escape') setName(address);
  }

  function onFormulaKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') onCommit(event.shiftKey ? 'up' : 'down');
    else if (event.key === 'Tab') onCommit(event.shiftKey ? 'left' : 'right');
    else if (event.key === 'Escape') onEdit(null);
    else return;
    event.preventDefault();
  }

  return (
    <div className="wb-formula-bar" data-formula-bar="">
      <input className="wb-name-box" aria-label={labels.nameBox} value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onNameKey} onFocus={(e) => e.target.select()} spellCheck={false} />
      <span className="wb-fx" aria-hidden="true">
        fx
      </span>
      <input
        className={`wb-formula${spill ? ' wb-formula-spilled' : ''}`}
        aria-label={labels.formula}
        value={shown}
        spellCheck={false}
        onFocus={() => {
          if (!edit) onEdit({ text: spill ? inputText(workbook, workbook.selection, locale) : shown, mode: 'edit', where: 'bar' });
          else if (edit.where !== 'bar') onEdit({ ...edit, where: 'bar' });
        }}
        onChange={(e) => onEdit({ text: e.target.value, mode: 'edit', where: 'bar' })}
        onKeyDown={onFormulaKey}
        onBlur={() => {
          if (edit?.where === 'bar') onCommit('none');
        }}
      />
    </div>
  );
}
