import { competencyGap, competencyLevel, levelNumbers, pointsTotals, weightedScores, competencyDescriptor } from '../src/functions/impl';
import { callsPerSecond, fmt, table, type Section } from './timing';

/**
 * Core throughput: calls per second of each function's host-independent implementation (the code
 * Excel's custom functions and the workbench both run) on realistic inputs, and how the time per
 * cell grows with the range size. Reference: a plain JavaScript loop doing the same arithmetic
 * (sum of products / sum) over the same cells, measured in the same run.
 */
const SIZES = [1, 18, 1000, 100000];

function grid(cells: number, columns: number, value: (i: number) => number | string | null): (number | string | null)[][] {
  const rows = Math.max(1, Math.ceil(cells / columns));
  return Array.from({ length: rows }, (_, r) => Array.from({ length: Math.min(columns, cells - r * columns) || columns }, (_, c) => value(r * columns + c)));
}

const LABELS = ['初级', '中级', '高级', '资深'];

export function benchCore(): Section {
  const rows: (string | number)[][] = [];
  const perCellNs: Record<string, number[]> = {};
  const record = (name: string, size: number, cps: number) => {
    const ns = 1e9 / cps / size;
    (perCellNs[name] ??= []).push(ns);
    rows.push([name, size, fmt(cps, 0), fmt(ns, 0)]);
  };
  for (const size of SIZES) {
    const columns = Math.min(size, 18);
    const scoresGrid = grid(size, columns, (i) => (i * 37) % 101);
    const weightsRow = [Array.from({ length: columns }, (_, i) => 1 + (i % 3))];
    const labelsGrid = grid(size, columns, (i) => LABELS[i % 4]);
    const flat = scoresGrid.flat() as number[];
    const w = weightsRow[0];
    record('plain JS loop (reference)', size, callsPerSecond(() => {
      for (let r = 0; r < scoresGrid.length; r++) {
        let s = 0;
        let t = 0;
        const row = scoresGrid[r] as number[];
        for (let c = 0; c < row.length; c++) {
          s += row[c] * w[c];
          t += w[c];
        }
        if (t === 0 || Number.isNaN(s)) throw new Error('unreachable');
      }
    }));
    record('WEIGHTED.SCORE', size, callsPerSecond(() => weightedScores(scoresGrid, weightsRow, null)));
    record('COMPETENCY.LEVEL', size, callsPerSecond(() => competencyLevel(scoresGrid, null, 'zh-CN')));
    record('LEVEL.NUMBER', size, callsPerSecond(() => levelNumbers(labelsGrid, null)));
    record('COMPETENCY.GAP', size, callsPerSecond(() => competencyGap(labelsGrid, '高级', null)));
    if (flat.length < 0) throw new Error('unreachable');
  }
  const points = [[5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 10, 5, 5, 5, 0, 5, 10, 10, 7, 3]];
  const scalarRows = [
    ['COMPETENCY.DESCRIPTOR (one cell)', fmt(callsPerSecond(() => competencyDescriptor('抗挫能力', '高级', null, 'zh-CN')), 0)],
    ['POINTS.TOTAL (20 elements)', fmt(callsPerSecond(() => pointsTotals(points, 3, 1, null)), 0)],
  ];
  const growth = Object.entries(perCellNs).map(([name, ns]) => [name, ...ns.map((n) => fmt(n, 0)), fmt(ns[ns.length - 1] / ns[2], 2) + '×']);
  const body = [
    'Calls per second and nanoseconds per cell of each function on realistic inputs (rows of 18 scores or level labels; the default ct-am scale).',
    '',
    table(['function', 'cells', 'calls/s', 'ns per cell'], rows),
    '',
    'Growth: ns per cell at 1 / 18 / 1,000 / 100,000 cells; the last column is 100,000 against 1,000 (≈1× means linear).',
    '',
    table(['function', '1', '18', '1,000', '100,000', '100k / 1k'], growth),
    '',
    table(['scalar function', 'calls/s'], scalarRows),
  ].join('\n');
  const worstGrowth = Math.max(...Object.entries(perCellNs).filter(([n]) => !n.startsWith('plain')).map(([, ns]) => ns[3] / ns[2]));
  return {
    title: 'Core throughput',
    body,
    targets: [{ target: 'time grows linearly with range size (ns per cell at 100,000 within 2× of 1,000)', measured: `worst ${fmt(worstGrowth, 2)}×`, holds: worstGrowth <= 2 }],
  };
}
