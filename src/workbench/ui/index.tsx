import { createRoot } from 'react-dom/client';
import type { Locale } from '../../core/model/types';
import { toLocale } from '../../core/locale';
import { loadBuiltInModels } from '../../core/model/built-in';
import { workbookModelsOf } from '../../core/model/catalogue';
import { functionsModels } from '../../functions/runtime';
import { setFunctionLocale } from '../hr-plugin';
import { createWorkbenchRound } from '../workbench-round';
import { createWorkbenchRaters } from '../workbench-raters';
import { createWorkbenchAssessment } from '../workbench-assessment';
import { createWorkbenchOperations } from '../workbench-operations';
import { followWorkbenchRatingEdits } from '../workbench-rating-edits';
import { WorkbenchWorkbook } from '../workbook';
import type { WorkbookOperations } from '../../host/workbook-operations';
import { RenderErrorBoundary } from './RenderErrorBoundary';
import { WORKBENCH_STRINGS } from './strings';
import { WorkbenchApp } from './WorkbenchApp';
import { createDeckExport } from '../../taskpane/deck-export';

/**
 * The workbench page (workbench.html): a HyperFormula workbook with the HR functions, and the
 * real task pane on it through the workbench's operations. `?lang=en-US` or `?lang=zh-CN`
 * chooses the language (default: the browser's).
 */
function startLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return toLocale(asked ?? navigator.language ?? 'zh-CN');
}

/**
 * The pane hears of a move after the grid has painted it, and once for a run of moves, as Excel's
 * selection events arrive after the move: arrow keys stay quick while the pane follows.
 */
function selectionAfterPaint(ops: WorkbookOperations): WorkbookOperations {
  return {
    ...ops,
    onSelectionChanged(callback) {
      let pending = false;
      return ops.onSelectionChanged(() => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() =>
          setTimeout(() => {
            pending = false;
            callback();
          }, 0),
        );
      });
    },
  };
}

const locale = startLocale();
setFunctionLocale(locale);
document.documentElement.lang = locale;
const workbook = new WorkbenchWorkbook();
const ops = selectionAfterPaint(createWorkbenchOperations(workbook));
const assessmentOps = createWorkbenchAssessment(workbook);
const roundOps = createWorkbenchRound(workbook);
const raterOps = createWorkbenchRaters(workbook);
// Ratings typed or pasted into the grid get their audit line, as in Excel.
followWorkbenchRatingEdits(workbook, { locale: () => locale });
// The functions know the workbook's own models from its settings, pane or not: at start and
// whenever a file replaces the workbook. HyperFormula computed with the models it knew, so a
// change of them computes every formula again.
const models = functionsModels();
const readWorkbookModels = () => void ops.loadSettings().then((read) => models.setWorkbookModels(workbookModelsOf(read.settings)));
readWorkbookModels();
workbook.subscribe((event) => {
  if (event.type === 'reset') readWorkbookModels();
});
models.subscribe(() => workbook.recalculate());
// The deck builder (and pptxgenjs) load only when someone exports.
const exportDeck = createDeckExport(raterOps, () => models.catalogue());

// For the browser's developer tools (and the end-to-end tests): the workbook and both operations.
(window as unknown as { workbench: object }).workbench = { workbook, ops, assessmentOps, roundOps };

const container = document.getElementById('root');
const t = WORKBENCH_STRINGS[locale];
// HyperFormula's functions cannot wait for a model: the built-in models' chunks are all here before the grid shows.
if (container)
  void loadBuiltInModels().then(() =>
    createRoot(container).render(
      <RenderErrorBoundary message={t.renderFailed} retry={t.retry}>
        <WorkbenchApp workbook={workbook} ops={ops} assessmentOps={assessmentOps} roundOps={roundOps} raterOps={raterOps} exportDeck={exportDeck} locale={locale} />
      </RenderErrorBoundary>,
    ),
  );
