import nx from '@nx/eslint-plugin';

// The layers, top to bottom: app -> api -> domain -> authz, sessions -> db-model.
// Utilities (logging, multitasking, severity, errors) may be used by every layer and import no layer.
const UTIL = 'layer:util';
const below = {
  'layer:db-model': [UTIL],
  'layer:authz': ['layer:db-model', UTIL],
  'layer:sessions': ['layer:db-model', UTIL],
  'layer:domain': ['layer:authz', 'layer:sessions', 'layer:db-model', UTIL],
  'layer:api': ['layer:domain', 'layer:authz', 'layer:sessions', 'layer:db-model', UTIL],
  'layer:app': ['layer:api', 'layer:domain', 'layer:authz', 'layer:sessions', 'layer:db-model', UTIL],
  'layer:tools': ['layer:app', 'layer:api', 'layer:domain', 'layer:authz', 'layer:sessions', 'layer:db-model', UTIL],
  [UTIL]: [UTIL],
};
// Only the data layer talks to the store: swapping the store means rewriting db-model alone.
const STORE_PACKAGES = ['@aws-sdk/*', '@smithy/*', 'dynamodb-toolbox', 'dynamodb-toolbox/*', 'dynalite'];

export const depConstraints = Object.entries(below).map(([sourceTag, allowed]) => ({
  sourceTag,
  onlyDependOnLibsWithTags: allowed,
  ...(sourceTag === 'layer:db-model' ? {} : { bannedExternalImports: STORE_PACKAGES }),
}));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp', '**/coverage', '.nx', '**/__fixtures__/**'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.spec.ts', 'tools/**/*.ts', '**/testing/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];
