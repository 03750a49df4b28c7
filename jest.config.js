/** One jest run for every workspace: services' own tests, platform, gateway and end-to-end tests. */
const swc = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// The region sites' pages are JSX rendered on the server by Hono (sites/tsconfig.json says the same).
const swcJsx = {
  ...swc,
  jsc: {
    ...swc.jsc,
    parser: { syntax: 'typescript', tsx: true },
    transform: { ...swc.jsc.transform, react: { runtime: 'automatic', importSource: 'hono/jsx' } },
  },
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc], '^.+\\.tsx$': ['@swc/jest', swcJsx] },
  moduleNameMapper: {
    '^@icssi/platform$': '<rootDir>/packages/platform/src',
    '^@icssi/platform/dist/(.*)$': '<rootDir>/packages/platform/src/$1',
    '^@icssi/organisations$': '<rootDir>/services/organisations/src/service.ts',
    '^@icssi/campaigns$': '<rootDir>/services/campaigns/src/service.ts',
    '^@icssi/forum-seasons$': '<rootDir>/services/forum-seasons/src/service.ts',
    '^@icssi/cohesion-councils$': '<rootDir>/services/cohesion-councils/src/service.ts',
    '^@icssi/gateway$': '<rootDir>/gateway/src/gateway.ts',
    // The test kit is a workspace package imported by file: `@icssi/test-kit/test-stack`.
    '^@icssi/test-kit/(.*)$': '<rootDir>/tests/kit/$1',
  },
  testMatch: ['<rootDir>/{packages,services,gateway,sites,tests}/**/*.test.ts'],
  // The fault tests run apart, after a build: `npm run test:faults` (jest.faults.config.js).
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/tests/faults/'],
  globalSetup: '<rootDir>/tests/kit/global-setup.ts',
  globalTeardown: '<rootDir>/tests/kit/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
};
