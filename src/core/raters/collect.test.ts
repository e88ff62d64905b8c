import { findLevelModel } from '../model/registry';
import { collectReturnedFiles, masterColumnsRead, ratingsRowsOf, type MasterRound, type ReturnedFile } from './collect';

const ct = findLevelModel('ct-am');
const HEADERS = ['PersonKey', 'Competency', 'RaterKey', 'Role', 'Level', 'Evidence', 'Time', 'Source'];
const competency = ct.competencies[0].name.zh!;
const masterCells = [
  ['E001', competency, 'R1', 'manager', '中级', '一段很长的证据'.repeat(50), '2026-11-30T09:00:00.000Z', 'r1.xlsx'],
  ['E002', competency, 'R2', 'peer', '初级', '', '2026-11-30T09:05:00.000Z', 'r2.xlsx'],
];

function master(headers: readonly string[], cells: readonly (readonly unknown[])[]): MasterRound {
  return { modelId: ct.id, modelVersion: ct.version, people: ['E001', 'E002', 'E003'], competencies: [competency], scale: ct.scale, rows: ratingsRowsOf(headers, cells) };
}

const file = (fileName: string, rater: string, person: string, level: string): ReturnedFile => ({
  fileName,
  modelId: ct.id,
  modelVersion: ct.version,
  rows: [{ PersonKey: person, Competency: competency, RaterKey: rater, Role: 'peer', Level: level, Evidence: '', Time: '' }],
});

describe("collecting reads only the master's key, rater, level and source columns", () => {
  it('names those columns among the headers, wherever they stand, and never the evidence or the time', () => {
    expect(masterColumnsRead(HEADERS)).toEqual([0, 1, 2, 3, 4, 7]);
    expect(masterColumnsRead(['Note', 'Source', 'Evidence', 'Level', 'Time', 'PersonKey'])).toEqual([1, 3, 5]);
  });

  it('decides every file the same from those columns as from the whole rows', () => {
    const files = [file('r3.xlsx', 'R3', 'E003', '高级'), file('r1-again.xlsx', 'R1', 'E003', '初级'), file('r2.xlsx', 'R2', 'E002', '初级'), file('r4.xlsx', 'R4', 'E001', '资深')];
    const columns = masterColumnsRead(HEADERS);
    const narrow = master(
      columns.map((c) => HEADERS[c]),
      masterCells.map((row) => columns.map((c) => row[c])),
    );
    const whole = collectReturnedFiles(master(HEADERS, masterCells), files, '2026-12-01T10:00:00.000Z');
    expect(collectReturnedFiles(narrow, files, '2026-12-01T10:00:00.000Z')).toEqual(whole);
    // The master's rows decide: a new rater is taken, a rater collected from another file and a file collected before are refused.
    expect(whole.taken.map((f) => f.fileName)).toEqual(['r3.xlsx', 'r4.xlsx']);
    expect(whole.refused.map((f) => f.fileName)).toEqual(['r1-again.xlsx', 'r2.xlsx']);
  });
});
