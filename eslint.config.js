// Lint gate: type-aware typescript-eslint plus the import boundaries between layers.
// shared/ runs anywhere (app, worker, command line) so it imports no Electron, Node or DOM module;
// renderer/ and electron/ import only themselves and shared/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'stream',
  'events',
  'util',
  'http',
  'https',
  'net',
  'worker_threads',
];

// Bare Node module names are matched exactly (as paths), so that a folder such as ../util is not
// mistaken for Node's util.
const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }],
});
const noNodeBuiltins = (message) => nodeBuiltins.map((name) => ({ name, message }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'dist-cli/',
      'release/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Dropping fields with a rest pattern is how records lose storage-only fields.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Plain JavaScript: the config itself and the build scripts, which run in Node.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        { group: ['electron', 'electron/*'], message: 'shared/ runs anywhere: no Electron.' },
        { group: ['node:*'], message: 'shared/ runs anywhere: no Node modules.' },
        { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports only shared/.' },
        {
          group: ['react', 'react-dom', 'dexie', 'zustand'],
          message: 'shared/ is pure domain code.',
        },
      ],
      noNodeBuiltins('shared/ runs anywhere: no Node modules.'),
    ),
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*'], message: 'shared/ runs anywhere: no Electron.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports only shared/.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule speaks to React Compiler, which the app does not use; TanStack's hooks are fine.
      'react-hooks/incompatible-library': 'off',
      ...restrict(
        [
          { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          {
            group: ['electron', 'electron/*'],
            message: 'The renderer talks to Electron through Host.',
          },
          { group: ['node:*'], message: 'The renderer has no Node.' },
        ],
        noNodeBuiltins('The renderer has no Node.'),
      ),
    },
  },
  {
    // Only repositories touch the database; everything else reads through their hooks.
    files: [
      'renderer/src/features/**/*.{ts,tsx}',
      'renderer/src/ui/**/*.{ts,tsx}',
      'renderer/src/state/**/*.ts',
    ],
    rules: restrict(
      [
        { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
        {
          group: ['electron', 'electron/*'],
          message: 'The renderer talks to Electron through Host.',
        },
        { group: ['node:*'], message: 'The renderer has no Node.' },
        {
          group: ['dexie', '**/db/database'],
          message: 'Use a repository in renderer/src/db/repos/.',
        },
      ],
      noNodeBuiltins('The renderer has no Node.'),
    ),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }]),
  },
  {
    // The command line runs in plain Node: shared/ and Node's builtins, never Electron or the app.
    files: ['electron/cli/**/*.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*'], message: 'The command line runs without Electron.' },
      { group: ['**/renderer/**'], message: 'The command line never imports renderer/.' },
      {
        group: [
          '**/electron/main/**',
          '**/electron/preload/**',
          '../main/*',
          '../preload/*',
          '../../main/*',
          '../../preload/*',
        ],
        message: 'The command line never imports the Electron main process or preload.',
      },
    ]),
  },
  {
    files: ['tests/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
