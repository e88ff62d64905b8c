import { createHash } from 'node:crypto';
import { CHAIN_START, HASH_COLUMN, LINE_COLUMN, canonicalAuditText, chainTipAfter, parseChainHead, sealAuditLines, verifyAuditLog, type Digest } from './audit-chain';
import { auditCells, type RatingChange, type RecordCell } from './records';

const sha256: Digest = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');

function change(n: number, overrides: Partial<RatingChange> = {}): RatingChange {
  return {
    time: new Date(Date.UTC(2026, 10, 25, 8, n)).toISOString(),
    assessor: '王五',
    cell: `评估!D${n + 2}`,
    person: `人${n}`,
    personKey: '',
    competency: '成就导向',
    oldValue: '',
    newValue: '中级',
    evidence: '',
    comment: n === 2 ? '=1+1' : '',
    model: 'ct-am@1',
    source: 'typed',
    ...overrides,
  };
}

/** Cells as a spreadsheet reads them back: the text marker gone. */
function readBack(rows: RecordCell[][]): unknown[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell)));
}

const legacy = ['2026-11-01T08:00:00.000Z', '赵六', '评估!D3', '张三', '成就导向', '', '中级', '', '', 'ct-am@1'];

async function log(count: number) {
  const sealed = await sealAuditLines(CHAIN_START, Array.from({ length: count }, (_, i) => auditCells(change(i + 1), 'zh-CN')), sha256);
  const rows = [legacy, ...readBack(sealed.rows)];
  return { rows, tip: sealed.tip, read: () => rows.map((values, i) => ({ values, sheetRow: i + 2 })) };
}

describe('the audit hash chain', () => {
  it('numbers lines after the tip and hashes each over the line before it', async () => {
    const { rows, tip } = await log(3);
    expect(rows.slice(1).map((r) => r[LINE_COLUMN])).toEqual([1, 2, 3]);
    expect(rows.slice(1).every((r) => /^[0-9a-f]{64}$/.test(String(r[HASH_COLUMN])))).toBe(true);
    expect(tip).toEqual({ line: 3, hash: rows[3][HASH_COLUMN] });
    expect(chainTipAfter(rows[3])).toEqual(tip);
    expect(chainTipAfter(legacy)).toEqual(CHAIN_START);
  });

  it('reads an intact log as intact, counting the lines written before the chain apart', async () => {
    const { read, tip } = await log(3);
    await expect(verifyAuditLog(read(), sha256, tip)).resolves.toEqual({ status: 'intact', checked: 3, beforeChain: 1 });
  });

  it('names the first edited line, whatever the edit', async () => {
    const { rows, read, tip } = await log(4);
    rows[2] = [...rows[2]];
    rows[2][6] = '高级';
    await expect(verifyAuditLog(read(), sha256, tip)).resolves.toMatchObject({ status: 'broken', problem: 'edited', sheetRow: 4, line: 2, checked: 1 });
  });

  it('names the line after a removed one, with the missing line numbers', async () => {
    const { rows, read, tip } = await log(4);
    rows.splice(2, 1);
    await expect(verifyAuditLog(read(), sha256, tip)).resolves.toMatchObject({ status: 'broken', problem: 'removed', sheetRow: 4, line: 3, missing: { from: 2, to: 2 } });
  });

  it('finds lines removed from the end only against the tip kept beside the log', async () => {
    const { rows, read, tip } = await log(4);
    rows.splice(3, 2);
    await expect(verifyAuditLog(read(), sha256, tip)).resolves.toMatchObject({ status: 'broken', problem: 'removed-last', sheetRow: 4, missing: { from: 3, to: 4 } });
    await expect(verifyAuditLog(read(), sha256, null)).resolves.toEqual({ status: 'intact', checked: 2, beforeChain: 1 });
  });

  it('takes a line typed in by hand after the chain began for an edit', async () => {
    const { rows, read, tip } = await log(2);
    rows.splice(2, 0, legacy);
    await expect(verifyAuditLog(read(), sha256, tip)).resolves.toMatchObject({ status: 'broken', problem: 'edited', sheetRow: 4, line: null });
  });

  it('does not depend on how the time is shown, nor on blank columns added later', async () => {
    const { rows } = await log(1);
    const line = rows[1];
    expect(canonicalAuditText(line)).toContain('2026-11-25');
    expect(canonicalAuditText([...line.slice(0, HASH_COLUMN), line[HASH_COLUMN], '', ''])).toBe(canonicalAuditText(line));
    expect(canonicalAuditText(['a\tb', 'c\nd'])).toBe('a\\tb\tc\\nd');
  });

  it('reads the tip setting only when it is whole', () => {
    expect(parseChainHead('{"line":3,"hash":"ab"}')).toEqual({ line: 3, hash: 'ab' });
    expect(parseChainHead('{"line":"3"}')).toBeNull();
    expect(parseChainHead('not json')).toBeNull();
  });

  it('says an empty log is empty', async () => {
    await expect(verifyAuditLog([], sha256, null)).resolves.toEqual({ status: 'empty' });
  });
});
