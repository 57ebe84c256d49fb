// Lint: TypeScript rules plus the architecture boundary — core/ is plain TypeScript
// and may not import React, Dexie, zustand, pdfmake or Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbiddenInCore = ['react', 'react-dom', 'react-*', 'dexie', 'dexie-*', 'zustand', 'zustand/*', 'pdfmake', 'pdfmake/*', 'electron', 'antd', 'antd/*'];

export default tseslint.config(
  { ignores: ['dist', 'dist-electron', 'dist-cli', 'dist-bench', 'release', 'node_modules'] },
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
      ],
    },
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: forbiddenInCore, message: 'core/ is plain TypeScript: no UI, DB, PDF or Electron imports.' }, {
              // Any depth: core/bundle/x.ts reaches db/ as ../../db/…, and a file directly in core/ as ../db/….
              group: ['**/db', '**/db/**', '**/features', '**/features/**', '**/pdf', '**/pdf/**', '**/platform', '**/platform/**', '**/stores', '**/stores/**', '**/components', '**/components/**', '**/i18n', '**/i18n/**', '**/workers/**', '**/search/**'],
              message: 'core/ may not depend on the layers above it.',
            }] }],
    },
  },
);
