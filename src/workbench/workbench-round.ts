import type { LevelModel, Locale } from '../core/model/types';
import { modelVersionTag } from '../core/model/model-version';
import { ASSESSMENT_TABLE, uniqueHeaders } from '../core/plan/labels';
import { ASSIGNMENTS_TABLE, RATINGS_TABLE } from '../core/plan/ratings';
import { auditPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { auditRead, auditTurn, writeAuditLines } from './workbench-records';
import { collectionAuditRows } from '../core/raters/round-files';
import { raterMessages } from '../core/raters/messages';
import { collectReturnedFiles, ratingsCells, ratingsRowsOf } from '../core/raters/collect';
import { assignmentProblems, planAssessorWorkbooks } from '../core/raters/prepare';
import { ratedPersonKeys } from '../core/raters/rated-person';
import type { CollectReport, PickedFile, PreparedWorkbooks, RoundOperations } from '../host/round-operations';
import { downloadFile, XLSX_MIME } from './deliver';
import type { WorkbenchWorkbook } from './workbook';


/**
 * The round's files in the workbench: assessor workbooks written from their plans and returned
 * files read by the shared .xlsx module (src/xlsx, loaded on first use), as the Excel host does.
 * Core decides what is taken; this only reads the master once and appends once.
 */

type Deliver = (fileName: string, data: Uint8Array, mimeType: string) => void;
const assessorFiles = () => import(/* webpackChunkName: "assessor-files" */ '../xlsx/assessor-files');

function tableRows(workbook: WorkbenchWorkbook, name: string) {
  const table = workbook.table(name);
  return table ? ratingsRowsOf(workbook.tableHeaders(table.name), workbook.tableRows(table.name)) : null;
}

export function createWorkbenchRound(workbook: WorkbenchWorkbook, deliver: Deliver = downloadFile, now: () => Date = () => new Date()): RoundOperations {
  function people(): string[] {
    const table = workbook.table(ASSESSMENT_TABLE);
    if (!table) return [];
    return ratedPersonKeys(workbook.tableHeaders(table.name), workbook.tableRows(table.name));
  }

  function needRatings(locale: Locale): void {
    if (!workbook.table(RATINGS_TABLE))
      throw new Error(raterMessages.noRatingsTable().in(locale));
  }

  return {
    async prepareAssessorWorkbooks(model: LevelModel, locale: Locale): Promise<PreparedWorkbooks> {
      needRatings(locale);
      const assignments = (tableRows(workbook, ASSIGNMENTS_TABLE) ?? []).map((r) => ({ person: String(r.PersonKey ?? ''), rater: String(r.RaterKey ?? ''), role: String(r.Role ?? '') }));
      const problems = assignmentProblems(assignments, people());
      if (problems.length > 0) return { files: [], problems };
      const { writePlanXlsx } = await assessorFiles();
      const files: PreparedWorkbooks['files'] = [];
      for (const prepared of planAssessorWorkbooks(model, assignments, locale)) {
        deliver(prepared.fileName, await writePlanXlsx(prepared.plan), XLSX_MIME);
        files.push({ rater: prepared.rater, fileName: prepared.fileName, people: prepared.people.length });
      }
      return { files, problems: [] };
    },

    async collectReturnedWorkbooks(picked: readonly PickedFile[], model: LevelModel, locale: Locale): Promise<CollectReport> {
      needRatings(locale);
      const { readReturnedFiles } = await assessorFiles();
      const { returned, unreadable } = await readReturnedFiles(picked);
      const time = now().toISOString();
      const master = {
        modelId: model.id,
        modelVersion: model.version,
        people: people(),
        competencies: uniqueHeaders(model.competencies, locale),
        scale: model.scale,
        rows: tableRows(workbook, RATINGS_TABLE) ?? [],
      };
      const { taken, refused } = collectReturnedFiles(master, returned, time);
      if (taken.length > 0) {
        const table = workbook.table(RATINGS_TABLE)!;
        const blankFirst = workbook.tableRowCount(table.name) === 1 && master.rows.length === 0;
        const headers = workbook.tableHeaders(RATINGS_TABLE);
        const place = { sheet: table.sheet, firstRow: blankFirst ? table.range.endRow : table.range.endRow + 1, firstColumn: table.range.startCol, width: headers.length };
        const audit = collectionAuditRows(taken, place, modelVersionTag(model), time, locale);
        // The lines go on the audit chain after its last line (in the audit's turn: a typed change's line may be on its way).
        await auditTurn(workbook, async () => {
          const where = auditPlacement(auditRead(workbook), workbook.sheetNames(), locale);
          const sealed = await sealAuditLines(where.tip, audit, sha256Hex);
          workbook.batch(() => {
            workbook.appendTableRows(RATINGS_TABLE, ratingsCells(taken.flatMap((f) => f.rows), headers));
            writeAuditLines(workbook, where, sealed.rows, sealed.tip);
          });
        });
      }
      return { taken: taken.map((f) => ({ fileName: f.fileName, ratings: f.rows.length, raters: f.raters })), refused: [...unreadable, ...refused] };
    },
  };
}
