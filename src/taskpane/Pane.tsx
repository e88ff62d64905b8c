import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ColumnMapping } from '../core/rating/assessment';
import { workbookModelsOf } from '../core/model/catalogue';
import type { ModelSource } from '../core/model/model-source';
import type { RoundOperations } from '../host/round-operations';
import type { RaterOperations } from '../host/rater-operations';
import type { AssessmentOperations } from '../host/assessment-operations';
import type { RunDiagnostics } from '../host/diagnostics';
import type { WorkbookOperations } from '../host/workbook-operations';
import type { ExportDeck } from './actions/ProfileActions';
import { BrowseView } from './BrowseView';
import { DescriptorSearch } from './DescriptorSearch';
import { PaneFooter } from './deferred-parts';
import { chosenModel } from './model-choice';
import { useModelImport } from './ModelImport';
import { moveTarget, shortcutMove, type Move } from './navigation';
import { Notice, type NoticeMessage } from './Notice';
import { lazyModule } from './lazy-part';
import { errorMessage, usePaneLanguage } from './pane-context';
import { RatingView } from './RatingView';
import { usePaneStyles } from './styles';
import { ignoredSettingsNotice } from './settings-notice';
import { usePaneSettings } from './use-pane-settings';
import { useSelection } from './use-selection';
import { useChartFollow } from './use-chart-follow';

/** Until a view loaded on demand is there: what the pane shows while it reads the selection. */
function Loading() {
  const { t } = usePaneLanguage();
  return <Spinner label={t.loading} />;
}

// The rating view is the pane's first render; the other views and the workbook actions load on demand.
const moreViews = lazyModule(() => import(/* webpackChunkName: "pane-views" */ './more-views'));
const AssessmentActions = moreViews.part((module) => module.AssessmentActions);
const OutsideView = moreViews.part((module) => module.OutsideView, Loading);
const PointsModelHelp = moreViews.part((module) => module.PointsModelHelp, Loading);
const TableView = moreViews.part((module) => module.TableView, Loading);
const Diagnostics = moreViews.part((module) => module.Diagnostics);

/** How long a start may stay blank before the pane says it is loading (shorter waits are not worth a spinner). */
const QUIET_START_MS = 300;

/**
 * Whether the pane shows anything yet: from the moment its first view is known, or once
 * QUIET_START_MS have passed without it; never blank again after that (later reads show their own progress).
 */
function useQuietStart(known: boolean): boolean {
  const shown = useRef(false);
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    if (known) shown.current = true;
  }, [known]);
  useEffect(() => {
    // Once shown, the timer changes nothing: no render for it.
    const timer = setTimeout(() => shown.current || setWaitedLong(true), QUIET_START_MS);
    return () => clearTimeout(timer);
  }, []);
  return known || shown.current || waitedLong;
}

interface PaneProps {
  /** The pane's title and language switch: shown with the first view, not before it. */
  header: ReactNode;
  ops: WorkbookOperations;
  /** The runtime's model source: the pane tells it the workbook's models whenever the settings change. */
  models: ModelSource;
  assessmentOps?: AssessmentOperations;
  exportDeck?: ExportDeck;
  roundOps?: RoundOperations;
  /** Several raters in one workbook: who this user is, and ratings as rows of the Ratings table. */
  raterOps?: RaterOperations;
  /** The host's first-run check; offered under the help when given. */
  runDiagnostics?: RunDiagnostics;
}

/**
 * After the pane itself moved the selection (a move, a search jump), keyboard focus goes to the
 * competency's heading: always for a jump, for a move only when the focused control went away.
 * A request is honoured only briefly, so a later selection made in Excel never pulls focus here.
 */
interface FocusRequest {
  always: boolean;
  at: number;
}
const FOCUS_REQUEST_MS = 3000;

/** The pane's state: settings, the chosen model, the followed selection, moves, search jumps. */
export function Pane({ header, ops, models, assessmentOps, exportDeck, roundOps, raterOps, runDiagnostics }: PaneProps) {
  const { t } = usePaneLanguage();
  const styles = usePaneStyles();
  const { settings, loadError, ignored, dismissIgnored, update } = usePaneSettings(ops);
  const [browsing, setBrowsing] = useState<string | null>(null);
  const [pointsFocus, setPointsFocus] = useState<{ elementId: string; at: number } | null>(null);
  const [assessor, setAssessor] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);

  const customModel = settings?.customModel;
  const modelId = settings?.modelId;
  // A built-in model's data arrives after the pane started (a chunk of its own): the choice is made again then.
  const [modelsArrived, setModelsArrived] = useState(0);
  useEffect(() => models.subscribe(() => setModelsArrived((count) => count + 1)), [models]);
  // null (the pane says it is loading) until the settings are read and the chosen model's data is here.
  const chosen = useMemo(
    () => (modelId === undefined ? null : chosenModel({ modelId, customModel, mappings: {} })),
    [modelId, customModel, modelsArrived], // eslint-disable-line react-hooks/exhaustive-deps -- modelsArrived says the built-ins chosenModel reads have changed
  );
  const model = chosen?.model ?? null;
  const levelModel = model?.kind === 'levels' ? model : null;
  const { context, error: selectionError, refresh } = useSelection(ops, levelModel, settings?.mappings ?? null, () => {
    setBrowsing(null);
    setNotice(null);
  });
  useChartFollow(ops, levelModel, context);

  const settingsLoaded = settings !== null;
  useEffect(() => {
    if (settingsLoaded) models.setWorkbookModels(workbookModelsOf({ customModel }));
  }, [models, settingsLoaded, customModel]);

  // An imported model becomes the workbook's own (after the user confirmed what it replaces).
  const { importModel, dialog: importDialog } = useModelImport(
    settings,
    async (imported) => {
      await update({ customModel: imported, modelId: imported.id });
      setBrowsing(null);
    },
    { assessmentOps, assessor: assessor ?? settings?.assessor ?? '' },
  );

  const move = useCallback(
    async (direction: Move) => {
      if (context?.kind !== 'rating') return;
      const target = moveTarget(context, direction);
      if (!target) return;
      focusRequest.current = { always: false, at: Date.now() };
      try {
        await ops.selectTableCell(context.table, target.rowIndex, target.columnIndex);
        await refresh();
      } catch (error) {
        setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
      }
    },
    [context, ops, refresh, t],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = shortcutMove(event);
      if (!direction || context?.kind !== 'rating' || browsing) return;
      event.preventDefault();
      void move(direction);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [context, browsing, move]);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    if (Date.now() - request.at > FOCUS_REQUEST_MS) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || !document.contains(active);
    if (request.always || lost) headingRef.current?.focus();
  }, [context, browsing]);

  async function jump(targetId: string) {
    if (!model) return;
    if (model.kind === 'points') {
      setPointsFocus({ elementId: targetId, at: Date.now() });
      return;
    }
    const column = context?.kind === 'rating' ? context.layout.ratingColumns.find((c) => c.competencyId === targetId) : undefined;
    const target = column && context?.kind === 'rating' ? { context, column } : null;
    const here = target ? target.column.index === target.context.columnIndex && !browsing : browsing === targetId;
    if (here) {
      headingRef.current?.focus();
      return;
    }
    focusRequest.current = { always: true, at: Date.now() };
    if (!target) {
      setBrowsing(targetId);
      return;
    }
    if (target.column.index === target.context.columnIndex) {
      setBrowsing(null);
      return;
    }
    try {
      await ops.selectTableCell(target.context.table, target.context.rowIndex, target.column.index);
      await refresh();
    } catch (error) {
      setNotice({ intent: 'error', text: t.failed(errorMessage(error)) });
    }
  }

  async function saveMapping(table: string, mapping: ColumnMapping) {
    await update({ mappings: { ...(settings?.mappings ?? {}), [table]: mapping } });
  }

  /** A hand-made range becomes a table: its saved mapping goes with it. */
  async function convertRange(range: string) {
    if (!levelModel || !settings) throw new Error('No level model is chosen.');
    const result = await ops.convertRangeToTable(range, levelModel, settings.mappings);
    const carried = result.status === 'converted' ? settings.mappings[result.from] : undefined;
    if (result.status === 'converted' && carried) await update({ mappings: { ...settings.mappings, [result.table]: carried } });
    await refresh();
    return result;
  }

  async function written(name: string) {
    if (name !== settings?.assessor) await update({ assessor: name }).catch((error: unknown) => setNotice({ intent: 'error', text: t.failed(errorMessage(error)) }));
    await refresh();
  }

  // At the start the pane stays blank until its first view is known (settings, model, selection),
  // so a quick start draws that view once, with no spinner flashing before it; a slow one says it is loading.
  const firstViewKnown = settings !== null && model !== null && (model.kind === 'points' || context !== null || selectionError !== null);
  const showing = useQuietStart(firstViewKnown);
  if (!showing) return null;

  if (!settings || !model) {
    return (
      <>
        {header}
        <Spinner label={t.loading} />
      </>
    );
  }

  const actions = assessmentOps ? (
    <AssessmentActions assessmentOps={assessmentOps} exportDeck={exportDeck} roundOps={roundOps} model={model} onModelImported={importModel} />
  ) : null;
  const browsed = levelModel && browsing ? levelModel.competencies.find((c) => c.id === browsing) : undefined;

  let main;
  if (model.kind === 'points') {
    main = (
      <>
        <PointsModelHelp model={model} focus={pointsFocus} />
        {actions}
      </>
    );
  } else if (browsed) {
    main = <BrowseView model={model} competency={browsed} context={context} onBack={() => setBrowsing(null)} headingRef={headingRef} />;
  } else if (!context) {
    main = selectionError ? null : <Spinner label={t.loading} />;
  } else if (context.kind === 'rating') {
    main = (
      <RatingView
        ops={ops}
        model={model}
        context={context}
        mappings={settings.mappings}
        onSaveMapping={saveMapping}
        assessor={assessor ?? settings.assessor ?? ''}
        onAssessor={setAssessor}
        onWritten={written}
        onMove={(direction) => void move(direction)}
        headingRef={headingRef}
        raterOps={raterOps}
        onRefresh={refresh}
      />
    );
  } else if (context.kind === 'table') {
    main = <TableView model={model} context={context} mapping={settings.mappings[context.table]} onSaveMapping={saveMapping} onConvertRange={convertRange} />;
  } else {
    main = (
      <OutsideView model={model} context={context}>
        {actions}
      </OutsideView>
    );
  }

  const problem = loadError ?? selectionError;
  return (
    <>
      {header}
      <main className={styles.looseStack}>
        {problem ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.failed(problem)}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Notice notice={ignoredSettingsNotice(ignored, t)} dismiss={{ label: t.dismiss, onDismiss: dismissIgnored }} />
        <Notice notice={notice} />
        <DescriptorSearch model={model} onJump={(id) => void jump(id)} />
        {main}
      </main>
      <footer className={styles.looseStack}>
        <PaneFooter
          settings={settings}
          model={model}
          unavailable={chosen?.unavailable}
          onChoose={async (id) => {
            setBrowsing(null);
            await update({ modelId: id });
          }}
          onImport={importModel}
          assessmentOps={assessmentOps}
        />
        {runDiagnostics ? <Diagnostics run={runDiagnostics} /> : null}
      </footer>
      {importDialog}
    </>
  );
}
