// ESLint (npm run lint, zero warnings): typescript-eslint's recommended rules everywhere, Microsoft's
// Office.js rules in src/excel, and which globals each layer may touch. Which folder may import which
// is dependency-cruiser's job (.dependency-cruiser.cjs).
// CommonJS, so that test/lint can load it as it is.
const js = require('@eslint/js');
const globals = require('globals');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');
const tseslint = require('typescript-eslint');
const noHostTypes = require('./eslint-rules/no-host-types.cjs');

/** Microsoft's recommended Office.js rules (load before read, sync after load, no sync in loops, isNullObject), all as errors. */
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith('office-addins/'))
    .map((rule) => [rule, 'error']),
);

const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension', 'OfficeRuntime', 'CustomFunctions'];
const officeOnly = (name) => ({ name, message: 'Office.js is used only in src/excel.' });

/**
 * What src/core may not touch: the DOM (everything the browser has that plain JavaScript and Node do not),
 * and the environment, storage, network and process of whichever host runs it.
 */
const DOM_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2021));
const HOST_GLOBALS = ['navigator', 'localStorage', 'sessionStorage', 'Storage', 'fetch', 'WebSocket', 'process', 'require', 'Buffer', '__dirname', '__filename'];
const CORE_FORBIDDEN = [...OFFICE_GLOBALS, ...DOM_GLOBALS, ...HOST_GLOBALS];
const notInCore = (name) => ({ name, message: 'src/core is pure: no DOM, no Office.js, no host.' });

/** The project's own rules. */
const layers = { rules: { 'no-host-types': noHostTypes } };

module.exports = tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-artifacts/', 'node_modules/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    // TypeScript checks names and redeclarations itself (with the Office, DOM and Node types).
    rules: { 'no-undef': 'off', 'no-redeclare': 'off' },
  },
  {
    // The add-in, the workbench, the benchmark's pages and the tests run in a browser or jsdom (and Node).
    files: ['src/**', 'test/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers },
  },
  {
    files: ['src/excel/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**', 'src/functions/functions.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS.map(officeOnly)],
      'layers/no-host-types': ['error', { names: OFFICE_GLOBALS, message: 'Office.js types are used only in src/excel.' }],
    },
  },
  {
    // The custom functions' adapter answers in CustomFunctions.Error; the rest of Office.js stays in src/excel.
    files: ['src/functions/functions.ts'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS.filter((name) => name !== 'CustomFunctions').map(officeOnly)],
      'layers/no-host-types': ['error', { names: OFFICE_GLOBALS.filter((name) => name !== 'CustomFunctions'), message: 'Office.js types are used only in src/excel.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN.map(notInCore)],
      'layers/no-host-types': ['error', { names: CORE_FORBIDDEN, message: 'src/core is pure: no DOM, no Office.js, no host types.' }],
    },
  },
  {
    // The Excel mock hands out object literals (proxies, getters) whose methods have their own `this` and reach the mock's object through an alias.
    files: ['test/office/**/*.ts'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
  {
    // Node's own module system in the build and tool scripts (the package is CommonJS).
    files: ['**/*.{js,cjs}'],
    ignores: ['src/**'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
