/**
 * The first-run check in a real host: what the host is, which requirement sets it supports, and how
 * it answers the questions Microsoft's documentation leaves open. Host-neutral data; the Office
 * implementation is src/excel/office-diagnostics.ts.
 */

export interface RequirementSetSupport {
  name: string;
  version: string;
  supported: boolean;
  /** Why the add-in needs it. */
  usedFor: string;
}

/** One undocumented behaviour, tried on a scratch sheet. */
export interface ProbeOutcome {
  id: ProbeId;
  /** What the host did, in a word the tests and the mock variants use ("null-object", "throws", …). */
  outcome: string;
  /** The error code or detail Office gave, when any. */
  detail?: string;
}

export type ProbeId =
  | 'intersection-other-sheet'
  | 'methods-on-null-object'
  | 'chart-over-empty-text'
  | 'merge-undo-rename'
  | 'text-stays-text'
  | 'active-cell';

export interface DiagnosticsReport {
  host: string;
  platform: string;
  version: string;
  displayLanguage: string;
  sets: RequirementSetSupport[];
  probes: ProbeOutcome[];
  /** The scratch sheet was removed again (false only when Office refused the delete). */
  cleanedUp: boolean;
}

export type RunDiagnostics = () => Promise<DiagnosticsReport>;

/** The report as plain text for the user to copy into a support message. */
export function diagnosticsText(report: DiagnosticsReport): string {
  const lines = [
    `Competency diagnostics`,
    `host: ${report.host}; platform: ${report.platform}; version: ${report.version}; language: ${report.displayLanguage}`,
    '',
    'requirement sets:',
    ...report.sets.map((s) => `  ${s.supported ? 'yes' : 'NO '} ${s.name} ${s.version} (${s.usedFor})`),
    '',
    'probes:',
    ...report.probes.map((p) => `  ${p.id}: ${p.outcome}${p.detail ? ` (${p.detail})` : ''}`),
    '',
    `scratch sheet removed: ${report.cleanedUp ? 'yes' : 'NO'}`,
  ];
  return lines.join('\n');
}
