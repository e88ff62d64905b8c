import { ASSESSMENT_TABLE, uniqueHeaders } from '../core/plan/labels';
import { SLICE_BUDGET_BYTES } from './office-plan-layout';
import { readTableColumns } from './office-table-slices';
import { ASSIGNMENTS_TABLE, RATINGS_TABLE, type RatingsRow } from '../core/plan/ratings';
import { modelVersionTag } from '../core/model/model-version';
import type { LevelModel, Locale } from '../core/model/types';
import { personKeyColumn } from '../core/rating/person-key';
import { AUDIT_TABLE } from '../core/rating/records';
import { estimateJsonBytes } from '../core/request-size';
import { collectReturnedFiles, masterColumnsRead, ratingsCells, ratingsRowsOf } from '../core/raters/collect';
import { assignmentProblems, planAssessorWorkbooks } from '../core/raters/prepare';
import { ratedPersonKeys } from '../core/raters/rated-person';
import { collectionAuditRows } from '../core/raters/round-files';
import { raterMessages } from '../core/raters/messages';
import { cellText } from '../core/cell-text';
import type { CollectReport, PickedFile, PreparedWorkbooks, RoundOperations } from '../host/round-operations';
import { deliverFile } from './office-file-delivery';
import { loadRecordTable, writeAuditLines, type RecordTableLoad } from './office-records';
import { auditPlacement } from '../core/rating/judge';
import { sealAuditLines } from '../core/rating/audit-chain';
import { sha256Hex } from '../host/sha256';
import { inAuditTurn, type AuditTurns } from './office-rating-edits';

/**
 * The round's files in Excel: assessor workbooks written from their plans and returned files read
 * by the shared .xlsx module (src/xlsx, ExcelJS, a chunk loaded on first use), as in the workbench.
 * Core decides what is prepared and what is taken; this reads the master and appends to it in one
 * Excel.run with a fixed number of round trips, whatever the number of people and competencies:
 * 3 to read (find the tables; their headers and sizes; the columns core needs, one more per
 * ROWS_PER_READ rows of a master past that), then one per slice of appended rows (one slice up to SLICE_BUDGET_BYTES, half of Excel on the web's 5 MB
 * request limit). Rows are added with table.rows.add, so co-authors' rows are never overwritten.
 */

type Deliver = (fileName: string, data: Uint8Array, mimeType: string) => Promise<void>;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const assessorFiles = () => import(/* webpackChunkName: "assessor-files" */ '../xlsx/assessor-files');

interface TableShape {
  table: Excel.Table;
  headers: string[];
  /** The sheet row and column (0-based) of the header row's first cell. */
  row: number;
  column: number;
  sheet: string;
  dataRows: number;
  /** The table holds only the one blank row Excel gives a new table: the first added row fills it. */
  blankFirst: boolean;
}

interface ShapeLoad {
  table: Excel.Table;
  header: Excel.Range;
  range: Excel.Range;
  body: Excel.Range;
  first: Excel.Range;
  sheet: Excel.Worksheet;
}

function loadShape(table: Excel.Table): ShapeLoad {
  const body = table.getDataBodyRange().load('rowCount');
  return {
    table,
    header: table.getHeaderRowRange().load('values'),
    range: table.getRange().load('rowIndex, columnIndex'),
    body,
    first: body.getRow(0).load('values'),
    sheet: table.worksheet.load('name'),
  };
}

function shapeOf(load: ShapeLoad): TableShape {
  const dataRows = load.body.rowCount;
  return {
    table: load.table,
    headers: load.header.values[0].map((h) => cellText(h)),
    row: load.range.rowIndex,
    column: load.range.columnIndex,
    sheet: load.sheet.name,
    dataRows,
    blankFirst: dataRows === 1 && load.first.values[0].every((v) => cellText(v) === ''),
  };
}

/** What the round needs of the master workbook. */
interface MasterRead {
  people: string[];
  ratings: TableShape;
  /** The master's Ratings rows, only the columns core reads (collect; none for prepare). */
  rows: RatingsRow[];
  /** The RaterAssignments rows (prepare; none for collect). */
  assignments: RatingsRow[];
  audit: RecordTableLoad | null;
}

/** Reads the master in three round trips: find the tables, their shapes, then the columns core reads. */
async function readMaster(context: Excel.RequestContext, purpose: 'prepare' | 'collect', locale: Locale): Promise<MasterRead> {
  const tables = context.workbook.tables;
  const assessment = tables.getItemOrNullObject(ASSESSMENT_TABLE);
  const ratings = tables.getItemOrNullObject(RATINGS_TABLE);
  const extra = tables.getItemOrNullObject(purpose === 'prepare' ? ASSIGNMENTS_TABLE : AUDIT_TABLE);
  await context.sync();
  if (ratings.isNullObject) throw new Error(raterMessages.noRatingsTable().in(locale));

  const assessmentHeader = assessment.isNullObject ? null : assessment.getHeaderRowRange().load('values');
  const ratingsLoad = loadShape(ratings);
  const assignments = purpose === 'prepare' && !extra.isNullObject ? extra.getRange().load('values') : null;
  const auditLoad = purpose === 'collect' && !extra.isNullObject ? loadRecordTable(context, AUDIT_TABLE) : null;
  await context.sync();

  const ratingsShape = shapeOf(ratingsLoad);
  const keyColumn = assessmentHeader ? (personKeyColumn(assessmentHeader.values[0]) ?? 0) : null;
  const keys = keyColumn === null ? null : assessment.getDataBodyRange().getColumn(keyColumn).load('values');
  // Only the columns core reads, in slices of rows: the master's evidence and times stay in the workbook.
  const columns = purpose === 'collect' && !ratingsShape.blankFirst ? masterColumnsRead(ratingsShape.headers) : [];
  // The first slice travels with the people's keys, so a master under ROWS_PER_READ rows is read in this one round trip.
  const read = await readTableColumns(context, ratings, columns, ratingsShape.dataRows, ratingsShape.headers.length);
  const rows = read.map((row) => columns.map((c) => row[c]));
  const people = keys && assessmentHeader && keyColumn !== null ? ratedPersonKeys([assessmentHeader.values[0][keyColumn]], keys.values) : [];
  const assignmentRows = assignments ? ratingsRowsOf(assignments.values[0], assignments.values.slice(1)) : [];
  return {
    people,
    ratings: ratingsShape,
    rows: ratingsRowsOf(columns.map((c) => ratingsShape.headers[c]), rows),
    assignments: assignmentRows,
    audit: auditLoad,
  };
}

/**
 * The collection's rows in slices of about SLICE_BUDGET_BYTES, each sent in its own round trip,
 * whole files together where they fit.
 */
function appendSlices(files: readonly (string | number)[][][]): (string | number)[][][] {
  const slices: (string | number)[][][] = [[]];
  let bytes = 0;
  for (const rows of files) {
    for (const row of rows) {
      const size = estimateJsonBytes(row) + 1;
      if (bytes > 0 && bytes + size > SLICE_BUDGET_BYTES) {
        slices.push([]);
        bytes = 0;
      }
      slices[slices.length - 1].push(row);
      bytes += size;
    }
  }
  return slices;
}

function queueAppend(shape: TableShape, rows: (string | number)[][]): void {
  if (rows.length === 0) return;
  if (shape.blankFirst) {
    shape.table.getDataBodyRange().getRow(0).values = [rows[0]];
    shape.blankFirst = false;
    rows = rows.slice(1);
  }
  if (rows.length > 0) shape.table.rows.add(undefined, rows);
}

export function createOfficeRound(options: { deliver?: Deliver; now?: () => Date; edits?: AuditTurns } = {}): RoundOperations {
  const deliver: Deliver = options.deliver ?? ((fileName, data, mimeType) => deliverFile(fileName, data, mimeType, undefined, { untilClosed: true }));
  const now = options.now ?? (() => new Date());

  return {
    async prepareAssessorWorkbooks(model: LevelModel, locale: Locale): Promise<PreparedWorkbooks> {
      const master = await Excel.run((context) => readMaster(context, 'prepare', locale));
      const assignments = master.assignments.map((r) => ({ person: String(r.PersonKey ?? ''), rater: String(r.RaterKey ?? ''), role: String(r.Role ?? '') }));
      const problems = assignmentProblems(assignments, master.people);
      if (problems.length > 0) return { files: [], problems };
      const { writePlanXlsx } = await assessorFiles();
      const files: PreparedWorkbooks['files'] = [];
      // One after the other: where files go through a download window, Office shows one at a time.
      for (const prepared of planAssessorWorkbooks(model, assignments, locale)) {
        await deliver(prepared.fileName, await writePlanXlsx(prepared.plan), XLSX_MIME);
        files.push({ rater: prepared.rater, fileName: prepared.fileName, people: prepared.people.length });
      }
      return { files, problems: [] };
    },

    async collectReturnedWorkbooks(picked: readonly PickedFile[], model: LevelModel, locale: Locale): Promise<CollectReport> {
      const { readReturnedFiles } = await assessorFiles();
      const { returned, unreadable } = await readReturnedFiles(picked);
      const time = now().toISOString();
      // The collected lines take their turn on the audit chain after typed changes' lines.
      const taken = await inAuditTurn(options.edits, () => Excel.run(async (context) => {
        const master = await readMaster(context, 'collect', locale);
        const collection = collectReturnedFiles(
          { modelId: model.id, modelVersion: model.version, people: master.people, competencies: uniqueHeaders(model.competencies, locale), scale: model.scale, rows: master.rows },
          returned,
          time,
        );
        if (collection.taken.length === 0) return collection;
        const { ratings, audit } = master;
        const place = { sheet: ratings.sheet, firstRow: ratings.row + 1 + (ratings.blankFirst ? 0 : ratings.dataRows), firstColumn: ratings.column, width: ratings.headers.length };
        const auditRows = collectionAuditRows(collection.taken, place, modelVersionTag(model), time, locale);
        // The lines go on the audit chain after its last line, with the last slice of rows.
        const where = audit ? auditPlacement({ headers: audit.header.values[0], last: audit.lastRow.values[0] }, [], locale) : null;
        const sealed = where ? await sealAuditLines(where.tip, auditRows, sha256Hex) : null;
        const slices = appendSlices(collection.taken.map((f) => ratingsCells(f.rows, ratings.headers)));
        const sendSlice = async (slice: (string | number)[][], last: boolean) => {
          queueAppend(ratings, slice);
          if (last && where && sealed) writeAuditLines(context, audit, where, sealed.rows, sealed.tip);
          await context.sync();
        };
        for (const [i, slice] of slices.entries()) await sendSlice(slice, i === slices.length - 1);
        return collection;
      }));
      return { taken: taken.taken.map((f) => ({ fileName: f.fileName, ratings: f.rows.length, raters: f.raters })), refused: [...unreadable, ...taken.refused] };
    },
  };
}
