// Lint: typescript-eslint and the React hooks rules everywhere; lib/ stays pure (no React, Next, recharts or DOM).
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'HTMLElement', 'requestAnimationFrame', 'fetch'];

export default tseslint.config(
  { ignores: ['next-env.d.ts', '.next/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ is pure TypeScript: no React.' },
            { group: ['next', 'next/*'], message: 'lib/ is pure TypeScript: no Next.js.' },
            { group: ['recharts', 'recharts/*'], message: 'lib/ computes; components draw.' },
            { group: ['@/components/*', '@/app/*'], message: 'lib/ may not depend on the UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'lib/ may not use DOM globals.' }))],
    },
  },
  {
    files: ['lib/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'lib/ holds no React components.' }] },
  },
);
