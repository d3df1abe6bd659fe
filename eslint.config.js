import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports go one way: app → features → flow / progress / ui / i18n. No feature imports another.
const layer = (files, regex, message) => ({
  files: [`src/${files}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results*', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: use Trans for markup in text.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML.',
        },
        {
          selector: 'Literal[value=/^tel:#/]',
          message: 'A raw # in a tel: link is lost; use telHref() (tel:%23…).',
        },
      ],
    },
  },
  layer('flow', '/(features|app|progress|ui)/', 'flow is the core: it imports nothing above it.'),
  layer('progress', '/(features|app|ui)/', 'progress may import flow only.'),
  layer('ui', '/(features|app|progress)/', 'ui is shared by features and knows none of them.'),
  layer('i18n', '/(features|app|progress|ui)/', 'i18n knows no screens.'),
  // Inside src/features/<name>/, "../x" can only be a sibling feature.
  layer('features', '^\\.\\./[^.]|/app/', 'a feature imports no other feature, nor the app.'),
);
