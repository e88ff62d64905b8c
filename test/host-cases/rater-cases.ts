import { findLevelModel } from '../../src/core/model/registry';
import { RATINGS_COLUMNS } from '../../src/core/plan/ratings';
import { cellSpread, type RaterIdentity, type RatingsRatingRequest } from '../../src/core/raters/pane-rating';
import { AUDIT_COLUMNS, AUDIT_TABLE, headers } from '../../src/core/rating/records';
import { HASH_COLUMN, LINE_COLUMN } from '../../src/core/rating/audit-chain';
import { localDateSerial, serialDateTimeText } from '../../src/core/rating/record-time';
import type { LevelModel } from '../../src/core/model/types';
import type { RaterOperations, RatingsRatingResult, UserStore } from '../../src/host/rater-operations';

/**
 * One table of cases for a rater rating as a row of the Ratings table, run against both hosts
 * (Office over the Excel mock, the workbench over its workbook): same rows, same audit lines, same
 * spread, and the identity kept per user outside the document.
 */

export const model: LevelModel = findLevelModel('ct-am');
export const NOW = new Date('2026-11-25T08:30:00.000Z');
export const RATINGS_SHEET = '评价记录';
const HEADERS = RATINGS_COLUMNS.map((c) => c.header);
const AUDIT_HEADERS = headers(AUDIT_COLUMNS, 'zh-CN');

export interface TableSetup {
  name: string;
  sheet: string;
  at: string;
  headers: string[];
  rows: (string | number)[][];
}

export interface RaterSetup {
  sheets: string[];
  tables: TableSetup[];
}

const row = (person: string, rater: string, role: string, level: string, source = 'a.xlsx') => [person, '成就导向', rater, role, level, '', '2026-11-20T00:00:00.000Z', source];

/** P1 rated on 成就导向 by self, a manager, three peers and two reports; the round's defaults beside; an Audit table. */
export const SETUP: RaterSetup = {
  sheets: [RATINGS_SHEET, '审计日志'],
  tables: [
    {
      name: 'Ratings',
      sheet: RATINGS_SHEET,
      at: 'A1',
      headers: HEADERS,
      rows: [row('P1', 'P1', '自评', '高级'), row('P1', 'M1', '上级', '中级'), row('P1', 'R1', '同事', '中级'), row('P1', 'R2', '同事', '初级'), row('P1', 'R3', '同事', '高级'), row('P1', 'D1', '下属', '中级'), row('P1', 'D2', '下属', '初级')],
    },
    { name: 'RaterRoles', sheet: RATINGS_SHEET, at: 'J1', headers: ['Role', 'Weight', 'Minimum'], rows: [['自评', 0.1, 1], ['上级', 0.5, 1], ['同事', 0.2, 3], ['下属', 0.2, 3], ['其他', 0, 3]] },
    { name: AUDIT_TABLE, sheet: '审计日志', at: 'A1', headers: AUDIT_HEADERS, rows: [['2026-11-01T08:00:00.000Z', '赵六', 'x', '', '', '', '', '', '', 'ct-am@1', '']] },
  ],
};

/** The same workbook before any rating: the Ratings table holds the one blank row Excel gives it. */
export const EMPTY_SETUP: RaterSetup = { ...SETUP, tables: [{ ...SETUP.tables[0], rows: [] }, SETUP.tables[1], SETUP.tables[2]] };

export const PEER: RaterIdentity = { raterKey: 'R9', name: '王五', role: 'peer' };

export function request(overrides: Partial<RatingsRatingRequest> = {}): RatingsRatingRequest {
  return {
    personKey: 'P1',
    person: '张三',
    competency: '成就导向',
    rater: PEER,
    level: '高级',
    evidence: '[中级] ▶ 设定挑战目标',
    comment: '=1+1',
    expected: '',
    confirmReplace: false,
    model: 'ct-am@1',
    locale: 'zh-CN',
    ...overrides,
  };
}

export interface RaterHost {
  raters: RaterOperations;
  /** Text of every cell of a table, header row first. */
  table(name: string): string[][];
  /** The document's shared settings, to show nothing of the rater went there. */
  settings(): Record<string, unknown>;
}

export type OpenRaterHost = (setup: RaterSetup, options: { store: UserStore; documentUrl: string }) => RaterHost;

export function memoryStore(): UserStore & { keys(): string[] } {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value), keys: () => [...values.keys()] };
}

const written = (cell: string, oldValue = '') => ({ status: 'written', change: expect.objectContaining({ cell, oldValue }) as unknown }) as Partial<RatingsRatingResult>;
const newRow = (rater = 'R9', level = '高级', role = '同事') => ['P1', '成就导向', rater, role, level, '[中级] ▶ 设定挑战目标', NOW.toISOString(), 'pane'];

export function runRaterCases(open: OpenRaterHost): void {
  const start = (setup: RaterSetup = SETUP, documentUrl = 'https://contoso.sharepoint.com/hr/round.xlsx') => open(setup, { store: memoryStore(), documentUrl });

  it('a new rating is appended to the Ratings table with its audit line; the Assessment cell is not the place', async () => {
    const host = start();
    expect(await host.raters.rateInRatings(request(), model)).toMatchObject(written(`${RATINGS_SHEET}!A9:H9`));
    const table = host.table('Ratings');
    expect(table).toHaveLength(9);
    expect(table[8]).toEqual(newRow());
    // The line: its time as a date value, the pane as its source, numbered and sealed onto the audit chain.
    const line = host.table(AUDIT_TABLE).at(-1)!;
    expect(serialDateTimeText(Number(line[0]))).toBe(serialDateTimeText(localDateSerial(NOW)));
    expect(line.slice(1, LINE_COLUMN + 1)).toEqual(['王五 (R9), 同事', `${RATINGS_SHEET}!A9:H9`, '张三', '成就导向', '', '高级', '[中级] ▶ 设定挑战目标', '=1+1', 'ct-am@1', 'P1', '任务窗格', '1']);
    expect(line[HASH_COLUMN]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the first rating of an empty table fills its one blank row', async () => {
    const host = start(EMPTY_SETUP);
    expect(await host.raters.rateInRatings(request(), model)).toMatchObject(written(`${RATINGS_SHEET}!A2:H2`));
    expect(host.table('Ratings').slice(1)).toEqual([newRow()]);
  });

  it('a rater rating the same person and competency again is asked first, and nothing is written', async () => {
    const host = start();
    const before = host.table('Ratings');
    const audit = host.table(AUDIT_TABLE);
    expect(await host.raters.rateInRatings(request({ rater: { raterKey: 'R2', name: '', role: 'peer' } }), model)).toEqual({ status: 'needs-confirmation', current: '初级' });
    expect(host.table('Ratings')).toEqual(before);
    expect(host.table(AUDIT_TABLE)).toEqual(audit);
  });

  it('a confirmed re-rating replaces the rater’s own row in place, the old level in the audit', async () => {
    const host = start();
    const result = await host.raters.rateInRatings(request({ rater: { raterKey: 'R2', name: '', role: 'peer' }, expected: '初级', confirmReplace: true }), model);
    expect(result).toMatchObject(written(`${RATINGS_SHEET}!A5:H5`, '初级'));
    const table = host.table('Ratings');
    expect(table).toHaveLength(8);
    expect(table[4]).toEqual(newRow('R2'));
    expect(host.table(AUDIT_TABLE).at(-1)!.slice(1, 7)).toEqual(['R2, 同事', `${RATINGS_SHEET}!A5:H5`, '张三', '成就导向', '初级', '高级']);
  });

  it('a row changed since the rater saw it asks again, even when confirmed', async () => {
    const host = start();
    expect(await host.raters.rateInRatings(request({ rater: { raterKey: 'R2', name: '', role: 'peer' }, expected: '中级', confirmReplace: true }), model)).toEqual({ status: 'needs-confirmation', current: '初级' });
  });

  it('keys and text that a spreadsheet would convert are written as text', async () => {
    const host = start();
    await host.raters.rateInRatings(request({ personKey: '0012', rater: { raterKey: '007', name: '', role: 'manager' }, evidence: '=SUM(A1)' }), model);
    expect(host.table('Ratings')[8].slice(0, 6)).toEqual(['0012', '成就导向', '007', '上级', '高级', '=SUM(A1)']);
  });

  it('a level not on the scale, a row without a person key and a rater without a key are refused, nothing written', async () => {
    const host = start();
    const before = host.table('Ratings');
    expect(await host.raters.rateInRatings(request({ level: '大师' }), model)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/不是模型中的级别/) });
    expect(await host.raters.rateInRatings(request({ personKey: ' ' }), model)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/人员编号/) });
    expect(await host.raters.rateInRatings(request({ rater: { ...PEER, raterKey: '' } }), model)).toMatchObject({ status: 'refused', reason: expect.stringMatching(/评价人编号/) });
    expect(host.table('Ratings')).toEqual(before);
  });

  it('without a Ratings table there is nothing to read and a rating is refused', async () => {
    const host = start({ sheets: ['审计日志'], tables: [SETUP.tables[2]] });
    expect(await host.raters.readRatings()).toBeNull();
    expect(await host.raters.rateInRatings(request(), model)).toMatchObject({ status: 'refused' });
  });

  it('the read gives core the spread per role: reports below their minimum are folded, never named', async () => {
    const host = start();
    const read = (await host.raters.readRatings())!;
    expect(read.sheet).toBe(RATINGS_SHEET);
    const spread = cellSpread(read, 'P1', '成就导向', 'R2', model, 'zh-CN');
    expect(spread).toEqual({
      status: 'spread',
      own: '初级',
      roles: [
        { role: 'self', name: '自评', status: 'shown', count: 1, min: 3, max: 3, mean: 3, levels: [3], raters: ['P1'], includes: [] },
        { role: 'manager', name: '上级', status: 'shown', count: 1, min: 2, max: 2, mean: 2, levels: [2], raters: ['M1'], includes: [] },
        { role: 'peer', name: '同事', status: 'shown', count: 3, min: 1, max: 3, mean: 2, levels: [1, 2, 3], raters: ['R1', 'R2', 'R3'], includes: [] },
        { role: 'report', name: '下属', status: 'omitted' },
      ],
    });
  });

  it('the round’s minimums are read from the RaterRoles table: with a minimum of 2 the reports are shown', async () => {
    const roles = { ...SETUP.tables[1], rows: SETUP.tables[1].rows.map((r, i) => (i === 3 ? ['下属', 0.2, 2] : r)) };
    const host = start({ ...SETUP, tables: [SETUP.tables[0], roles, SETUP.tables[2]] });
    const spread = cellSpread((await host.raters.readRatings())!, 'P1', '成就导向', '', model, 'en-US');
    expect(spread.status === 'spread' && spread.roles.find((r) => r.role === 'report')).toMatchObject({ status: 'shown', count: 2, levels: [1, 2], raters: ['D1', 'D2'] });
  });

  it('the rater’s identity is kept per user and per document, never in the document’s settings', async () => {
    const store = memoryStore();
    const url = 'https://contoso.sharepoint.com/hr/round.xlsx';
    const host = open(SETUP, { store, documentUrl: url });
    expect(await host.raters.loadIdentity()).toBeNull();
    await host.raters.saveIdentity(PEER);
    expect(await host.raters.loadIdentity()).toEqual(PEER);
    expect(JSON.stringify(host.settings())).not.toContain('R9');
    // The same user opening the document again: known; another document: asked again.
    expect(await open(SETUP, { store, documentUrl: url }).raters.loadIdentity()).toEqual(PEER);
    expect(await open(SETUP, { store, documentUrl: 'https://contoso.sharepoint.com/hr/other.xlsx' }).raters.loadIdentity()).toBeNull();
    // Another user (another browser store) on the same document: asked too.
    expect(await open(SETUP, { store: memoryStore(), documentUrl: url }).raters.loadIdentity()).toBeNull();
  });
}
