// Mutation testing of the pure libraries: `npm run test:mutation` (not part of `npm test` or CI).
// Libraries missing from this tree are skipped, so the config works before and after
// libs/scheduling lands.
import { createRequire } from 'node:module';

// The list of libraries lives in jest.mutation.config.js (MUTATED_LIBS env var overrides it).
const jestConfig = createRequire(import.meta.url)('./jest.mutation.config.js');
const MUTATED_LIBS = jestConfig.roots.map((root) => root.split('/')[2]);
// One report and one incremental file per set of libraries, so a run scoped to one library
// (`MUTATED_LIBS=scheduling npm run test:mutation`) neither overwrites nor invalidates another's.
// The incremental files are committed (mutation/): a later run retests only changed code and tests.
const RUN_NAME = MUTATED_LIBS.join('+');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: true,
  },
  // The scoring core of each library; code lists, weights and types hold no logic to mutate.
  mutate: MUTATED_LIBS.flatMap((lib) => [
    `libs/${lib}/src/**/*.ts`,
    `!libs/${lib}/src/**/*.spec.ts`,
    `!libs/${lib}/src/testing/**`,
    `!libs/${lib}/src/index.ts`,
    `!libs/${lib}/src/code-lists.ts`,
    `!libs/${lib}/src/weights.ts`,
    `!libs/${lib}/src/match-profile.ts`,
  ]),
  coverageAnalysis: 'perTest',
  // The machine is shared with other work: two test processes, generous timeouts under load.
  concurrency: 2,
  // A mutant that loops times out after 15 s (at 60 s each of the ~80 looping ones cost a minute).
  timeoutMS: 15000,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${RUN_NAME}.html` },
  jsonReporter: { fileName: `reports/mutation/${RUN_NAME}.json` },
  incremental: true,
  incrementalFile: `mutation/stryker-incremental-${RUN_NAME}.json`,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['apps', 'reports', 'coverage', 'dist', '**/dist'],
};
