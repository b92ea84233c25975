import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage', '.bench-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'src/domain and src/io are pure: no React, zustand or cytoscape.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/graph/**', '**/app/**'],
              message: 'Pure layers do not import the UI layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/graph/**', 'src/domain/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
              message: 'Only src/graph touches cytoscape.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features do not import each other (Bulletproof React); the app layer composes them.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
              message: 'Only src/graph touches cytoscape.',
            },
            {
              group: ['../*/**', '!../../**'],
              message: 'Features do not import each other; move shared code down a layer.',
            },
            { group: ['**/app/**'], message: 'Features do not import the app layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
