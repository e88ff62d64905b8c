import { LEGACY_AUDIT_COLUMN_COUNT, AUDIT_COLUMNS, AUDIT_TABLE, headers } from '../../src/core/rating/records';
import { HASH_COLUMN, LINE_COLUMN, type AuditVerification } from '../../src/core/rating/audit-chain';
import { SETTINGS_KEY } from '../../src/core/settings';
import type { WorkbookOperations } from '../../src/host/workbook-operations';
import { RATINGS_COLUMNS, RATINGS_TABLE } from '../../src/core/plan/ratings';
import { model, ratingRequest, type TableSetup } from './rating-cases';

/**
 * Typed and pasted ratings, and the audit log's verification, run against both hosts: a rating
 * changed in the sheet gets the same audit line in Excel (tables.onChanged) and in the workbench
 * (the grid's edits), the pane's own writes are audited once, and "verify the audit log" names
 * the first line edited. The Audit table starts as older workbooks have it: ten columns, one line
 * written before the chain.
 */

export const AUDIT_SETUP: { sheets: string[]; tables: TableSetup[]; settings: Record<string, string> } = {
  sheets: ['评估', '审计日志', '评价记录'],
  tables: [
    {
      name: 'Assessed',
      sheet: '评估',
      at: 'B2',
      headers: ['姓名', '岗位', '成就导向', '抗挫能力', '备注', '人员编号'],
      rows: [['张三', '客户经理', '中级', '', '', 'K1'], ['李四', '客户经理', '', '', '', 'K2'], ['王二', '客户经理', '初级', '初级', '', 'K3']],
    },
    // The multi-rater round's table: its Level column holds levels too, but it is not an assessment table.
    { name: RATINGS_TABLE, sheet: '评价记录', at: 'A1', headers: RATINGS_COLUMNS.map((c) => c.header), rows: [['K1', '成就导向', 'M1', '上级', '', '', '', '']] },
    { name: AUDIT_TABLE, sheet: '审计日志', at: 'A1', headers: headers(AUDIT_COLUMNS, 'zh-CN').slice(0, LEGACY_AUDIT_COLUMN_COUNT), rows: [['2026-11-01T08:00:00.000Z', '赵六', '评估!D3', '张三', '成就导向', '', '中级', '', '', 'ct-am@1']] },
  ],
  settings: { [SETTINGS_KEY]: JSON.stringify({ modelId: 'ct-am', mappings: {}, assessor: '王五' }) },
};

export interface AuditHost {
  ops: WorkbookOperations;
  verify(): Promise<AuditVerification>;
  /** The user types or pastes into the sheet (the host's change notice follows). */
  type(sheet: string, address: string, value: string): void;
  paste(sheet: string, at: string, rows: string[][]): void;
  /** Waits until the lines for what happened so far are written. */
  settled(): Promise<void>;
  /** The Audit table's headers and rows as text. */
  audit(): { headers: string[]; rows: string[][] };
}

/** Opens the audit workbook; `settings` replaces AUDIT_SETUP's stored settings ({} for none). */
export type OpenAuditHost = (options?: { settings?: Record<string, string> }) => AuditHost | Promise<AuditHost>;

export function runAuditCases(open: OpenAuditHost): void {
  describe('ratings typed or pasted into an assessment table', () => {
    it('are audited in a workbook with no settings stored yet (just built): against the default model, as the pane rates it', async () => {
      const host = await open({ settings: {} });
      host.type('评估', 'E4', '高级');
      await host.settled();
      const rows = host.audit().rows;
      expect(rows).toHaveLength(2);
      expect(rows[1].slice(2, 11)).toEqual(['评估!E4', '李四', '抗挫能力', '', '高级', '', '', 'ct-am@1', 'K2']);
      await expect(host.verify()).resolves.toMatchObject({ status: 'intact', checked: 1 });
    });

    it('get an audit line each: old value, new value, typed, who, when, and the columns an older log lacked', async () => {
      const host = await open();
      host.type('评估', 'E4', '高级');
      await host.settled();
      const { headers: columns, rows } = host.audit();
      expect(columns).toEqual(headers(AUDIT_COLUMNS, 'zh-CN'));
      expect(rows).toHaveLength(2);
      const line = rows[1];
      expect(line.slice(1, 12)).toEqual(['王五', '评估!E4', '李四', '抗挫能力', '', '高级', '', '', 'ct-am@1', 'K2', '在单元格中输入']);
      expect(Number(line[0])).toBeGreaterThan(46000);
      expect(line[LINE_COLUMN]).toBe('1');
      expect(line[HASH_COLUMN]).toMatch(/^[0-9a-f]{64}$/);
      await expect(host.verify()).resolves.toEqual({ status: 'intact', checked: 1, beforeChain: 1 });
    });

    it('a paste over several rating cells gets a line per changed rating, none for unchanged or non-rating cells', async () => {
      const host = await open();
      host.paste('评估', 'D3', [['高级', '初级', 'note'], ['初级', '', 'x']]);
      await host.settled();
      const lines = host.audit().rows.slice(1);
      expect(lines.map((l) => [l[2], l[5], l[6], l[11], l[LINE_COLUMN]])).toEqual([
        ['评估!D3', '中级', '高级', '粘贴或填充', '1'],
        ['评估!E3', '', '初级', '粘贴或填充', '2'],
        ['评估!D4', '', '初级', '粘贴或填充', '3'],
      ]);
      await expect(host.verify()).resolves.toEqual({ status: 'intact', checked: 3, beforeChain: 1 });
    });

    it("the pane's own rating is audited once, as the pane's", async () => {
      const host = await open();
      const result = await host.ops.applyRating(ratingRequest({ table: 'Assessed', rowIndex: 1, columnIndex: 2 }), model, {});
      expect(result.status).toBe('written');
      await host.settled();
      host.type('评估', 'D5', '中级');
      await host.settled();
      const lines = host.audit().rows.slice(1);
      expect(lines.map((l) => [l[2], l[6], l[11], l[LINE_COLUMN]])).toEqual([
        ['评估!D4', '中级', '任务窗格', '1'],
        ['评估!D5', '中级', '在单元格中输入', '2'],
      ]);
      await expect(host.verify()).resolves.toEqual({ status: 'intact', checked: 2, beforeChain: 1 });
    });

    it('only rating cells are audited: not the Person key, a note, or the round\'s Ratings table', async () => {
      const host = await open();
      host.type('评估', 'G3', 'K9');
      host.type('评估', 'F4', '调岗');
      host.type('评价记录', 'E2', '高级');
      await host.settled();
      expect(host.audit().rows).toHaveLength(1);
      host.type('评估', 'E3', '初级');
      await host.settled();
      const lines = host.audit().rows.slice(1);
      // The line names the person by the key the row holds now.
      expect(lines.map((l) => [l[2], l[3], l[6], l[10], l[11]])).toEqual([['评估!E3', '张三', '初级', 'K9', '在单元格中输入']]);
      await expect(host.verify()).resolves.toEqual({ status: 'intact', checked: 1, beforeChain: 1 });
    });

    it('verify names the first audit line edited by hand', async () => {
      const host = await open();
      host.paste('评估', 'D3', [['高级'], ['初级'], ['中级']]);
      await host.settled();
      host.type('审计日志', 'G4', '高级');
      await host.settled();
      await expect(host.verify()).resolves.toMatchObject({ status: 'broken', problem: 'edited', sheetRow: 4, line: 2 });
    });
  });
}
