import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

const srcDir = path.resolve('src');
const engineDir = path.join(srcDir, 'engine');

/**
 * The engine's layers, lowest first. A file in `src/engine/<layer>/` imports files of its own
 * layer directly and lower layers through their `index.ts` only; layers of one rank (views,
 * sampling) do not import each other. The engine's own `index.ts` sits above all of them.
 */
const ENGINE_LAYERS = { numeric: 0, model: 1, file: 2, resolve: 3, calc: 4, results: 5, views: 6, sampling: 6 };

/**
 * The app's import zones (`engine ← model ← state ← features ← app`): which top-level folders of
 * `src` each folder may import. A feature may import only itself among the features.
 */
const APP_ZONES = {
  engine: ['engine'],
  i18n: ['i18n', 'engine'],
  model: ['model', 'engine', 'i18n'],
  components: ['components', 'engine', 'i18n', 'model'],
  worker: ['worker', 'engine'],
  examples: ['examples', 'engine'],
  cli: ['cli', 'engine', 'examples'],
  state: ['state', 'engine', 'i18n', 'model', 'worker', 'examples'],
  pwa: ['pwa', 'engine', 'i18n', 'model', 'state', 'components'],
  features: ['features', 'engine', 'i18n', 'model', 'state', 'components', 'examples'],
  styles: ['styles'],
};

/** The relative import sources of a module: static, re-export and dynamic imports. */
function importVisitors(check) {
  const visit = (node) => {
    const source = node.source && node.source.value;
    if (typeof source === 'string') check(node, source);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

/** `src/engine/calc/memo.ts` → ['calc', 'memo.ts']; null outside the engine. */
function engineParts(file) {
  const rel = path.relative(engineDir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep);
}

/**
 * The engine is pure: it runs in Node, in a worker and in the app. It may import only files
 * inside src/engine and the bare package decimal.js, and inside it only downward (ENGINE_LAYERS).
 */
const engineBoundary = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      outside: "src/engine may import only src/engine/** and decimal.js, not '{{source}}'.",
      upward:
        "engine/{{from}} may not import engine/{{to}} (layers: numeric < model < file < resolve < calc < results < views, sampling): '{{source}}'.",
      deep: "engine/{{from}} imports another layer through its index only ('../{{to}}'), not '{{source}}'.",
    },
  },
  create(context) {
    const from = engineParts(context.filename);
    return importVisitors((node, source) => {
      if (!source.startsWith('.')) {
        if (source !== 'decimal.js') context.report({ node, messageId: 'outside', data: { source } });
        return;
      }
      const target = engineParts(path.resolve(path.dirname(context.filename), source));
      if (target === null) return context.report({ node, messageId: 'outside', data: { source } });
      if (from === null || from.length === 1) return; // the engine's index.ts offers any layer
      const [fromLayer, toLayer] = [from[0], target[0]];
      if (fromLayer === toLayer) return;
      const isRoot = !(toLayer in ENGINE_LAYERS);
      const isUpward = isRoot || !(ENGINE_LAYERS[toLayer] < ENGINE_LAYERS[fromLayer]);
      if (isUpward)
        return context.report({ node, messageId: 'upward', data: { from: fromLayer, to: toLayer, source } });
      if (target.length > 1 && !(target.length === 2 && /^index\.tsx?$/.test(target[1]))) {
        context.report({ node, messageId: 'deep', data: { from: fromLayer, to: toLayer, source } });
      }
    });
  },
};

/** `src/features/results/x.tsx` → ['features', 'results']; `src/main.tsx` → ['app']. */
function appZone(file) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  if (parts.length === 1 && /\.[cm]?[jt]sx?$/.test(parts[0])) return ['app']; // main.tsx
  return parts;
}

/** The app's import zones (APP_ZONES); outside src/engine nothing imports `engine/<layer>/…`. */
const importZones = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      zone: "src/{{from}} may not import src/{{to}} ('{{source}}'): imports run engine ← model ← state ← features ← app.",
      feature: "features/{{from}} may not import another feature, features/{{to}} ('{{source}}').",
      engineDeep: "Import the engine through its index ('…/engine'), not '{{source}}'.",
    },
  },
  create(context) {
    const from = appZone(context.filename);
    if (from === null || from[0] === 'engine') return {};
    return importVisitors((node, source) => {
      if (!source.startsWith('.')) return;
      const to = appZone(path.resolve(path.dirname(context.filename), source));
      if (to === null) return;
      if (to[0] === 'engine' && to.length > 1 && !/^index(\.tsx?)?$/.test(to[1])) {
        return context.report({ node, messageId: 'engineDeep', data: { source } });
      }
      if (from[0] === 'app') return;
      const allowed = APP_ZONES[from[0]];
      if (allowed === undefined || !allowed.includes(to[0])) {
        return context.report({ node, messageId: 'zone', data: { from: from[0], to: to[0], source } });
      }
      if (from[0] === 'features' && to[0] === 'features' && from[1] !== to[1]) {
        context.report({ node, messageId: 'feature', data: { from: from[1], to: to[1], source } });
      }
    });
  },
};

/** Tests (and other tooling) import engine layers through their indexes, never a file inside one. */
const testEngineImports = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { deep: "Import an engine layer through its index ('…/engine/{{layer}}'), not '{{source}}'." },
  },
  create(context) {
    return importVisitors((node, source) => {
      if (!source.startsWith('.')) return;
      const target = engineParts(path.resolve(path.dirname(context.filename), source));
      if (target !== null && target.length > 1 && !/^index(\.tsx?)?$/.test(target[1])) {
        context.report({ node, messageId: 'deep', data: { layer: target[0], source } });
      }
    });
  },
};

export const kantelpuntPlugin = {
  rules: { 'engine-boundary': engineBoundary, 'import-zones': importZones, 'test-engine-imports': testEngineImports },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-*',
      'node_modules',
      'coverage',
      'test/e2e/artifacts',
      'bench-results',
      'dev-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, kantelpunt: kantelpuntPlugin },
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
      'kantelpunt/import-zones': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Kantelpunt makes no network requests at run time.' },
        { name: 'XMLHttpRequest', message: 'Kantelpunt makes no network requests at run time.' },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'kantelpunt/test-engine-imports': 'error' },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'kantelpunt/engine-boundary': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded generator instead.' },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'fetch',
        'process',
        'self',
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ClassDeclaration', message: 'No classes in the engine: plain functions over plain data.' },
      ],
    },
  },
);
