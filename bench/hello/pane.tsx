import { createRoot } from 'react-dom/client';
import { findLevelModel } from '../../src/core/model/registry';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { FakeWorkbook } from '../../test/helpers/pane-fakes';

/**
 * The start-up benchmark's pane page: the real PaneApp, with in-memory workbook operations, on a
 * rating cell of a ct-am assessment table, so the first render is the full rating view (checklists
 * of every level) an assessor sees in Excel.
 */
const model = findLevelModel('ct-am');
const ops = new FakeWorkbook({
  tables: [
    {
      name: 'CompetencyAssessment',
      sheet: 'Assessment',
      headers: ['Person', 'Role', ...model.competencies.map((c) => c.name.en ?? c.id)],
      rows: [['Alice', 'Account manager', ...model.competencies.map(() => '')]],
    },
  ],
  selection: { table: 'CompetencyAssessment', row: 0, column: 3 },
  settings: { modelId: 'ct-am', mappings: {}, assessor: 'Bench' },
});

createRoot(document.getElementById('root')!).render(<PaneApp ops={ops} initialLocale="en-US" />);
