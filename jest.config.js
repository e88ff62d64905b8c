/** Unit, component and formula tests. Browser end-to-end tests run separately (npm run test:e2e). */
module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/global-setup.js',
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
