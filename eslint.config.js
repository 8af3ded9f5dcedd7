import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

const engineDir = path.resolve('src/engine');

/**
 * The engine is pure: it runs in Node, in a worker and in the app. It may import only files
 * inside src/engine and the bare package decimal.js. Anything else (React, zustand, Chart.js,
 * the rest of src/, Node built-ins) is reported.
 */
const engineBoundary = {
  meta: { type: 'problem', schema: [], messages: { outside: "src/engine may import only src/engine/** and decimal.js, not '{{source}}'." } },
  create(context) {
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string') return;
      const isRelative = source.startsWith('.');
      const isAllowed = isRelative
        ? path.resolve(path.dirname(context.filename), source).startsWith(engineDir)
        : source === 'decimal.js';
      if (!isAllowed) context.report({ node, messageId: 'outside', data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'dist-*', 'node_modules', 'coverage', 'test/e2e/artifacts', 'bench-results', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Module augmentation (vitest's ProvidedContext) can only be written as an interface.
    files: ['test/e2e/support/global-setup.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Kantelpunt makes no network requests at run time.' }, { name: 'XMLHttpRequest', message: 'Kantelpunt makes no network requests at run time.' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    plugins: { kantelpunt: { rules: { 'engine-boundary': engineBoundary } } },
    rules: {
      'kantelpunt/engine-boundary': 'error',
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass a seeded generator instead.' }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch', 'process', 'self'],
      'no-restricted-syntax': ['error', { selector: 'ClassDeclaration', message: 'No classes in the engine: plain functions over plain data.' }],
    },
  },
);
