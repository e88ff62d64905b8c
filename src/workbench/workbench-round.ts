import { cellA1, quoteSheetName } from '../core/a1';
import type { LevelModel, Locale } from '../core/model/types';
import { modelVersionTag } from '../core/model/model-version';
import { ASSESSMENT_TABLE, uniqueHeaders } from '../core/plan/labels';
import { ASSIGNMENTS_TABLE, RATINGS_COLUMNS, RATINGS_TABLE } from '../core/plan/ratings';
import { auditCells } from '../core/rating/records';
import { auditPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { auditRead, auditTurn, writeAuditLines } from './workbench-records';
import { collectionChange, collectReturnedFiles, ratingsCells, ratingsRowsOf, type ReturnedFile } from '../core/raters/collect';
import { assignmentProblems, planAssessorWorkbooks } from '../core/raters/prepare';
import { ratedPersonKeys } from '../core/raters/rated-person';
import type { CollectReport, PickedFile, PreparedWorkbooks, RoundOperations } from '../host/round-operations';
import { downloadFile, XLSX_MIME } from './deliver';
import { applyPlan } from './plan-apply';
import { WorkbenchWorkbook } from './workbook';


/**
 * The round's files in the workbench: assessor workbooks built with the same plan applier and
 * saved as .xlsx; returned files read with the workbench's .xlsx reader (loaded on first use).
 * Core decides what is taken; this only reads the master once and appends once.
 */

type Deliver = (fileName: string, data: Uint8Array, mimeType: string) => void;
const xlsx = () => import(/* webpackChunkName: "xlsx" */ './xlsx');
const HEADERS = RATINGS_COLUMNS.map((c) => c.header);

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
      throw new Error(locale === 'zh-CN' ? '工作簿中没有评价记录表:请先生成评估工作簿。' : 'The workbook has no Ratings table: build the assessment workbook first.');
  }

  return {
    async prepareAssessorWorkbooks(model: LevelModel, locale: Locale): Promise<PreparedWorkbooks> {
      needRatings(locale);
      const assignments = (tableRows(workbook, ASSIGNMENTS_TABLE) ?? []).map((r) => ({ person: String(r.PersonKey ?? ''), rater: String(r.RaterKey ?? ''), role: String(r.Role ?? '') }));
      const problems = assignmentProblems(assignments, people());
      if (problems.length > 0) return { files: [], problems };
      const { writeXlsx } = await xlsx();
      const files: PreparedWorkbooks['files'] = [];
      for (const prepared of planAssessorWorkbooks(model, assignments, locale)) {
        const book = new WorkbenchWorkbook({ empty: true });
        applyPlan(book, prepared.plan);
        deliver(prepared.fileName, await writeXlsx(book), XLSX_MIME);
        files.push({ rater: prepared.rater, fileName: prepared.fileName, people: prepared.people.length });
      }
      return { files, problems: [] };
    },

    async collectReturnedWorkbooks(picked: readonly PickedFile[], model: LevelModel, locale: Locale): Promise<CollectReport> {
      needRatings(locale);
      const { readReturnedFile } = await import(/* webpackChunkName: "xlsx" */ './xlsx-returned');
      const returned: ReturnedFile[] = [];
      const unreadable: CollectReport['refused'] = [];
      for (const file of picked) {
        try {
          const read = await readReturnedFile(file.name, file.data);
          if (read === null) unreadable.push({ fileName: file.name, reasons: [{ en: 'it has no Ratings table', zh: '文件中没有评价记录表(Ratings)' }] });
          else returned.push(read);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          unreadable.push({ fileName: file.name, reasons: [{ en: `it could not be read as an .xlsx workbook (${detail})`, zh: `无法作为 .xlsx 工作簿读取(${detail})` }] });
        }
      }
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
        let next = (blankFirst ? table.range.endRow : table.range.endRow + 1) + 1;
        const audit = taken.map((file) => {
          const first = next;
          next += file.rows.length;
          const cell = `${quoteSheetName(table.sheet)}!${cellA1(first - 1, 0)}:${cellA1(next - 2, HEADERS.length - 1)}`;
          return auditCells(collectionChange(file, cell, modelVersionTag(model), time, locale), locale);
        });
        // The lines go on the audit chain after its last line (in the audit's turn: a typed change's line may be on its way).
        await auditTurn(workbook, async () => {
          const where = auditPlacement(auditRead(workbook), workbook.sheetNames(), locale);
          const sealed = await sealAuditLines(where.tip, audit, sha256Hex);
          workbook.batch(() => {
            workbook.appendTableRows(RATINGS_TABLE, ratingsCells(taken.flatMap((f) => f.rows), workbook.tableHeaders(RATINGS_TABLE)));
            writeAuditLines(workbook, where, sealed.rows, sealed.tip);
          });
        });
      }
      return { taken: taken.map((f) => ({ fileName: f.fileName, ratings: f.rows.length, raters: f.raters })), refused: [...unreadable, ...refused] };
    },
  };
}
