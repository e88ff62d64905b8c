import { Button, FluentProvider, Text, Toolbar, ToolbarDivider, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { Locale } from '../../core/model/types';
import type { RoundOperations } from '../../host/round-operations';
import type { RaterOperations } from '../../host/rater-operations';
import type { AssessmentOperations } from '../../host/assessment-operations';
import type { WorkbookOperations } from '../../host/workbook-operations';
import { PaneApp } from '../../taskpane/PaneApp';
import type { ExportDeck } from '../../taskpane/actions/ProfileActions';
import { functionsModels } from '../../functions/runtime';
import { downloadFile, XLSX_MIME } from '../deliver';
import { WorkbenchWorkbook } from '../workbook';
import { moved, type EditState, type Move } from './edit-state';
import { FormulaBar } from './FormulaBar';
import { Grid } from './Grid';
import { RenderErrorBoundary } from './RenderErrorBoundary';
import { SheetTabs } from './SheetTabs';
import { WORKBENCH_STRINGS } from './strings';
import { useWorkbookVersion } from './use-workbook';

export interface WorkbenchAppProps {
  workbook: WorkbenchWorkbook;
  ops: WorkbookOperations;
  assessmentOps?: AssessmentOperations;
  roundOps?: RoundOperations;
  raterOps?: RaterOperations;
  exportDeck?: ExportDeck;
  locale: Locale;
}

type Notice = { kind: 'error' | 'info'; text: string } | null;

const CONTENT_EVENTS: ('values' | 'structure' | 'charts')[] = ['values', 'structure', 'charts'];

/** The workbench page: a toolbar (new, open, save), the sheet (name box, formula bar, grid, tabs) and the real task pane. */
export function WorkbenchApp({ workbook, ops, assessmentOps, roundOps, raterOps, exportDeck, locale }: WorkbenchAppProps) {
  const t = WORKBENCH_STRINGS[locale];
  // Selection moves do not re-render the page (and the pane): the grid, the formula bar and the tabs follow them themselves.
  const version = useWorkbookVersion(workbook, CONTENT_EVENTS);
  const [edit, setEditState] = useState<EditState | null>(null);
  // The latest edit and the cell it belongs to, for handlers that run before a re-render.
  const editing = useRef<{ edit: EditState; sheet: string; row: number; col: number } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [fileName, setFileName] = useState(t.untitled);
  const [paneKey, setPaneKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastCell = useRef(new Map<string, { row: number; col: number }>());
  // Changes since the file was opened, created or saved: closing the tab asks first.
  const unsaved = useRef(false);

  useEffect(
    () =>
      workbook.subscribe((event) => {
        if (event.type === 'values' || event.type === 'structure' || event.type === 'charts') unsaved.current = true;
        else if (event.type === 'reset') unsaved.current = false; // a new or opened workbook
      }),
    [workbook],
  );
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  // A refusal belongs to the edit it refused: moving on clears it.
  useEffect(
    () =>
      workbook.subscribe((event) => {
        if ((event.type === 'selection' || event.type === 'reset') && !editing.current) setNotice((current) => (current?.kind === 'error' ? null : current));
      }),
    [workbook],
  );

  const setEdit = useCallback(
    (next: EditState | null) => {
      if (next === null) editing.current = null;
      else editing.current = editing.current ? { ...editing.current, edit: next } : { edit: next, ...workbook.selection };
      setEditState(next);
    },
    [workbook],
  );

  const move = useCallback(
    (to: Move | { row: number; col: number }) => {
      const { sheet, row, col } = workbook.selection;
      const next = typeof to === 'string' ? moved({ row, col }, to) : to;
      workbook.select(sheet, next.row, next.col);
    },
    [workbook],
  );

  const commit = useCallback(
    (then: Move): boolean => {
      const current = editing.current;
      if (!current) return true;
      const result = workbook.editCell(current.sheet, current.row, current.col, current.edit.text);
      if (!result.ok) {
        setNotice({ kind: 'error', text: `${t.refused}: ${result.message}` });
        return false;
      }
      setNotice(null);
      setEdit(null);
      move(then);
      return true;
    },
    [workbook, move, setEdit, t],
  );

  const pick = useCallback(
    (value: string) => {
      const { sheet, row, col } = workbook.selection;
      const result = workbook.editCell(sheet, row, col, value);
      setNotice(result.ok ? null : { kind: 'error', text: `${t.refused}: ${result.message}` });
    },
    [workbook, t],
  );

  const paste = useCallback(
    (rows: string[][]) => {
      const { sheet, row, col } = workbook.selection;
      const result = workbook.pasteCells(sheet, row, col, rows);
      setNotice(result.ok ? null : { kind: 'error', text: `${t.refused}: ${result.message}` });
    },
    [workbook, t],
  );

  const clear = useCallback(() => {
    const { sheet, row, col } = workbook.selection;
    workbook.editCell(sheet, row, col, '');
  }, [workbook]);

  function selectSheet(sheet: string) {
    if (!commit('none')) return;
    const { sheet: from, row, col } = workbook.selection;
    lastCell.current.set(from, { row, col });
    const to = lastCell.current.get(sheet) ?? { row: 0, col: 0 };
    workbook.select(sheet, to.row, to.col);
  }

  function addSheet() {
    const names = new Set(workbook.sheetNames().map((n) => n.toLowerCase()));
    let n = workbook.sheetNames().length + 1;
    while (names.has(`sheet${n}`)) n++;
    selectSheet(workbook.addSheet(`Sheet${n}`));
  }

  function replace(next: WorkbenchWorkbook, name: string) {
    setEdit(null);
    lastCell.current.clear();
    workbook.replaceWith(next);
    setFileName(name);
    // The pane reads the new workbook's settings from scratch.
    setPaneKey((k) => k + 1);
  }

  async function openFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const { readXlsxFile } = await import('../xlsx');
      const { workbook: opened, notices } = await readXlsxFile(await file.arrayBuffer());
      replace(opened, file.name);
      const said = notices.map((n) => (n.kind === 'settings-ignored' ? t.settingsIgnored(n.sheet) : t.rangeBounded));
      setNotice({ kind: 'info', text: [t.opened(file.name), ...said].join(' ') });
    } catch (error) {
      setNotice({ kind: 'error', text: t.openFailed(error instanceof Error ? error.message : String(error)) });
    }
  }

  async function save() {
    if (!commit('none')) return;
    const { writeXlsx } = await import('../xlsx');
    const name = /\.xlsx$/i.test(fileName) ? fileName : `${fileName}.xlsx`;
    downloadFile(name, await writeXlsx(workbook), XLSX_MIME);
    unsaved.current = false;
    setNotice({ kind: 'info', text: t.saved(name) });
  }

  // The pane re-renders on its own state, not on every change of the grid.
  const pane = useMemo(
    () => <PaneApp key={paneKey} ops={ops} models={functionsModels()} assessmentOps={assessmentOps} exportDeck={exportDeck} roundOps={roundOps} raterOps={raterOps} initialLocale={locale} theme="light" />,
    [paneKey, ops, assessmentOps, roundOps, raterOps, exportDeck, locale],
  );

  return (
    <FluentProvider theme={webLightTheme} className="wb-root" applyStylesToPortals={false}>
      <header className="wb-toolbar">
        <div className="wb-brand">
          <Text as="h1" weight="semibold" size={400} className="wb-title">
            {t.title}
          </Text>
          <Text size={200} className="wb-subtitle">
            {t.subtitle}
          </Text>
        </div>
        <Toolbar aria-label={t.title}>
          <Button appearance="subtle" onClick={() => replace(new WorkbenchWorkbook(), t.untitled)}>
            {t.newWorkbook}
          </Button>
          <Button appearance="subtle" onClick={() => fileInput.current?.click()}>
            {t.open}
          </Button>
          <Button appearance="subtle" onClick={() => void save()}>
            {t.save}
          </Button>
          <ToolbarDivider />
          <Text className="wb-file-name" data-file-name="">
            {fileName}
          </Text>
        </Toolbar>
        <input ref={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden data-open-file="" onChange={(e) => void openFile(e)} />
      </header>
      <main className="wb-main">
        <section className="wb-sheet" aria-label={fileName}>
          <FormulaBar workbook={workbook} version={version} edit={edit} onEdit={setEdit} onCommit={commit} onGoTo={(row, col) => move({ row, col })} labels={{ nameBox: t.nameBox, formula: t.formula }} locale={locale} />
          {notice ? (
            <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`wb-notice wb-notice-${notice.kind}`}>
              <span>{notice.text}</span>
              <button type="button" className="wb-notice-close" aria-label={t.dismiss} onClick={() => setNotice(null)}>
                ×
              </button>
            </div>
          ) : null}
          <RenderErrorBoundary message={t.renderFailed} retry={t.retry}>
            <Grid workbook={workbook} version={version} edit={edit} onEdit={setEdit} onCommit={commit} onMove={move} onPick={pick} onClear={clear} onPaste={paste} locale={locale} labels={{ pickFromList: t.pickFromList }} />
            <SheetTabs workbook={workbook} onSelect={selectSheet} onAdd={addSheet} labels={{ add: t.addSheet, sheets: t.sheets }} />
          </RenderErrorBoundary>
        </section>
        <aside className="wb-pane" aria-label={t.taskPane}>
          <RenderErrorBoundary message={t.renderFailed} retry={t.retry}>{pane}</RenderErrorBoundary>
        </aside>
      </main>
    </FluentProvider>
  );
}
