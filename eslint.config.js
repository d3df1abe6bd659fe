import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports go one way. Each import is resolved to the file it names and checked against zones of
// folders, so how it is spelled ('../plan/x', '../../features/plan/x', a dynamic import(), an
// export … from) does not matter (tests/unit/lint-boundaries.test.ts proves it):
// - src/app wires everything together; nothing outside it imports it.
// - src/features/<name>/ is one thing the user sees (questions, plan, record, language); it may
//   import ui, i18n, progress and flow, never another feature.
// - src/ui holds what several features show: small parts (notice, buttons), and the hotline cards
//   and tap-to-call links (src/ui/hotlines/) and source lists shared by the plan and the record.
//   It may import i18n and flow; it knows no feature, no progress, no app.
// - src/progress is the saved record: it imports flow only.
// - src/i18n and src/flow are the core: flow reads i18n's secret labels and i18n reads flow's
//   types; neither imports progress, ui, a feature or the app.
const FEATURE = 'a feature imports no other feature, nor the app.';
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const zone = (target, from, message, except) => ({
  target: `./src/${target}`,
  from: from.map((dir) => `./src/${dir}`),
  message,
  ...(except && { except }),
});
const zones = [
  zone(
    'flow',
    ['features', 'app', 'progress', 'ui'],
    'flow is the core: it imports nothing above it.',
  ),
  zone('progress', ['features', 'app', 'ui', 'i18n'], 'progress may import flow only.'),
  zone(
    'ui',
    ['features', 'app', 'progress'],
    'ui is shared by features and knows none of them, nor progress or the app.',
  ),
  zone('i18n', ['features', 'app', 'progress', 'ui'], 'i18n knows no screens.'),
  ...features.map((name) => zone(`features/${name}`, ['features'], FEATURE, [`./${name}`])),
  zone('features', ['app'], FEATURE),
];

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
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Relative imports only (no aliases): the plain resolver, told about TypeScript's files.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
);
