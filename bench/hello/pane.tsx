import { createRoot } from 'react-dom/client';
import { findLevelModel, loadBuiltInModel } from '../../src/core/model/registry';
import { judgeRating } from '../../src/core/rating/judge';
import { classifySelection } from '../../src/core/rating/selection';
import type { WorkbookOperations } from '../../src/host/workbook-operations';
import { PaneApp } from '../../src/taskpane/PaneApp';

/**
 * The start-up benchmark's pane page: the real PaneApp on a rating cell of a ct-am assessment
 * table, so the first render is the full rating view (checklists of every level) an assessor sees
 * in Excel. The workbook is an in-memory table read through core's decisions, not the workbench's
 * HyperFormula, so the page loads what the task pane loads.
 */
// The page's table is made of ct-am's headings, which arrive with the model's chunk (the pane loads it too, as in Excel).
const fixture = loadBuiltInModel('ct-am').then(() => {
  const model = findLevelModel('ct-am');
  return {
    table: { name: 'CompetencyAssessment', headers: ['Person', 'Role', ...model.competencies.map((c) => c.name.en ?? c.id)] },
    row: ['Alice', 'Account manager', ...model.competencies.map(() => '')],
  };
});
let settings = { modelId: 'ct-am', mappings: {}, assessor: 'Bench' };

const ops: WorkbookOperations = {
  async readSelection(chosen, mappings) {
    const { table, row } = await fixture;
    const read = { sheet: 'Assessment', row: 1, column: 3, current: row[3], tables: [table], containing: table.name, body: { top: 1, left: 0, rowCount: 1 }, rowTexts: row };
    const selection = classifySelection(read, chosen, mappings);
    return selection.kind === 'position-needed' ? selection.fallback : selection;
  },
  async onSelectionChanged() {
    return () => undefined;
  },
  async applyRating(request, chosen, mappings) {
    const { table, row } = await fixture;
    const read = { table: { ...table, rowCount: 1, columnCount: row.length }, rowTexts: row, current: row[request.columnIndex] ?? '', cell: { sheet: 'Assessment', row: 1, column: request.columnIndex }, people: null, evidence: null, audit: null, sheetNames: ['Assessment'] };
    const decision = judgeRating(request, chosen, mappings, read, new Date());
    if ('answer' in decision) return decision.answer;
    row[request.columnIndex] = request.level;
    return { status: 'written', change: decision.write.change };
  },
  async selectTableCell() {},
  // The page's one table is an Excel table: there is no plain range to convert.
  async convertRangeToTable() {
    return { status: 'refused', problems: ['no-range'] };
  },
  async loadSettings() {
    return { settings, ignored: [] };
  },
  async saveSettings(next) {
    settings = { ...settings, ...next };
  },
  // The page's table is not the built Assessment sheet: there are no charts to follow.
  async showPersonInCharts() {
    return false;
  },
};

createRoot(document.getElementById('root')!).render(<PaneApp ops={ops} initialLocale="en-US" />);
