// @ts-check
// ESLint for the code, Prettier for its layout (.prettierrc); eslint-config-prettier switches off the
// rules that would fight Prettier, and `npm run lint` runs both. typescript-eslint's recommended and
// stylistic sets, as microsoft/vscode-extension-samples' lsp-sample uses them, plus two size guards.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Prettier's printWidth; `max-len` catches what Prettier does not wrap (strings, comments). */
const WIDTH = 140;

/** Mocha's calls whose callback only groups tests: each test (`it`) inside is measured on its own. */
const GROUPS = new Set(['describe', 'suite', 'context']);

/** `describe(…)`, `describe.only(…)`, `describe.skip(…)`: the name of the grouping call, if it is one. */
const calleeName = (callee) =>
  callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? calleeName(callee.object) : undefined;

const coreMaxLines = builtinRules.get('max-lines-per-function');
if (!coreMaxLines) throw new Error('eslint: the core rule max-lines-per-function is missing');

/**
 * ESLint's own max-lines-per-function, less its reports on the callback of a mocha group: a
 * `describe` holding twenty short tests is not a long function (eslint/eslint#16000 leaves this to a
 * local rule). Every other function, a test's body included, is measured as the core rule does.
 */
const maxLinesPerFunction = {
  meta: coreMaxLines.meta,
  create(context) {
    const report = (descriptor) => {
      const node = descriptor.node;
      const call = node?.parent;
      const isGroup = call?.type === 'CallExpression' && call.arguments.includes(node) && GROUPS.has(calleeName(call.callee) ?? '');
      if (!isGroup) context.report(descriptor);
    };
    return coreMaxLines.create(Object.create(context, { report: { value: report } }));
  },
};

export default defineConfig(
  globalIgnores([
    'dist/',
    'packages/cli/dist/',
    'out/',
    'node_modules/',
    '.e2e-tmp/',
    '.vscode-test/',
    'bench/corpus/',
    'bench/results/',
    '**/node_modules/',
  ]),
  {
    files: ['**/*.{ts,mjs,js}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, tseslint.configs.stylistic],
    plugins: { '@stylistic': stylistic, isms: { rules: { 'max-lines-per-function': maxLinesPerFunction } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'isms/max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: false }],
      // matching control characters is deliberate here: hostile file names, YAML scalars, terminal output
      'no-control-regex': 'off',
      // `() => {}` is the no-op callback (a promise's ignored rejection, an optional logger), as in the lsp-sample
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  // the activation bundle loads the language client's bundle by path after activation, so that the two stay apart
  { files: ['src/extension/extension.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // the Node scripts (build, e2e runner, bench) and the webview's browser code
  { files: ['**/*.mjs', 'esbuild.mjs'], languageOptions: { globals: globals.node } },
  // the bench's trivial extension (issue 20.1): plain CommonJS, as VS Code loads it
  {
    files: ['bench/floor-extension/*.js'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['webview-ui/**/*.ts'], languageOptions: { globals: globals.browser } },
  prettier,
  // after eslint-config-prettier, which switches max-len off: Prettier wraps code but not a long string or comment
  {
    files: ['**/*.{ts,mjs,js}'],
    rules: {
      '@stylistic/max-len': [
        'error',
        { code: WIDTH, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
    },
  },
);
