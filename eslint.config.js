// Lint: typescript-eslint's recommended rules, prettier for layout (eslint-config-prettier turns
// off the rules prettier owns), and the import-boundary rule that keeps every import running down
// (docs/architecture.md): ground → domain → core → ui → hosts.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Layers, lowest first; a layer may import only from layers below it (and itself). */
const HOSTS = ['./src/excel', './src/preview', './gas'];
const zones = [
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
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cert/**', 'manifest/schemas/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  prettier,
);
