// Lint: TypeScript rules plus the architecture boundary — core/ is plain TypeScript
// and may not import React, Dexie, zustand, pdfmake or Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbiddenInCore = ['react', 'react-dom', 'react-*', 'dexie', 'dexie-*', 'zustand', 'zustand/*', 'pdfmake', 'pdfmake/*', 'electron', 'antd', 'antd/*'];

export default tseslint.config(
  { ignores: ['dist', 'dist-electron', 'dist-cli', 'dist-bench', 'dist-bench-node', 'release', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string union instead of enum.' }],
    },
  },
  {
    // Screens read and write through db/repositories, never a table: other units' records are
    // not in the tables (foreign-store.ts), and a repository is where that is known.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/components/**/*.{ts,tsx}', 'renderer/src/hooks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of enum.' },
        { selector: "MemberExpression[object.name='db'][property.name!=/^(name|verno|isOpen)$/]", message: 'Screens go through db/repositories, not db.<table>.' },
        // Every confirmation is answered from the keyboard the same way (the cursor on "Quay lại", given back on closing).
        { selector: "ImportDeclaration[source.value='antd'] > ImportSpecifier[imported.name='Popconfirm']", message: 'Use components/Confirm (or ReasonConfirm), not antd Popconfirm.' },
        { selector: "CallExpression[callee.object.name='modal'][callee.property.name='confirm']", message: 'Use confirmIrreversible (components/Confirm): it opens on "Quay lại".' },
      ],
    },
  },
  {
    // The confirmations built on antd's Popconfirm and modal.confirm.
    files: ['renderer/src/components/Confirm.tsx', 'renderer/src/components/ReasonConfirm.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string union instead of enum.' }] },
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: forbiddenInCore, message: 'core/ is plain TypeScript: no UI, DB, PDF or Electron imports.' }, {
              // Any depth: core/bundle/x.ts reaches db/ as ../../db/…, and a file directly in core/ as ../db/….
              group: ['**/archive/*', '**/db', '**/db/**', '**/features', '**/features/**', '**/pdf', '**/pdf/**', '**/platform', '**/platform/**', '**/stores', '**/stores/**', '**/components', '**/components/**', '**/i18n', '**/i18n/**', '**/workers/**', '**/search/**'],
              message: 'core/ may not depend on the layers above it.',
            }] }],
    },
  },
  {
    // The province archive's server code (PostgreSQL, the HTTP server, bcrypt) runs in Node only:
    // no file of the browser app may import it (the CLI build bundles it).
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/archive/**', 'renderer/src/cli/**', 'renderer/src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/archive/*', '../archive', '../../archive', '../../../archive'], message: 'renderer/src/archive is Node-only server code: the browser app reaches it over HTTP (upper-api/http.ts).' },
        { group: ['node:*', 'pg', 'pg-*', '@electric-sql/*', 'bcryptjs'], message: 'Node-only packages stay in renderer/src/archive and renderer/src/cli.' },
      ] }],
    },
  },
);
