// One Jest config over the pure libraries that `npm run test:mutation` mutates (stryker.config.mjs).
// Stryker's jest runner works with a single config, so the libraries' own configs are merged:
// each keeps its transform and module mapping, and its src folder becomes one more root.
const { existsSync } = require('node:fs');
const path = require('node:path');

const MUTATED_LIBS = (process.env.MUTATED_LIBS ?? 'matching,scheduling')
  .split(',')
  .filter((lib) => existsSync(path.join(__dirname, 'libs', lib, 'jest.config.js')));

// Stryker repeats the specs once per mutant: fewer property runs each (see propertyRuns()).
process.env.PROPERTY_RUNS ??= '20';

const libConfigs = MUTATED_LIBS.map((lib) => require(`./libs/${lib}/jest.config.js`));

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: MUTATED_LIBS.map((lib) => `<rootDir>/libs/${lib}/src`),
  transform: Object.assign({}, ...libConfigs.map((config) => config.transform)),
  moduleNameMapper: Object.assign(
    {},
    ...libConfigs.map((config, i) =>
      Object.fromEntries(
        Object.entries(config.moduleNameMapper ?? {}).map(([pattern, target]) => [
          pattern,
          target.replace('<rootDir>', `<rootDir>/libs/${MUTATED_LIBS[i]}`),
        ]),
      ),
    ),
  ),
};
