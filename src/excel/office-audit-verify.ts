import { AUDIT_HEAD_SETTING, parseChainHead, verifyAuditLog, type AuditVerification } from '../core/rating/audit-chain';
import { AUDIT_TABLE } from '../core/rating/records';
import { sha256Hex } from '../host/sha256';

/**
 * "Verify the audit log" over Office.js: one round trip reads the Audit table's rows (the whole
 * log: every line is checked) and the chain's tip kept in the document settings; core checks.
 */
export async function verifyOfficeAuditLog(context: Excel.RequestContext): Promise<AuditVerification> {
  const tables = context.workbook.tables.load('items/name');
  const head = context.workbook.settings.getItemOrNullObject(AUDIT_HEAD_SETTING).load('value');
  await context.sync();
  const stored = head.isNullObject ? null : parseChainHead(head.value);
  if (!tables.items.some((t) => t.name === AUDIT_TABLE)) return verifyAuditLog([], sha256Hex, stored);
  const table = context.workbook.tables.getItem(AUDIT_TABLE);
  const header = table.getHeaderRowRange().load('rowIndex');
  const body = table.getDataBodyRange().load('values, rowIndex');
  await context.sync();
  const rows = body.values.map((values, i) => ({ values, sheetRow: body.rowIndex + i + 1 }));
  return verifyAuditLog(rows, sha256Hex, stored, header.rowIndex + 1);
}
