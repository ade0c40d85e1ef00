// Lints the TypeScript with type information, and every regular expression for backtracking and
// other slips (issue: no super-linear regular expressions).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.code-server-host/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Spelling out both cases keeps case-sensitive patterns readable where case carries meaning.
      'regexp/use-ignore-case': 'off',
    },
  },
  {
    // Tests match their own known output, never a draft: backtracking there costs nothing, and
    // matching terminal colour codes is the point of some of them.
    files: ['test/**/*.ts'],
    rules: {
      'regexp/no-super-linear-move': 'off',
      'regexp/no-super-linear-backtracking': 'off',
      'no-control-regex': 'off',
    },
  },
);
