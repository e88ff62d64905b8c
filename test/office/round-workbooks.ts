import type { LevelModel } from '../../src/core/model/types';
import type { PlanCell } from '../../src/core/plan/plan';
import { planAssessorWorkbooks, type RaterAssignment } from '../../src/core/raters/prepare';
import { createOfficeAssessmentOperations } from '../../src/excel/office-assessment';
import type { PickedFile } from '../../src/host/round-operations';
import { writePlanXlsx } from '../../src/xlsx/plan-xlsx';
import { ExcelWorkbookMock } from './counting-mock';

/** Masters and returned assessor files for the Excel host's round tests and the raters bench. */

/** Person keys E001, E002, … */
export const personKeys = (n: number) => Array.from({ length: n }, (_, i) => `E${String(i + 1).padStart(3, '0')}`);

/** A master over the mock (installed; call the returned uninstall), built by the Office host, in which every rater rates every person as a peer. */
export async function officeRoundMaster(model: LevelModel, people: string[], raters: string[]): Promise<{ workbook: ExcelWorkbookMock; assignments: RaterAssignment[]; uninstall: () => void }> {
  const workbook = new ExcelWorkbookMock();
  const uninstall = workbook.install();
  await createOfficeAssessmentOperations().buildAssessment({ model, people: people.map((key) => ({ name: key, role: '', key })), locale: 'zh-CN' });
  const assignments = raters.flatMap((rater) => people.map((person) => ({ person, rater, role: '同事' })));
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem('RaterAssignments');
    const rows = assignments.map((a) => [a.person, a.rater, a.role]);
    table.getDataBodyRange().getRow(0).values = [rows[0]];
    if (rows.length > 1) table.rows.add(undefined, rows.slice(1));
  });
  return { workbook, assignments, uninstall };
}

/** The assessors' files as they come back, written from their plans with every Level given (and `evidence` on each rating). */
export function filledAssessorFiles(model: LevelModel, assignments: readonly RaterAssignment[], level: (row: number) => string, evidence = ''): Promise<PickedFile[]> {
  return Promise.all(
    planAssessorWorkbooks(model, assignments, 'zh-CN').map(async (prepared) => {
      const ratings = prepared.plan.sheets.find((s) => s.key === 'ratings')!.tables[0];
      ratings.rows = ratings.rows.map((row, i): PlanCell[] => [...row.slice(0, 4), { text: level(i) }, evidence ? { text: evidence } : null, null, null]);
      return { name: prepared.fileName, data: await writePlanXlsx(prepared.plan) };
    }),
  );
}
