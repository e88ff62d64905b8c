/** Unit, component and formula tests. Browser end-to-end tests run separately (npm run test:e2e). */
const base = {
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', isolatedModules: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls ESM-only strip-bom/uuid; jest (CommonJS) gets small shims.
    '^strip-bom$': '<rootDir>/test/shims/strip-bom.js',
    '^uuid$': '<rootDir>/test/shims/uuid.js',
  },
};

module.exports = {
  // Whole Fluent panes render slowly in jsdom on a 2-core machine running other work: a test that
  // waits is not a test that fails.
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/global-setup.js',
  projects: [
    { ...base, displayName: 'unit' },
    // The Excel tests again, under the mock's other answer to each behaviour Microsoft does not
    // document (test/office/variants.ts).
    {
      ...base,
      displayName: 'excel-unknowns',
      testMatch: ['<rootDir>/src/excel/**/*.test.ts', '<rootDir>/test/office/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/office/harsh-variant.js'],
    },
  ],
};
