/**
 * Unit tests of the domain rules (visibility, policies, statuses, report protection, periods,
 * text safety): `*.unit.test.ts`, no database and no server, a few seconds (`npm run test:unit`).
 * `npm test` runs them too, with everything else.
 */
const base = require('./jest.config');

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  testMatch: ['<rootDir>/{packages,services,gateway,sites}/**/*.unit.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
