// @ts-check
// The house rules a machine checks (conventions.md): type-aware promise rules, the rules of hooks,
// no import cycle, and the layers' boundaries. tests/unit/lint-config.test.ts shows each boundary
// reporting a deliberate violation.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Pure domain logic: no DOM, no browser API, no messaging, no host page, no UI. */
export const DOMAIN = [
  'lib/templates',
  'lib/gaps',
  'lib/clients',
  'lib/tasks',
  'lib/hours',
  'lib/backup',
  'lib/work-week',
  'lib/incidents',
  'lib/review',
  'lib/colleagues',
  'lib/text',
];
/** The only folders that know a Google page's markup, and so the only ones that query it. */
const HOST = ['lib/gmail', 'lib/calendar', 'lib/dom'];

const HOST_IMPORTS = ['@/lib/gmail/*', '@/lib/calendar/*', '@/lib/dom/*'];
const UI_IMPORTS = [
  '@/components/*',
  '@/components/**',
  '**/components/*',
  '**/components/**',
  'react',
  'react-dom',
  'react-dom/*',
];
const BROWSER_IMPORTS = ['wxt/browser', 'wxt/utils/*', 'wxt/browser/*', '@webext-core/*', 'webextension-polyfill'];
const MESSAGING_IMPORTS = ['@/lib/messaging', '@/lib/data-changes', '@/lib/page/*', '@/lib/background/*', '@/lib/db/*'];

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'chrome',
  'browser',
];
const QUERY_METHODS = [
  'querySelector',
  'querySelectorAll',
  'getElementsByClassName',
  'getElementsByTagName',
  'getElementsByName',
  'closest',
  'matches',
];

/** @param {string[]} group @param {string} message */
const banned = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'out/**', 'node_modules/**', 'tests/fixtures/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, '@eslint-community/eslint-comments': comments },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A rule turned off says why, beside it: `// eslint-disable-next-line rule -- reason`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `_`-named bindings are left out on purpose (`const { id: _id, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Props declared as methods (`onSave(x): void`) are destructured in every component; none uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression > MemberExpression.callee > Identifier.property[name=/^(${QUERY_METHODS.join('|')})$/]`,
          message: 'Only lib/gmail, lib/calendar and lib/dom query a page: use their named readers.',
        },
      ],
    },
  },
  {
    // Google's page is queried only where its markup is known and dated.
    files: HOST.map((dir) => `${dir}/**`),
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests and scripts drive real pages and read JSON they wrote: they query the DOM and handle
    // untyped values; the promise rules still hold there.
    files: ['tests/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests widen `sendMessage` to send bad payloads; its type holds webext-core's `chrome` sender
      // type, which is not installed, so the rule takes those casts for no-ops and its fix breaks tsc.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // `useDriver()`, `useLeewayBrowser()` are vitest fixtures named like hooks, not React hooks.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [banned(UI_IMPORTS.slice(0, 4), 'lib/ is below the UI: it imports no component.')] },
      ],
    },
  },
  {
    files: DOMAIN.map((dir) => `${dir}/**`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            banned(
              HOST_IMPORTS,
              'Domain code knows no host page: lib/gmail, lib/calendar and lib/dom call it, not the reverse.',
            ),
            banned(UI_IMPORTS, 'Domain code knows no UI: components call it, not the reverse.'),
            banned(BROWSER_IMPORTS, 'Domain code uses no browser API: pass it what it needs.'),
            banned(MESSAGING_IMPORTS, 'Domain code sends no message and reads no storage: its callers do.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'Domain code touches no DOM and no browser API.' })),
      ],
    },
  },
  {
    // Components render what the page modules read; they never look at Google's markup themselves.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            banned(['@/lib/dom/*'], 'Components know no host markup: page modules send them what they read.'),
            {
              group: ['@/lib/gmail/*', '@/lib/calendar/*', '!@/lib/gmail/routes', '!@/lib/calendar/routes'],
              allowTypeImports: true,
              message: 'Components use only the routes of a host page (and its types), never its selectors or readers.',
            },
          ],
        },
      ],
    },
  },
);
