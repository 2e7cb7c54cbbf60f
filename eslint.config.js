// Lint: typescript-eslint's recommended rules (flat config), without type information (fast on
// small machines), relaxed where the codebase has settled patterns. Run with `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', '.data/', '.tmp/', 'server/bench-results/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Rows from pg, GraphQL sources and parsed JSON are typed `any` at the edges on purpose.
      '@typescript-eslint/no-explicit-any': 'warn',
      // `const { millis: _millis, ...rest } = report` leaves a field out; `_x` marks what is unused.
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true,
      }],
      // `r.inserted ? inserted++ : updated++` counts rows.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
    },
  },
  {
    files: ['web/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
