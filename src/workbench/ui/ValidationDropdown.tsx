import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ROW_HEIGHT } from './geometry';

interface ValidationDropdownProps {
  values: string[];
  open: boolean;
  onOpen(open: boolean): void;
  current: string;
  label: string;
  onPick(value: string): void;
}

/** Excel's in-cell dropdown of a list validation: a button beside the selected cell and the list under it (drawn inside the cell). */
export function ValidationDropdown({ values, open, onOpen, current, label, onPick }: ValidationDropdownProps) {
  const list = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  useEffect(() => {
    if (!open) return;
    setActive(Math.max(0, values.indexOf(current)));
    list.current?.focus();
  }, [open, values, current]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(values.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') onPick(values[active]);
    else if (event.key === 'Escape' || event.key === 'Tab') onOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <>
      <button
        type="button"
        className="wb-dropdown-button"
        aria-label={label}
        aria-haspopup="listbox"
        aria-expanded={open}
        style={{ height: ROW_HEIGHT }}
        onMouseDown={(event) => {
          // The cell under the button keeps the selection; the grid keeps the keyboard.
          event.preventDefault();
          event.stopPropagation();
        }}
        onClick={() => onOpen(!open)}
      >
        ▾
      </button>
      {open ? (
        <ul
          ref={list}
          role="listbox"
          aria-label={label}
          tabIndex={-1}
          className="wb-dropdown-list"
          style={{ top: ROW_HEIGHT }}
          onMouseDown={(event) => event.stopPropagation()}
          aria-activedescendant={`wb-option-${active}`}
          onKeyDown={onKeyDown}
          onBlur={() => onOpen(false)}
        >
          {values.map((value, i) => (
            <li
              key={value}
              id={`wb-option-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'wb-option wb-option-active' : 'wb-option'}
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(value);
              }}
            >
              {value}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
