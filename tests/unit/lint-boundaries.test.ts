// ESLint runs here through its Node API on made-up files inside src/, so the project's own
// eslint.config.js (and its import zones) applies to them exactly as it does to real files.
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

const FEATURE = 'a feature imports no other feature, nor the app.';
const FLOW = 'flow is the core: it imports nothing above it.';
const PROGRESS = 'progress may import flow only.';
const UI = 'ui is shared by features and knows none of them, nor progress or the app.';
const I18N = 'i18n knows no screens.';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The errors ESLint reports for `code` written in `file` (a path inside the project). */
async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2);
}

const importing = (path: string) =>
  `import * as other from '${path}';\nexport const used = other;\n`;

describe('import boundaries', () => {
  it.each([
    // Spelled through src/features/, so no pattern on the import string alone sees a sibling.
    ['src/features/record/x.tsx', '../../features/plan/plan-screen', FEATURE],
    ['src/features/record/x.tsx', '../plan/plan-screen', FEATURE],
    ['src/features/plan/x.tsx', './../record/record-screen', FEATURE],
    ['src/features/record/x.tsx', '../../app/app', FEATURE],
    ['src/flow/x.ts', '../ui/notice', FLOW],
    ['src/flow/x.ts', '../progress/keys', FLOW],
    ['src/flow/x.ts', '../features/plan/plan-screen', FLOW],
    ['src/progress/x.ts', '../ui/notice', PROGRESS],
    ['src/progress/x.ts', '../ui/hotlines/hotline-card', PROGRESS],
    ['src/progress/x.ts', '../i18n/readings', PROGRESS],
    ['src/progress/x.ts', '../app/app', PROGRESS],
    ['src/ui/x.tsx', '../features/plan/plan-screen', UI],
    ['src/ui/hotlines/x.tsx', '../../progress/keys', UI],
    ['src/ui/x.tsx', '../app/app', UI],
    ['src/i18n/x.ts', '../ui/notice', I18N],
    ['src/i18n/x.ts', '../features/record/record-screen', I18N],
    ['src/i18n/x.ts', '../app/app', I18N],
  ])('%s may not import %s', async (file, path, message) => {
    const errors = await lint(file, importing(path));
    expect(errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining(message) }),
    ]);
  });

  it('also stops a sibling feature loaded late, passed on or named with .js', async () => {
    const file = 'src/features/record/x.tsx';
    const late = `export const load = () => import('../../features/plan/plan-screen');\n`;
    const passedOn = `export { PlanScreen } from '../../features/plan/plan-screen';\n`;
    const dotJs = importing('../plan/plan-screen.js');
    for (const code of [late, passedOn, dotJs]) {
      expect(await lint(file, code)).toEqual([
        expect.objectContaining({ message: expect.stringContaining(FEATURE) }),
      ]);
    }
  });

  it.each([
    ['src/features/record/x.tsx', './record-time'],
    ['src/features/record/x.tsx', '../../ui/hotlines/hotline-card'],
    ['src/features/plan/x.tsx', '../../ui/source-list'],
    ['src/features/plan/x.tsx', '../../flow/tel'],
    ['src/features/plan/x.tsx', '../../progress/keys'],
    ['src/features/plan/x.tsx', '../../i18n/readings'],
    ['src/ui/x.tsx', '../flow/registry'],
    ['src/ui/x.tsx', '../i18n/readings'],
    ['src/progress/x.ts', '../flow/types'],
    ['src/i18n/x.ts', '../flow/plan'],
    ['src/flow/x.ts', '../i18n/secret-labels.json'],
    ['src/app/x.tsx', '../features/plan/plan-screen'],
  ])('%s may import %s', async (file, path) => {
    expect(await lint(file, importing(path))).toEqual([]);
  });
});
