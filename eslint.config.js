import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'data/', 'coverage/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // src/ is the pure domain: Teams and the bot layer translate to it, never the other way round.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)bot(/|$)', message: 'src/ never imports from bot/: move the shared part into src/.' },
            { regex: '^(botbuilder|@microsoft/teams-ai)(/|$)', message: 'src/ never imports Teams libraries: translate in bot/.' },
          ],
        },
      ],
    },
  },
  {
    // Command-line tools print their results on stdout by design.
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
