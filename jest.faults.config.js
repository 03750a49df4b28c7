/** Fault-injection tests (`npm run test:faults`): real processes killed, frozen and restarted under load. */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // One file at a time: each runs its own processes and load; the timings they assert need the CPU.
  maxWorkers: 1,
  testTimeout: 120_000,
};
