import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Section } from './timing';

/**
 * Measures in a child `node` running a bundle of this file, not in the bench's own tsx process:
 * Excel runs the functions from a bundle, and tsx's per-module wrappers and source-map handling
 * make calls and throws (a one-cell error is thrown) several times dearer than they are there.
 */
export function benchColumns(): Section {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'competency-bench-columns-'));
  try {
    const entry = path.join(__dirname, 'columns-child.ts');
    const outfile = path.join(dir, 'columns.cjs');
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
    const printed = execFileSync(process.execPath, [outfile], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
    const section = JSON.parse(printed.slice(printed.indexOf('{'))) as Section;
    return { ...section, body: `${section.body}\n\nMeasured in a child \`node\` process running an esbuild bundle of the section (as Excel runs the webpack bundle), not under tsx.` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
