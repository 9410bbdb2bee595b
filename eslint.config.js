import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'data/', 'coverage/', 'test/e2e/screenshots/', 'bench/results/'] },
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
    // teams-ai's index also loads its AI planners, the openai client and the GPT tokenizer: 11 MB of heap (issue 15).
    files: ['bot/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@microsoft/teams-ai',
              allowTypeImports: true,
              message: "Import values from the module itself ('@microsoft/teams-ai/lib/Application.js'), not the package index.",
            },
          ],
        },
      ],
    },
  },
  {
    // Handlers route and translate; queries live in the feature's src/<feature>/repository.ts behind its service.
    files: ['bot/handlers/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: 'No SQL in a handler: add it to the feature repository.' },
        { selector: "MemberExpression[property.name='db']", message: 'No database in a handler: go through the feature service.' },
        { selector: "Property[key.name='db']", message: 'No database in a handler: go through the feature service.' },
      ],
    },
  },
  {
    // Command-line tools print their results on stdout by design.
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
