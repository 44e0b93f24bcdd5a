// ESLint flat config: TypeScript's recommended rules everywhere, Svelte's for
// components, and the layer rule of DESIGN.md (core <- lessons <- machines <- app <- ui).
//
// The layer rule is made of `no-restricted-imports` regex patterns, one set per
// folder. ESLint does not merge options of one rule across config objects (the
// last match wins), so every folder's set is built by `layer()` below and always
// carries the project-wide bans too.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';

/** Packages a folder may not import, as regexes over the import specifier. */
const pkg = {
  svelte: '^svelte(/.*)?$',
  idb: '^idb(/.*)?$',
  xstate: '^(xstate|@xstate/[^/]+)(/.*)?$',
  monaco: '^monaco-editor(/.*)?$',
  // AGPL-3.0 packages: a dev-only test oracle, never shipped (tests may import them).
  agpl: '^@cloud-copilot/iam-(simulate|policy|expand|utils)(/.*)?$',
};

/**
 * A relative (or `src/`-rooted) import that steps into the named top-level
 * folder of src/, e.g. `../../lessons/schema.ts` from src/core/engine/x.ts.
 */
function into(...folders) {
  return `(^|/)(\\.\\.|src)/(${folders.join('|')})(/|$)`;
}

/** `no-restricted-imports` options: the AGPL ban plus the given extra patterns. */
function layer(name, patterns) {
  return [
    'error',
    {
      patterns: [
        {
          regex: pkg.agpl,
          message: 'AGPL package: only tests may import it (DESIGN.md, TOOLCHAIN.md).',
        },
        ...patterns.map(([regex, why]) => ({ regex, message: `Layer rule (${name}): ${why}` })),
      ],
    },
  ];
}

const noFramework = [
  [pkg.svelte, 'src/core and src/lessons are pure TypeScript; no Svelte.'],
  [pkg.idb, 'only src/storage imports idb.'],
  [pkg.xstate, 'xstate belongs in src/machines.'],
  [pkg.monaco, 'Monaco belongs in src/ui.'],
];

/** DOM and browser-storage globals that pure folders may not touch. */
const domGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
  (name) => ({ name, message: `${name} is a browser global; src/core and src/lessons run unchanged in Node.` }),
);

export default defineConfig([
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'test-results/', '.scratch/'] },

  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,

  {
    name: 'iam-lab/svelte-with-typescript',
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
      },
    },
  },

  {
    name: 'iam-lab/general',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The AGPL ban holds for everything that ships; per-folder blocks below add the layer rule.
      'no-restricted-imports': layer('shipped code', []),
    },
  },

  // Tests, benchmarks and build scripts may use the AGPL oracle.
  {
    name: 'iam-lab/tests-may-use-oracle',
    files: ['test/**', 'bench/**', 'scripts/**', '**/*.test.ts', '**/*.spec.ts', '**/*.spec.mjs'],
    rules: { 'no-restricted-imports': 'off' },
  },

  {
    name: 'iam-lab/layer/core',
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layer('core', [
        ...noFramework,
        [into('lessons', 'machines', 'storage', 'app', 'ui', 'embed'), 'src/core imports nothing from the other layers.'],
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    name: 'iam-lab/layer/lessons',
    files: ['src/lessons/**'],
    ignores: ['src/lessons/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layer('lessons', [
        ...noFramework,
        [into('machines', 'storage', 'app', 'ui', 'embed'), 'src/lessons may import only src/core.'],
      ]),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    name: 'iam-lab/layer/machines',
    files: ['src/machines/**'],
    ignores: ['src/machines/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layer('machines', [
        [pkg.svelte, 'machines are plain xstate; Svelte wiring lives in src/app.'],
        [pkg.idb, 'only src/storage imports idb.'],
        [pkg.monaco, 'Monaco belongs in src/ui.'],
        [into('storage', 'app', 'ui', 'embed'), 'src/machines may import only src/core and src/lessons.'],
      ]),
    },
  },
  {
    name: 'iam-lab/layer/storage',
    files: ['src/storage/**'],
    ignores: ['src/storage/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layer('storage', [
        ...noFramework.filter(([pattern]) => pattern !== pkg.idb),
        [into('lessons', 'machines', 'ui', 'embed'), 'src/storage may import only src/core and the port types of src/app.'],
      ]),
    },
  },
  {
    name: 'iam-lab/layer/app',
    files: ['src/app/**'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layer('app', [
        [into('ui'), 'src/app may not import src/ui (ui depends on app, not the reverse).'],
        [into('storage'), 'src/app gets its store from main.ts through the LabStore port (src/app/ports.ts).'],
        ['\\.svelte$', 'components belong to src/ui; src/app holds rune classes only.'],
        [pkg.monaco, 'Monaco belongs in src/ui.'],
      ]),
    },
  },
  {
    name: 'iam-lab/layer/ui',
    files: ['src/ui/**'],
    ignores: ['src/ui/**/*.test.ts'],
    rules: {
      'no-restricted-imports': layer('ui', [
        [into('storage'), 'src/ui gets storage through src/app, never directly.'],
        [pkg.idb, 'only src/storage imports idb.'],
      ]),
    },
  },
]);
