// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/package/ holds the apps check:package installs the packed tarball into: they are type-checked there, against it.
  { ignores: ['dist/', 'src/i18n/generated/', 'locales/', 'review/', 'test/package/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // @open-wc/semantic-dom-diff types chai's `.equal()` as returning a Promise; it is synchronous for values.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }] },
      ],
      // Lit calls `@event=${this.method}` listeners with the host as `this`; tests save and restore methods.
      '@typescript-eslint/unbound-method': 'off',
      // `arr[0]!` and widening casts are kept on purpose; the autofix also breaks contextual typing (test/support/screens.ts).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // LitElement always implements the lifecycle callbacks.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai property assertions: `expect(x).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Stubs of async browser APIs (clipboard) are async without awaiting.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Layers point one way: the model, the rules and the flow know nothing of wording or views.
  {
    files: ['src/questionnaire/**/*.ts', 'src/guide/**/*.ts', 'src/flow/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/content/*', '**/components/*', '**/export/*', '**/i18n/*'],
              message: 'The model, rules and flow must not depend on wording, views or exports.',
            },
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The model, rules and flow stay free of Lit, so they can be tested exhaustively.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts', 'src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/*'], message: 'Wording and exports must not depend on views.' }] }],
    },
  },
  // Plain JS (this file, the test runner's config and plugins) is outside tsconfig.json: lint it without type information.
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'], languageOptions: { globals: globals.browser } },
  { files: ['*.js', '*.mjs', 'vite.config.ts', 'scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  prettier,
);
