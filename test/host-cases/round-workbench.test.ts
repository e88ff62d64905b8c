import { registerHrFunctions } from '../../src/workbench/hr-plugin';
import { valueText } from '../../src/workbench/format';
import { createWorkbenchAssessment } from '../../src/workbench/workbench-assessment';
import { createWorkbenchRound } from '../../src/workbench/workbench-round';
import { WorkbenchWorkbook } from '../../src/workbench/workbook';
import type { PickedFile } from '../../src/host/round-operations';
import { model, NOW, runRoundCases, type RoundHost } from './round-cases';

/** The round's host cases against the workbench over its HyperFormula workbook. */

registerHrFunctions();
// Assessor files written, filled and read again: slow on a shared machine, not a timing test.
jest.setTimeout(120_000);

const rowsOf = (workbook: WorkbenchWorkbook, table: string) =>
  workbook.table(table) ? workbook.tableRows(table).map((r) => r.map(valueText)).filter((r) => r.some((v) => v !== '')) : [];

runRoundCases(async (setup): Promise<RoundHost> => {
  const workbook = new WorkbenchWorkbook();
  if (setup !== 'bare') {
    await createWorkbenchAssessment(workbook).buildAssessment({ model, people: setup.people.map((key) => ({ name: key, role: '', key })), locale: setup.locale });
    workbook.appendTableRows('RaterAssignments', setup.assignments);
  }
  const delivered: PickedFile[] = [];
  return {
    round: createWorkbenchRound(workbook, (name, data) => void delivered.push({ name, data }), () => NOW),
    delivered,
    ratings: () => rowsOf(workbook, 'Ratings'),
    audit: () => rowsOf(workbook, 'CompetencyAudit'),
  };
});
