import { HyperFormula } from 'hyperformula';
import { registerHrFunctions } from '../src/workbench/hr-plugin';
import { fmt, medianMs, ratio, table, type Section } from './timing';

/**
 * Formula recalculation in HyperFormula (the workbench's engine): an assessment of 2,000 people
 * x 18 competencies with one weighted score and one level per row, HR functions versus native
 * formulas computing the same thing, built and recalculated side by side in one run.
 */
const PEOPLE = 2000;
const COMPETENCIES = 18;
const LAST = String.fromCharCode(65 + COMPETENCIES - 1); // R for 18 columns starting at A
const SCORE_COL = String.fromCharCode(65 + COMPETENCIES); // S
type Sheet = (string | number | null)[][];

function scores(seed: number): number[][] {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
  return Array.from({ length: PEOPLE }, () => Array.from({ length: COMPETENCIES }, () => Math.round(next() * 100)));
}

/** Rows 1: weights, 2-5: bands, then people from row 7. */
function sheet(data: number[][], formulas: (row: number) => string[], tail: Sheet = []): Sheet {
  const weights = Array.from({ length: COMPETENCIES }, (_, i) => 1 + (i % 3));
  const bands: Sheet = [
    [0, '初级'],
    [60, '中级'],
    [75, '高级'],
    [90, '资深'],
  ];
  const rows: Sheet = [weights, ...bands, []];
  data.forEach((r, i) => rows.push([...r, ...formulas(i + 7)]));
  return [...rows, ...tail];
}

const W = `$A$1:$${LAST}$1`;
const nativePerRow = (row: number) => [`=SUMPRODUCT(A${row}:${LAST}${row},${W})/SUM(${W})`, `=VLOOKUP(${SCORE_COL}${row},$A$2:$B$5,2,TRUE())`];
const hrPerRow = (row: number) => [`=HR.WEIGHTED.SCORE(A${row}:${LAST}${row},${W})`, `=HR.COMPETENCY.LEVEL(${SCORE_COL}${row})`];

function build(content: Sheet): HyperFormula {
  return HyperFormula.buildFromArray(content, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
}

export function benchFormulas(): Section {
  registerHrFunctions();
  const data = scores(42);
  const nativeSheet = sheet(data, nativePerRow);
  const hrSheet = sheet(data, hrPerRow);
  const spillSheet = sheet(data, () => []);
  spillSheet[6].push(`=HR.WEIGHTED.SCORE(A7:${LAST}${PEOPLE + 6},${W})`);

  const results: Record<string, Record<string, number>> = {};
  for (const [name, content] of [
    ['native per row', nativeSheet],
    ['HR per row', hrSheet],
    ['HR spilled (weighted score only)', spillSheet],
  ] as const) {
    const buildMs = medianMs(() => build(content as Sheet).destroy(), 5, 1);
    const hf = build(content as Sheet);
    let flip = 0;
    const ratingMs = medianMs(() => hf.setCellContents({ sheet: 0, row: 6 + (flip++ % PEOPLE), col: 3 }, [[flip % 100]]), 15, 3);
    const weightMs = medianMs(() => hf.setCellContents({ sheet: 0, row: 0, col: 3 }, [[1 + (flip++ % 5)]]), 7, 2);
    // Correctness guard: the first person's weighted score must agree across the three sheets.
    results[name] = { buildMs, ratingMs, weightMs, first: hf.getCellValue({ sheet: 0, row: 6, col: COMPETENCIES }) as number };
    hf.destroy();
  }
  const native = results['native per row'];
  const hr = results['HR per row'];
  const spill = results['HR spilled (weighted score only)'];
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    fmt(r.buildMs),
    ratio(r.buildMs, native.buildMs),
    fmt(r.ratingMs, 2),
    ratio(r.ratingMs, native.ratingMs),
    fmt(r.weightMs),
    ratio(r.weightMs, native.weightMs),
  ]);
  const body = [
    `${PEOPLE} people × ${COMPETENCIES} competencies. Native: \`SUMPRODUCT/SUM\` and \`VLOOKUP(…,TRUE())\` per row (HyperFormula has no LOOKUP); HR: \`HR.WEIGHTED.SCORE\` and \`HR.COMPETENCY.LEVEL\` per row; spilled: one \`HR.WEIGHTED.SCORE\` over the whole table (no level column). Medians in ms; ratio = HR / native, measured in the same run.`,
    '',
    table(['sheet', 'build + full calc', 'ratio', 'change one rating', 'ratio', 'change one weight (every row recalculates)', 'ratio'], rows),
  ].join('\n');
  const worst = Math.max(hr.buildMs / native.buildMs, hr.weightMs / native.weightMs);
  return {
    title: 'Formula recalculation (HyperFormula)',
    body,
    targets: [
      {
        target: 'per-row HR functions within 1.5× of native formulas (full recalculation)',
        measured: `${fmt(hr.buildMs / native.buildMs, 2)}× build, ${fmt(hr.weightMs / native.weightMs, 2)}× weight change`,
        holds: worst <= 1.5,
      },
      {
        target: 'one spilled HR.WEIGHTED.SCORE faster than native per-row formulas',
        measured: `${fmt(spill.buildMs / native.buildMs, 2)}× build, ${fmt(spill.weightMs / native.weightMs, 2)}× weight change`,
        holds: spill.buildMs < native.buildMs && spill.weightMs < native.weightMs,
      },
    ],
  };
}
