/**
 * Layer rules (npm run lint). Production modules only: tests sit beside what they test and may reach
 * into test/ helpers and the hosts they drive.
 */
const TEST = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core holds the domain decisions: it imports only src/core, the shipped models and zod (no host, no React, no Office, no DOM, no Node built-ins).',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TEST },
      to: { pathNot: ['^src/(core|models)/', '^node_modules/zod/'] },
    },
    {
      name: 'host-contracts-need-only-core',
      comment: 'src/host holds the contracts both hosts implement: it imports only src/core (and itself).',
      severity: 'error',
      from: { path: '^src/host/', pathNot: TEST },
      to: { pathNot: ['^src/(core|models|host)/'] },
    },
    {
      name: 'excel-only-through-the-composition-root',
      comment:
        'Office.js lives in src/excel; outside it only the pane\'s composition root (src/taskpane/index.tsx) wires it in. Components, the workbench, export and the functions go through src/host.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/excel/', '^src/taskpane/index\\.tsx$', TEST] },
      to: { path: '^src/excel/' },
    },
    {
      name: 'production-never-imports-tests',
      comment: 'Test helpers and mocks (test/) stay out of the shipped code.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { path: ['^test/', TEST] },
    },
    {
      name: 'gpl-grid-stays-in-workbench',
      comment: 'HyperFormula (GPL-3.0) belongs to the workbench only, so it never enters the add-in bundles.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/workbench/', TEST] },
      to: { path: '^node_modules/hyperformula/' },
    },
    {
      name: 'exceljs-only-in-the-file-modules',
      comment: "ExcelJS (MIT) reads and writes .xlsx files in src/xlsx, shared by both hosts, and in the workbench's own grid reader and writer.",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(workbench|xlsx)/', TEST] },
      to: { path: '(^|/)node_modules/exceljs/' },
    },
    {
      name: 'xlsx-files-are-host-neutral',
      comment: 'src/xlsx writes plans and reads returned files for both hosts: it imports only src/core, the models, itself and ExcelJS (no grid, no Office.js, no React).',
      severity: 'error',
      from: { path: '^src/xlsx/', pathNot: TEST },
      to: { pathNot: ['^src/(core|models|xlsx)/', '(^|/)node_modules/exceljs/'] },
    },
    {
      name: 'xlsx-files-load-lazily-in-excel',
      comment:
        "Outside the workbench, src/xlsx (ExcelJS with it) is reached only by a dynamic import(): a chunk of its own, loaded when a round's files are prepared or collected, never in the pane's first load.",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(workbench|xlsx)/', TEST] },
      to: { path: '^src/xlsx/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|test-artifacts)/' },
    // Type-only imports count: a contract that names an Excel type still depends on Excel.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
