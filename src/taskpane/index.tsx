import { createRoot } from 'react-dom/client';
import type { Locale } from '../core/model/types';
import type { RoundOperations } from '../host/round-operations';
import { officeLocale } from '../excel/office-locale';
import { createLazyOfficeAssessmentOperations } from '../excel/office-assessment-lazy';
import { runOfficeDiagnostics } from '../excel/office-diagnostics';
import { createOfficeOperations, readWorkbookSettings } from '../excel/office-operations';
import { ratingEditFollower } from '../excel/office-rating-edits';
import { createOfficeRaters } from '../excel/office-raters';
import { officeTheme } from '../excel/office-theme';
import { whenOfficeReady } from '../excel/office-ready';
import { loadBuiltInModel } from '../core/model/built-in';
import { workbookModelsOf } from '../core/model/catalogue';
import { functionsModels, setFunctionsLocale } from '../functions/runtime';
import { loadStrings } from './i18n';
import { loadTheme, type PaneThemeName } from './theme';
import { NotInExcel } from './NotInExcel';
import { PaneApp } from './PaneApp';
import { createDeckExport } from './deck-export';

const raterOps = createOfficeRaters({ edits: ratingEditFollower });

const exportDeck = createDeckExport(raterOps, () => functionsModels().catalogue());

/** A round's files, loaded when first prepared or collected: their rules and ExcelJS stay out of the pane's first bundle. */
let officeRound: Promise<RoundOperations> | null = null;
const loadRound = () =>
  (officeRound ??= import(/* webpackChunkName: "round-files" */ '../excel/office-round').then(
    (m) => m.createOfficeRound({ edits: ratingEditFollower }),
    // A chunk that failed to load (the connection dropped) is tried again next time.
    (error: unknown) => {
      officeRound = null;
      throw error;
    },
  ));
const roundOps: RoundOperations = {
  prepareAssessorWorkbooks: async (model, locale) => (await loadRound()).prepareAssessorWorkbooks(model, locale),
  collectReturnedWorkbooks: async (files, model, locale) => (await loadRound()).collectReturnedWorkbooks(files, model, locale),
};

// The functions share this page (shared runtime): their messages follow Office's display language.
setFunctionsLocale(officeLocale);

/**
 * The functions learn the workbook's own models from its settings as the page starts, pane shown
 * or not; until then a formula naming one of them waits. Unreadable settings leave the built-ins.
 */
function loadWorkbookModels(inExcel: boolean): void {
  if (!inExcel) return functionsModels().setWorkbookModels([]);
  readWorkbookSettings().then(
    (read) => {
      // The built-in model the workbook uses starts loading now, before a formula or the pane asks for it.
      void loadBuiltInModel(read.settings?.modelId);
      functionsModels().setWorkbookModels(workbookModelsOf(read.settings));
    },
    () => functionsModels().setWorkbookModels([]),
  );
}

/**
 * Ratings typed or pasted into the sheet are audited by this page (shared runtime): it keeps
 * running with the pane closed, so they are audited then too. Excel before ExcelApi 1.7 has no
 * change events: nothing to follow there.
 */
function followRatingEdits(inExcel: boolean): void {
  if (inExcel) ratingEditFollower.start({ locale: officeLocale }).catch(() => undefined);
}

function mount(inExcel: boolean): void {
  loadWorkbookModels(inExcel);
  followRatingEdits(inExcel);
  const container = document.getElementById('root');
  if (!container) return;
  const locale = officeLocale();
  document.documentElement.lang = locale;
  const theme = officeTheme();
  // The first render waits for its language's strings and its theme (Chinese and dark are chunks of their own): no English or light first.
  const ready = Promise.allSettled([loadStrings(locale), loadTheme(theme)]);
  void ready.then(() => render(container, locale, theme, inExcel));
}

function render(container: HTMLElement, locale: Locale, theme: PaneThemeName, inExcel: boolean): void {
  if (!inExcel) {
    createRoot(container).render(<NotInExcel locale={locale} theme={theme} />);
    return;
  }
  createRoot(container).render(
    <PaneApp
      ops={createOfficeOperations({ edits: ratingEditFollower })}
      models={functionsModels()}
      assessmentOps={createLazyOfficeAssessmentOperations({ edits: ratingEditFollower })}
      raterOps={raterOps}
      exportDeck={exportDeck}
      roundOps={roundOps}
      initialLocale={locale}
      theme={theme}
      runDiagnostics={runOfficeDiagnostics}
    />,
  );
}

// Outside Excel the pane says where it works.
whenOfficeReady(mount);
