import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// eslint-disable-next-line no-restricted-syntax -- ESLint loads the default export
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-bench/', 'data/', 'src/generated/', 'coverage/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Tool configuration in CommonJS (dependency-cruiser's).
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  // The explorer's bundling script runs in Node.
  { files: ['explorer/build.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**', 'src/config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['kuzu', 'neo4j-driver'],
          patterns: [{ group: ['**/tests/**'], message: 'Production code never imports tests.' }],
        },
      ],
    },
  },
);
