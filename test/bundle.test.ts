import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';

/**
 * Licences and first loads in the build output: HyperFormula (GPL-3.0) belongs to the local
 * workbench only: the bundles Excel loads (functions.js, taskpane.js) and every chunk they can load
 * must not contain it; workbench.js must (or the workbench would not work). ExcelJS (MIT) reaches
 * the pane only in a chunk loaded on demand (the round's assessor files), never in its first load.
 */
// BUNDLE_DIST checks another build folder (the e2e build, for one).
const dist = process.env.BUNDLE_DIST ? path.resolve(process.env.BUNDLE_DIST) : path.join(__dirname, '..', 'dist');

/** Strings only these libraries' code carries. */
const HYPERFORMULA_MARKERS = ['internal-use-in-handsontable', 'gpl-v3'];
const EXCELJS_MARKERS = ['"ExcelJS"', 'lastModifiedBy||"ExcelJS"'];
/** Text only each built-in model's data carries (its source note), not the index the first scripts keep. */
const MODEL_MARKERS: [string, string][] = [
  ['ct-am', '(seed 003)'],
  ['cm-gcam', 'seed 000_1102cc96db1884c5'],
  ['hw-sm', 'seed 004_9efc694c5bbc4bbf'],
];

function read(file: string): string {
  return readFileSync(path.join(dist, file), 'utf8');
}

/** Chunk files are named [name].[contenthash:8].js; a runtime that can load one names its hash. */
function chunkHash(file: string): string | undefined {
  return /\.([0-9a-f]{8})\.js$/.exec(file)?.[1];
}

/** The entry and every chunk it can load, followed through the chunks' own references. */
function reachable(entry: string): string[] {
  const chunks = existsSync(path.join(dist, 'chunks')) ? readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : [];
  const found = [entry];
  const sources = [read(entry)];
  for (let grew = true; grew; ) {
    grew = false;
    for (const chunk of chunks) {
      if (found.includes(chunk)) continue;
      const hash = chunkHash(chunk);
      if (hash && sources.some((source) => source.includes(hash))) {
        found.push(chunk);
        sources.push(read(chunk));
        grew = true;
      }
    }
  }
  return found;
}

describe('bundle contents', () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, 'workbench.js'))) throw new Error('dist/ has no workbench.js: run `npm run build` first (npm test does).');
  });

  // The pages Excel loads: the pane with the shared-runtime functions, and the file-download dialog (when built).
  const addinEntries = ['functions.js', 'taskpane.js', 'download-dialog.js'].filter((file) => existsSync(path.join(dist, file)));

  it.each(addinEntries)('%s and the chunks it loads carry no HyperFormula, and the entry itself no ExcelJS', (entry) => {
    const files = reachable(entry);
    for (const file of files) {
      const source = read(file);
      const markers = file === entry ? [...HYPERFORMULA_MARKERS, ...EXCELJS_MARKERS] : HYPERFORMULA_MARKERS;
      for (const marker of markers) {
        expect(`${file} contains ${marker}: ${source.includes(marker)}`).toBe(`${file} contains ${marker}: false`);
      }
    }
  });

  it('the pane page loads ExcelJS only on demand, in a chunk (the round’s files), never with its first scripts; the download page never', () => {
    const html = read('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    expect(scripts.sort()).toEqual(['functions.js', 'taskpane.js']);
    const withExcelJs = (files: string[]) => [...new Set(files)].filter((file) => EXCELJS_MARKERS.some((marker) => read(file).includes(marker)));
    const paneChunks = withExcelJs(scripts.flatMap(reachable));
    expect(paneChunks.length).toBeGreaterThan(0);
    expect(paneChunks.every((file) => file.startsWith('chunks/'))).toBe(true);
    if (existsSync(path.join(dist, 'download-dialog.js'))) expect(withExcelJs(reachable('download-dialog.js'))).toEqual([]);
  });

  it("the pane page's first scripts carry no built-in model's data: each model is a chunk of its own, loaded on first need", () => {
    const firstScripts = ['functions.js', 'taskpane.js'];
    const chunks = [...new Set(firstScripts.flatMap(reachable))].filter((file) => file.startsWith('chunks/'));
    for (const [id, marker] of MODEL_MARKERS) {
      for (const script of firstScripts) expect(`${script} carries ${id}: ${read(script).includes(marker)}`).toBe(`${script} carries ${id}: false`);
      const holding = chunks.filter((file) => read(file).includes(marker));
      expect(holding).toHaveLength(1);
      // The chunk holds that model alone: loading one does not fetch the others.
      expect(MODEL_MARKERS.filter(([, other]) => read(holding[0]).includes(other)).map(([other]) => other)).toEqual([id]);
    }
  });

  it("the pane's styles are one stylesheet built ahead, which its page and the workbench's link; no script carries CSS text or the style compiler", () => {
    const stylesheets = (page: string) => [...read(page).matchAll(/<link[^>]*\shref=["']?([^"' >]+)[^>]*>/g)].filter((m) => /rel=["']?stylesheet/.test(m[0])).map((m) => m[1]);
    expect(stylesheets('taskpane.html')).toEqual(['griffel.css']);
    expect(stylesheets('workbench.html')).toEqual(['griffel.css']);
    // The pane's own card style and Fluent's, as the CSS rules Griffel's build-time transform writes.
    const css = read('griffel.css');
    expect(css).toContain('{content-visibility:auto;}');
    expect(css).toMatch(/\.f[a-z0-9]{5,8}\{[a-z-]+:/);
    // No script of the pane, first or on demand, inserts rules of its own as it renders: none carries an atomic rule's text.
    for (const file of [...reachable('functions.js'), ...reachable('taskpane.js')]) {
      expect(`${file} carries CSS rules: ${/\.f[a-z0-9]{5,8}\{[a-z-]+:/.test(read(file))}`).toBe(`${file} carries CSS rules: false`);
    }
    // The run-time style compiler (stylis, with its vendor prefixes) is not bundled once every style is precompiled.
    expect(read('taskpane.js')).not.toContain('fill-available');
  });

  it('workbench.js carries HyperFormula, and ExcelJS is a chunk of its own loaded on demand', () => {
    const workbench = read('workbench.js');
    expect(HYPERFORMULA_MARKERS.every((marker) => workbench.includes(marker))).toBe(true);
    expect(EXCELJS_MARKERS.some((marker) => workbench.includes(marker))).toBe(false);
    const chunks = reachable('workbench.js').filter((file) => file !== 'workbench.js');
    expect(chunks.some((file) => read(file).includes('"ExcelJS"'))).toBe(true);
  });

  it('the workbench page loads only the workbench bundle, under its own policy without office.js', () => {
    const html = read('workbench.html');
    // The production HTML is minified: attribute quotes may be gone.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['workbench.js']);
    const csp = /Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|appsforoffice/);
  });
});
