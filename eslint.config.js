// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { localRules } from './eslint.local-rules.js';

/**
 * The layering of ARCHITECTURE.md as lint: each folder lists what it must not import. Patterns match
 * the import specifier, so both relative climbs ('../../renderer/…') and package names are caught.
 */
const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'http',
  'net',
  'url',
];
const rule = (patterns, message) => ({ group: patterns, message });
const restrict = (...groups) => ['error', { patterns: groups }];

const RENDERER_GROUPS = [
  rule(['electron', 'electron/*', '**/electron/**'], 'The renderer reaches Node only through the bridge.'),
  rule(NODE_BUILTINS, 'The renderer runs in Chromium: no Node built-ins.'),
  rule(['sharp'], 'Images are processed in the Node services, off the UI thread.'),
];

const layers = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        rule(
          ['electron', 'electron/*', '**/electron/**', '**/renderer/**'],
          'shared/ is pure: it must not import the shells or the UI.',
        ),
        rule(NODE_BUILTINS, 'shared/ runs in the browser too: no Node built-ins.'),
        rule(
          ['react', 'react-dom', '@mantine/*', 'dexie', 'dexie-react-hooks', 'recharts', 'sharp'],
          'shared/ is pure TypeScript: no UI, database or image libraries.',
        ),
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        rule(
          ['electron', 'electron/*'],
          'Services are plain Node: reach Electron only through electron/main.',
        ),
        rule(
          ['**/renderer/**', '**/main/**', '**/preload/**', '**/browser-host/**', '**/cli/**'],
          'Services must not import the shells or the UI.',
        ),
      ),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        rule(
          ['**/renderer/**', '**/browser-host/**', '**/cli/**', '**/preload/**'],
          'electron/main may use shared/ and services only.',
        ),
      ),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        rule(['**/main/**', '**/services/**', '**/renderer/**'], 'The preload exposes the contract only.'),
        rule(NODE_BUILTINS, 'A sandboxed preload has no Node built-ins.'),
      ),
    },
  },
  {
    files: ['electron/browser-host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        rule(['electron', 'electron/*'], 'The browser host and CLI run where Electron does not.'),
        rule(['**/renderer/**', '**/main/**', '**/preload/**'], 'Only shared/ and services.'),
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/vite.config.ts', 'renderer/src/i18n/**'],
    rules: {
      'no-restricted-imports': restrict(...RENDERER_GROUPS, {
        group: ['react-i18next'],
        importNames: ['useTranslation'],
        message:
          'Ask for strings through useT (renderer/src/i18n/useT.ts): its keys are typed, so a misspelt key fails the typecheck.',
      }),
    },
  },
  {
    // The one place that wraps react-i18next's hook.
    files: ['renderer/src/i18n/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(...RENDERER_GROUPS) },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        rule(
          ['**/renderer/**', '**/electron/main/**', '**/electron/services/**'],
          'e2e drives the app like a user: no app internals.',
        ),
      ),
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: [
      'electron/cli/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      'electron/browser-host/main.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  ...layers,
  {
    // One way to import shared code: the @shared/ alias, from every folder outside shared/.
    plugins: { local: localRules },
    rules: { 'local/shared-alias': 'error' },
  },
  {
    // Features talk through public faces (ARCHITECTURE §14), whatever the feature and however deep the file.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'local/feature-boundaries': 'error' },
  },
  {
    // One typed database (ARCHITECTURE §15): features use the tables declared on WorkstationDb; reaching a table by
    // name is for the data layer only (schema upgrades, the demo writer, deleting a store).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/src/data/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='table']",
          message:
            'Use the typed table on WorkstationDb (db.<table>); declare a new table in renderer/src/db/db.ts. Reaching a table by name belongs in renderer/src/db/ or renderer/src/data/.',
        },
      ],
    },
  },
);
