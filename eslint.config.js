// Lint: typescript-eslint's recommended rules, prettier for layout (eslint-config-prettier turns
// off the rules prettier owns), and the import-boundary rule that keeps every import running down
// (docs/architecture.md): ground → domain → core → ui → hosts.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Layers, lowest first; a layer may import only from layers below it (and itself). */
const HOSTS = ['./src/excel', './src/preview', './gas'];
/** The core's ground vocabulary: cell values and readers, serial dates, sheet plans, the Workbook interface. */
const GROUND = [
  './src/core/cells.ts',
  './src/core/workbook',
  './src/core/text.ts',
  './src/core/errors.ts',
  './src/core/result.ts',
  './src/core/i18n',
];
/** Everything in the core that builds on the ground. */
const ABOVE_GROUND = [
  'items',
  'functions',
  'review',
  'report',
  'history',
  'inputs',
  'sheets',
  'totals.ts',
  'cycle',
  'outcomes',
].map((part) => `./src/core/${part}`);
/** The scoring domain: below the spreadsheet function table and the score sheet. */
const DOMAIN = ['items', 'review', 'report', 'history', 'totals.ts', 'cycle', 'outcomes'].map(
  (part) => `./src/core/${part}`,
);
const zones = [
  // The ground knows no item, function, review, report, history, input table or sheet.
  {
    target: GROUND,
    from: ABOVE_GROUND,
    message: 'The ground (cells, workbook, text, errors, result) must not import what builds on it.',
  },
  // The domain sits below the function table (cells.ts holds what it shares with it). Items declare
  // their own spreadsheet functions, so they may use the FunctionSpec types, nothing else there.
  {
    target: DOMAIN,
    from: './src/core/functions',
    except: ['./types.ts'],
    message: 'The domain must not import the function table; shared readers live in src/core/cells.ts.',
  },
  // The score sheet builds on the domain and the input tables, never the other way round.
  {
    target: [...DOMAIN, './src/core/inputs'],
    from: './src/core/sheets',
    message: 'Only the score sheet lives in sheets/; nothing below it imports it.',
  },
  // The input tables are data that the import, the anonymity check and the wiring read: they read none of those.
  {
    target: './src/core/inputs/tables',
    from: './src/core/inputs',
    except: ['./tables'],
    message: 'The input tables are data below the import and the wiring; they must not import them.',
  },
  {
    target: './src/core/inputs/tables',
    from: './src/core/functions',
    message: 'The input tables are data below the function table; they must not import it.',
  },
  // The core knows nothing of the pane, Office, Apps Script or the DOM.
  { target: './src/core', from: ['./src/ui', ...HOSTS], message: 'The core must not import the pane or a host.' },
  // The pane is written once against the Workbook interface: no host code in it.
  { target: './src/ui', from: HOSTS, message: 'The pane must not import a host; hosts implement Workbook.' },
  // Hosts never reach into each other.
  { target: './src/excel', from: ['./src/preview', './gas'], message: 'One host must not import another.' },
  { target: './gas', from: ['./src/excel', './src/preview'], message: 'One host must not import another.' },
  { target: './src/preview', from: ['./src/excel', './gas'], message: 'One host must not import another.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cert/**', 'manifest/schemas/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The Office fake builds Office-shaped objects whose own methods need the fake they belong to.
    files: ['tests/excel/fake-excel.ts'],
    rules: { '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['fake'] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
      },
    },
  },
  prettier,
);
