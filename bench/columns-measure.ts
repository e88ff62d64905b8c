import { performance } from 'node:perf_hooks';
import { installCustomFunctions } from '../test/helpers/custom-functions';
import * as functions from '../src/functions/functions';
import { functionsModels } from '../src/functions/runtime';
import { fmt, table, type Section } from './timing';

/**
 * Whole columns through the entry points Excel calls (src/functions/functions.ts, with a
 * CustomFunctions stand-in): every function over 1,048,576 cells of valid and invalid input and
 * blanks, against a plain JavaScript loop over the same cells measured in the same run. It runs
 * as Excel runs the functions, bundled: see benchColumns.
 */
const CELLS = 1_048_576;
const PER_CELL_SIZE = 100_000;

function once(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The best of three runs, after one warm-up: the figure a user's recalculation sees once the code is compiled. */
function bestMs(fn: () => unknown): number {
  fn();
  return Math.min(once(fn), once(fn), once(fn));
}

const column = (cells: number, value: (i: number) => unknown) => Array.from({ length: cells }, (_, i) => [value(i)]);

/** Plain-JavaScript references for the one-call-per-cell functions, from the same models: look-ups prepared once, errors ready-made in a one-cell result as the functions give them. */
function plainReferences() {
  const ctAm = functionsModels().catalogue().levelModel('ct-am');
  const texts = new Map(ctAm.competencies.map((c) => [c.name.zh, c.levels.map((d) => d.summary?.zh ?? '')]));
  const notALevel = { code: '#NUM!' };
  const plainDescriptor = (name: string, level: number): (string | typeof notALevel)[][] => [[texts.get(name)?.[level - 1] ?? notALevel]];
  const hwSm = functionsModels().catalogue().pointsModel('hw-sm');
  const elements = hwSm.groups.flatMap((g) => g.elements);
  const own = (record: Record<string, number>, id: string) => (Object.hasOwn(record, id) ? record[id] : 0);
  const maxima = new Map([3, 4, 5].map((n) => [n, elements.map((e) => own(e.maxPoints, `L${n}`))]));
  const required = new Map([3, 4, 5].map((n) => [n, own(hwSm.deductions[0].requiredByLevel, `L${n}`)]));
  const aboveMaximum = { code: '#VALUE!' };
  const plainPoints = (values: number[], level: number, cases: number): (number | typeof aboveMaximum)[][] => {
    const max = maxima.get(level) as number[];
    let sum = 0;
    for (let c = 0; c < values.length; c++) {
      if (values[c] > max[c]) return [[aboveMaximum]];
      sum += values[c];
    }
    return [[Math.max(0, sum - hwSm.deductions[0].pointsEach * Math.max(0, (required.get(level) as number) - cases))]];
  };
  return { plainDescriptor, plainPoints };
}

export function measureColumns(): Section {
  installCustomFunctions();
  functionsModels().setWorkbookModels([]);
  const { plainDescriptor, plainPoints } = plainReferences();
  const labels: (string | null)[] = ['初级', '中级', '高级', '资深', '大师', '', null, 'Expert'];
  const scoreAt = (i: number) => (i % 50 === 0 ? 'abc' : i % 37 === 0 ? null : i % 97 === 0 ? 150 : (i * 37) % 101);
  const rows = Math.floor(CELLS / 18);
  const weights = [Array.from({ length: 18 }, (_, i) => 1 + (i % 3))];
  const grid = (n: number) => Array.from({ length: n }, (_, r) => Array.from({ length: 18 }, (_, c) => scoreAt(r * 18 + c)));
  const points = [[5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 10, 5, 5, 5, 0, 5, 10, 10, 7, 3]];
  const cases: { name: string; run: (cells: number) => () => unknown; plain: (cells: number) => () => unknown }[] = [
    {
      name: 'COMPETENCY.LEVEL',
      run: (n) => { const s = column(n, scoreAt); return () => functions.competencyLevel(s); },
      plain: (n) => { const s = column(n, scoreAt); return () => s.map((r) => [typeof r[0] === 'number' ? (r[0] >= 90 ? 'd' : r[0] >= 75 ? 'c' : r[0] >= 60 ? 'b' : 'a') : '']); },
    },
    {
      name: 'LEVEL.NUMBER',
      run: (n) => { const l = column(n, (i) => labels[i % labels.length]); return () => functions.levelNumber(l); },
      plain: (n) => { const l = column(n, (i) => labels[i % labels.length]); const m = new Map(labels.map((x, i) => [x, i])); return () => l.map((r) => [m.get(r[0] as string | null) ?? '']); },
    },
    {
      name: 'COMPETENCY.GAP',
      run: (n) => { const l = column(n, (i) => labels[i % labels.length]); return () => functions.competencyGap(l, [['高级']]); },
      plain: (n) => { const l = column(n, (i) => labels[i % labels.length]); const m = new Map(labels.map((x, i) => [x, i])); return () => l.map((r) => [3 - (m.get(r[0] as string | null) ?? 0)]); },
    },
    {
      name: 'WEIGHTED.SCORE (rows of 18)',
      run: (n) => { const g = grid(Math.ceil(n / 18)); return () => functions.weightedScore(g, weights); },
      plain: (n) => {
        const g = grid(Math.ceil(n / 18));
        return () => g.map((row) => { let s = 0; let t = 0; for (let c = 0; c < 18; c++) { const v = row[c]; if (typeof v === 'number') { s += v * weights[0][c]; t += weights[0][c]; } } return [t ? s / t : '']; });
      },
    },
    {
      name: 'COMPETENCY.DESCRIPTOR (one call per cell)',
      run: (n) => () => { let k = 0; for (let i = 0; i < n; i++) if (typeof (functions.competencyDescriptor('抗挫能力', 1 + (i % 5), null) as unknown[][])[0][0] === 'string') k++; return k; },
      // The same look-up in plain JavaScript: the competency by name, its text at the level, and level 5 (which ct-am lacks) a one-cell error.
      plain: (n) => () => { let k = 0; for (let i = 0; i < n; i++) if (typeof plainDescriptor('抗挫能力', 1 + (i % 5))[0][0] === 'string') k++; return k; },
    },
    {
      name: 'POINTS.TOTAL (one call per row of 20)',
      run: (n) => () => { let k = 0; for (let i = 0; i < n / 20; i++) if (typeof (functions.pointsTotal(points, 3 + (i % 3), [[i % 4]], null) as unknown[][])[0][0] === 'number') k++; return k; },
      // The same rule in plain JavaScript: the level's maxima, points above one a one-cell error, the sum less 5 per missing case.
      plain: (n) => () => { let k = 0; for (let i = 0; i < n / 20; i++) if (typeof plainPoints(points[0], 3 + (i % 3), i % 4)[0][0] === 'number') k++; return k; },
    },
  ];
  const results = cases.map((c) => {
    const wholeMs = bestMs(c.run(CELLS));
    const perCell = bestMs(c.run(PER_CELL_SIZE)) / PER_CELL_SIZE;
    const plainPerCell = bestMs(c.plain(PER_CELL_SIZE)) / PER_CELL_SIZE;
    return { name: c.name, wholeMs, ratio: perCell / plainPerCell, perCellNs: perCell * 1e6, plainNs: plainPerCell * 1e6 };
  });
  const slowest = Math.max(...results.map((r) => r.wholeMs));
  const worstRatio = Math.max(...results.map((r) => r.ratio));
  return {
    title: 'Whole columns (Excel entry points)',
    body: [
      `${CELLS.toLocaleString('en')} cells per function (a whole column; WEIGHTED.SCORE as ${rows.toLocaleString('en')} rows of 18), every 50th cell text, every 37th blank, every 97th 150 (outside the scale), labels including unknown ones. Best of three after a warm-up; per cell at ${PER_CELL_SIZE.toLocaleString('en')} cells against a plain JavaScript loop over the same cells.`,
      '',
      table(['function', 'whole column (ms)', 'ns per cell at 100,000', 'plain loop ns per cell', 'ratio'], results.map((r) => [r.name, fmt(r.wholeMs), fmt(r.perCellNs, 0), fmt(r.plainNs, 1), `${fmt(r.ratio, 1)}×`])),
    ].join('\n'),
    targets: [
      { target: 'every function over 1,048,576 cells within 0.5 s', measured: `slowest ${fmt(slowest)} ms`, holds: slowest <= 500 },
      { target: 'per cell at 100,000 cells within 20× a plain JavaScript loop', measured: `worst ${fmt(worstRatio, 1)}×`, holds: worstRatio <= 20 },
    ],
  };
}

