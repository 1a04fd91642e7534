// @ts-check
/**
 * One flat ESLint config for every workspace (apps/api, apps/web, libs/*).
 *
 * - TypeScript files are linted with type information: `projectService` finds the nearest
 *   tsconfig.json of each file (apps/api/tsconfig.json with decorators, apps/web/tsconfig.json,
 *   libs/<lib>/tsconfig.json). A .ts file that no tsconfig includes is an error: add it to one.
 * - JavaScript config files (jest.config.js, this file) are linted without type information.
 * - apps/web/src follows bulletproof-react: shared code (components, hooks, lib, …) → features →
 *   app, and features never import each other (`import/no-restricted-paths`).
 * - eslint-config-prettier comes last, so formatting is prettier's job alone.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const rootDir = import.meta.dirname;

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.e2e-spec.ts',
  '**/*.test.ts',
  '**/*.test.tsx',
  'apps/api/test/**/*.ts',
  'libs/*/test/**/*.ts',
];

// ---------------------------------------------------------------------------------------------
// Import boundaries
// ---------------------------------------------------------------------------------------------

/** Boundaries between workspaces; they hold for every TypeScript file. */
const workspaceZones = [
  {
    target: './libs',
    from: './apps',
    message: 'Libraries never import applications.',
  },
  {
    target: './libs/contracts',
    from: ['./libs/matching', './libs/scheduling'],
    message: '@jcc/contracts is the base of every workspace and imports no other one.',
  },
  {
    target: './apps/web',
    from: './apps/api',
    message: 'The web app talks to the API over HTTP; share types through @jcc/contracts.',
  },
  {
    target: './apps/api',
    from: './apps/web',
    message: 'The API never imports the web app; share types through @jcc/contracts.',
  },
];

const webSrc = './apps/web/src';

/** The feature folders of the web app, read at lint time, so a new feature is covered at once. */
function listWebFeatures() {
  try {
    return readdirSync(path.join(rootDir, webSrc, 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** Folders of shared web code: they may import each other, never features or app. */
const webSharedFolders = [
  'components',
  'config',
  'hooks',
  'lib',
  'locales',
  'stores',
  'testing',
  'types',
  'utils',
].map((folder) => `${webSrc}/${folder}`);

const webZones = [
  ...listWebFeatures().map((feature) => ({
    target: `${webSrc}/features/${feature}`,
    from: `${webSrc}/features`,
    except: [`./${feature}`],
    message: 'Features never import each other; compose them in src/app.',
  })),
  {
    target: `${webSrc}/features`,
    from: `${webSrc}/app`,
    message: 'Features never import from src/app; the app composes features, not the reverse.',
  },
  {
    target: webSharedFolders,
    from: [`${webSrc}/features`, `${webSrc}/app`],
    message: 'Shared code (components, hooks, lib, …) never imports features or the app.',
  },
];

// ---------------------------------------------------------------------------------------------
// Config
// ---------------------------------------------------------------------------------------------

export default defineConfig([
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/.data/**',
    '**/coverage/**',
    '**/test-artifacts/**',
  ]),

  // All files.
  {
    name: 'jcc/base',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    extends: [js.configs.recommended],
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },

  // TypeScript, type-aware.
  {
    name: 'jcc/typescript',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: rootDir,
      },
    },
    plugins: { import: importPlugin },
    settings: {
      ...importPlugin.flatConfigs.typescript.settings,
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `onClick={async () => …}` in React is fine; promises in other void positions are not.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // Nest modules are classes with decorators and no members (`@Module({...}) class X {}`).
      '@typescript-eslint/no-extraneous-class': 'off',

      'import/no-self-import': 'error',
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { basePath: rootDir, zones: workspaceZones }],
    },
  },

  // apps/web/src: bulletproof-react boundaries on top of the workspace ones.
  {
    name: 'jcc/web-boundaries',
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    settings: {
      // `@/…` imports resolve through apps/web/tsconfig.json's paths, so boundaries and cycles
      // are checked on them as on relative imports.
      'import/resolver': {
        typescript: { project: path.join(rootDir, 'apps/web/tsconfig.json') },
        node: importPlugin.flatConfigs.typescript.settings['import/resolver'].node,
      },
    },
    rules: {
      'import/no-restricted-paths': [
        'error',
        { basePath: rootDir, zones: [...workspaceZones, ...webZones] },
      ],
    },
  },

  // TypeORM entities reference each other both ways (`@ManyToOne(() => Company, …)`); that
  // cycle is resolved lazily by TypeORM and is not a design smell.
  {
    name: 'jcc/typeorm-entities',
    files: ['**/*.entity.ts'],
    rules: {
      'import/no-cycle': 'off',
    },
  },

  // Tests: mocks, supertest bodies and `expect(service.method)` are loosely typed by nature.
  {
    name: 'jcc/tests',
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Integration specs never wait a fixed time for an outcome (issue 17): a sleep proves nothing
  // about what did not arrive and flakes under load. Absence is proved by a later event (a marker
  // message, an ack on the same connection), presence awaited with next() or eventually().
  {
    name: 'jcc/e2e-no-sleeps',
    files: ['**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='sleep']",
          message:
            'No fixed sleeps in e2e specs: wait for an event (next, eventually), or prove absence with a marker sent after.',
        },
        {
          selector: "CallExpression[callee.name='setTimeout']",
          message:
            'No setTimeout in e2e specs: wait for an event (next, eventually), or prove absence with a marker sent after.',
        },
      ],
    },
  },

  // JavaScript config files (jest.config.js, eslint.config.mjs, …): no type information.
  {
    name: 'jcc/javascript-commonjs',
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        exports: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    name: 'jcc/javascript-esm',
    // apps/web is `"type": "module"`: its .js files are ES modules.
    files: ['**/*.mjs', 'apps/web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
      },
    },
  },

  // Last: turn off every rule that prettier makes redundant or conflicts with…
  prettier,
  // …but keep `curly` ("all" is compatible with prettier; eslint-config-prettier turns it off).
  {
    name: 'jcc/after-prettier',
    rules: {
      curly: ['error', 'all'],
    },
  },
]);
