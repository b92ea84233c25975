import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Zones resolve against this folder, not process.cwd(), so a lint started elsewhere (the fence test) agrees.
const root = import.meta.dirname;

// Libraries the pure layers must never reach: they keep domain and io testable without a DOM.
const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'cytoscape',
  'cytoscape-*',
  'react-cytoscapejs',
  'idb-keyval',
];
const cytoscapeLibraries = ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'];

// The layer arrows of docs/architecture.md. Each zone forbids `target` importing from `from`; a layer that
// may reach only a few folders is written as "all of src except those".
const onlyFrom = (layer, allowed, message) => ({
  target: `src/${layer}`,
  from: 'src',
  except: [layer, ...allowed].map((folder) => `./${folder}`),
  message,
});
const features = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layerZones = [
  onlyFrom('domain', [], 'src/domain is pure: it imports only src/domain.'),
  onlyFrom('io', ['domain'], 'src/io imports only src/domain and itself.'),
  onlyFrom('graph', ['domain', 'i18n'], 'src/graph imports only src/domain and src/i18n.'),
  onlyFrom('i18n', [], 'src/i18n imports only src/i18n.'),
  onlyFrom('workers', ['io', 'domain'], 'Workers import only src/io and src/domain.'),
  {
    target: 'src/store',
    from: ['src/features', 'src/graph', 'src/app', 'src/components'],
    message: 'src/store sits below the UI: no features, graph, app or components.',
  },
  {
    target: 'src/components',
    from: ['src/features', 'src/store', 'src/app'],
    message: 'Shared components are presentational: no features, store or app.',
  },
  { target: 'src/features', from: 'src/app', message: 'Features do not import the app layer.' },
  {
    // The worker entry is started by URL (src/store/importClient.ts), never imported: its messages live in src/io.
    target: ['src/app', 'src/features', 'src/store', 'src/components'],
    from: 'src/workers',
    message: 'Nothing imports the worker entry; shared message types live in src/io/import/messages.ts.',
  },
  // Features do not import each other (Bulletproof React); the app layer composes them.
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; move shared code down a layer.',
  })),
];

// Browser state the pure layers must not touch; TypeScript's DOM lib would let these through.
const browserOnly = [
  'document',
  'window',
  'localStorage',
  'sessionStorage',
  'navigator',
  'self',
  'indexedDB',
  'location',
  'history',
  'BroadcastChannel',
];
const noBrowserGlobal = (name) => ({
  name,
  message: 'src/domain and src/io run anywhere (worker, Node tests): no browser globals.',
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage', '.bench-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Globals merge across config objects, so the pure layers are left out here rather than trimmed later.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/io/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x skips .ts modules when it follows imports, and no-cycle silently sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      // Value cycles make load order matter. It skips type-only imports; tests/fences/importCycles.ts finds those.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/graph/**', 'src/domain/**', 'src/io/**', 'src/i18n/**', 'src/workers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: cytoscapeLibraries, message: 'Only src/graph touches cytoscape.' }] },
      ],
    },
  },
  {
    files: ['src/io/**', 'src/workers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'src/io and src/workers are pure: no React, zustand, cytoscape or IndexedDB.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain rules and messages are plain TypeScript: no packages at all (tests keep their tools).
    files: ['src/domain/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?![.]{1,2}/)(?!(vitest|fast-check)$)',
              message: 'src/domain and src/i18n import no packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure layers see ES builtins and the Encoding/Blob APIs that Node, browsers and workers all have;
    // no-undef (off for TypeScript by default) turns every other global, value or type, into an error.
    files: ['src/domain/**/*.{ts,tsx}', 'src/io/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { lib: ['es2023'] },
      globals: { TextDecoder: 'readonly', TextEncoder: 'readonly', Blob: 'readonly' },
    },
    rules: {
      'no-undef': 'error',
      'no-restricted-globals': ['error', ...browserOnly.map(noBrowserGlobal)],
      'no-restricted-properties': [
        'error',
        ...browserOnly.map((property) => ({ object: 'globalThis', property })),
      ],
    },
  },
  {
    // Tests of the pure layers run in Node: its globals (performance, process) are theirs, the browser's are not.
    files: ['src/domain/**/*.test.{ts,tsx}', 'src/io/**/*.test.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.node, TextDecoder: 'readonly', TextEncoder: 'readonly', Blob: 'readonly' },
    },
  },
  {
    files: ['src/workers/**'],
    languageOptions: { globals: { ...globals.worker } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'A worker has no DOM or Web Storage.',
        })),
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
