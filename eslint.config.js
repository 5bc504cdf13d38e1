// Flat config: typescript-eslint (syntax-only, so it stays fast), React hooks rules, jsx-a11y.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

// Containers that only catch Escape bubbling up from the controls inside them are not widgets
// themselves; pointer handlers on static elements still count.
const POINTER_HANDLERS = ['onClick', 'onMouseDown', 'onMouseUp', 'onKeyPress'];

export default defineConfig(
  {
    // Everything .gitignore lists is generated (builds, bench output, reports).
    ignores: ['dist/**', 'public/data/**', 'node_modules/**', '.e2e-dist/**', '.bench/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Same convention as tsc's noUnusedParameters: a leading underscore marks a deliberate unused name.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/app/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    extends: [jsxA11y.flatConfigs.recommended],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'jsx-a11y/no-static-element-interactions': ['error', { allowExpressionValues: true, handlers: POINTER_HANDLERS }],
      'jsx-a11y/no-noninteractive-element-interactions': ['error', { handlers: POINTER_HANDLERS }],
      // Labelled scroll containers must be focusable so keyboard users can scroll them (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  {
    // Playwright fixtures: `use` is Playwright's, and `({}, use)` is how a fixture says it needs no others.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
);
