import { createOfficeAssessmentOperations } from '../../src/excel/office-assessment';
import { createOfficeRound } from '../../src/excel/office-round';
import type { PickedFile } from '../../src/host/round-operations';
import { ExcelWorkbookMock } from '../office/counting-mock';
import { model, NOW, runRoundCases, type RoundHost } from './round-cases';

/** The round's host cases against the Office.js host over the strict Excel mock. */

// Assessor files written, filled and read again: slow on a shared machine, not a timing test.
jest.setTimeout(120_000);

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

const rowsOf = (workbook: ExcelWorkbookMock, table: string) => (workbook.table(table)?.rows ?? []).map((r) => r.map(String)).filter((r) => r.some((v) => v !== ''));

runRoundCases(async (setup): Promise<RoundHost> => {
  const workbook = new ExcelWorkbookMock();
  uninstall = workbook.install();
  if (setup !== 'bare') {
    await createOfficeAssessmentOperations().buildAssessment({ model, people: setup.people.map((key) => ({ name: key, role: '', key })), locale: setup.locale });
    // HR types who rates whom into the RaterAssignments table.
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('RaterAssignments');
      table.getDataBodyRange().getRow(0).values = [setup.assignments[0]];
      if (setup.assignments.length > 1) table.rows.add(undefined, setup.assignments.slice(1));
    });
  }
  const delivered: PickedFile[] = [];
  return {
    round: createOfficeRound({ deliver: async (name, data) => void delivered.push({ name, data }), now: () => NOW }),
    delivered,
    ratings: () => rowsOf(workbook, 'Ratings'),
    audit: () => rowsOf(workbook, 'CompetencyAudit'),
  };
});
