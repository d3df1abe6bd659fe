/**
 * Accessibility of every screen, found from the flow file rather than listed by hand: every
 * question (walked along answer paths chosen so that each question is seen), the "choose at least
 * one" error, the plan for several answer sets (sources opened) and the restart confirmation; in
 * Japanese and English, at 375 px and 1280 px. On each: axe (WCAG 2.0/2.1 A+AA, 2.2 AA) with zero
 * violations, in light and, at 375 px, dark mode (contrast); focus on the new screen's heading;
 * words in the other language marked with their own `lang`. At 375 px
 * every control is at least 44 × 44 CSS px; at 320 px (a 640 px screen at 200 % zoom) nothing
 * scrolls sideways. Japanese screens at 375 px are saved under test-results/screens/.
 *
 * UPDATE_DOCS_SCREENS=1 also rewrites the README's images, docs/question.png and docs/plan.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import enCommon from '../../src/i18n/locales/en/common.json' with { type: 'json' };
import languageNames from '../../src/i18n/locales/ja/language.json' with { type: 'json' };
import { walk } from '../../src/flow/path';
import { planFor } from '../../src/flow/plan';
import type { Answers } from '../../src/flow/types';
import { FLOWS, flowOf, MAIN_FLOW, readTexts, type FlowData } from './locale-support';
import { expect, heading, jaCommon, openApp, saveScreen, test } from './support';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const MIN_TARGET = 44;

// ---------------------------------------------------------------------------------------------
// The flows, as data: which answer paths to walk.

/** Which steps the plan shows, to tell answer sets with different plans apart. */
const planKey = (data: FlowData, answers: Answers): string =>
  `${data.id}: ${planFor(data, answers).join(' ')}`;

interface Move {
  flow: string;
  question: string;
  answer: string | string[];
  /** Changed on the plan with its 「変える」 button: an answer the flow was entered with. */
  fromPlan?: boolean;
}
interface Path {
  moves: Move[];
  /** The flow whose plan the path ends on, and the plan's steps. */
  plan: string;
}

/**
 * Paths from the main flow's first question to a plan, across hand-offs. A multi question is
 * answered with all its options; of the answers leading to the same place, only the first is taken.
 */
function allPaths(): Path[] {
  const paths: Path[] = [];
  /** `preset`: the answers this flow was entered with; its plan lets the person change them. */
  const visit = (flowId: string, answers: Answers, moves: Move[], preset: Answers = {}) => {
    const data = flowOf(flowId);
    const question = walk(data, answers).pending;
    if (question === undefined) {
      paths.push({ moves, plan: planKey(data, answers) });
      for (const [changed, given] of Object.entries(preset)) {
        const q = data.questions[changed];
        if (!q || q.kind === 'multi') continue;
        if (moves.some((m) => m.flow === flowId && m.question === changed)) continue;
        const places = new Set<string>();
        for (const [answer, to] of Object.entries(q.answers)) {
          const place = JSON.stringify([to.next, to.flow, to.set]);
          if (answer === given || places.has(place)) continue;
          places.add(place);
          const move = { flow: flowId, question: changed, answer, fromPlan: true };
          if (to.flow) visit(to.flow, to.set ?? {}, [...moves, move], to.set ?? {});
          else visit(flowId, { ...answers, [changed]: answer }, [...moves, move]);
        }
      }
      return;
    }
    if (moves.some((m) => m.flow === flowId && m.question === question)) return; // a loop
    const q = data.questions[question];
    if (!q) throw new Error(`${flowId}: unknown question ${question}`);
    if (q.kind === 'multi') {
      const move = { flow: flowId, question, answer: q.options };
      visit(flowId, { ...answers, [question]: q.options }, [...moves, move]);
      return;
    }
    const places = new Set<string>();
    for (const [answer, to] of Object.entries(q.answers)) {
      const place = JSON.stringify([to.next, to.flow, to.set]);
      if (places.has(place)) continue;
      places.add(place);
      const move = { flow: flowId, question, answer };
      if (to.flow) visit(to.flow, to.set ?? {}, [...moves, move], to.set ?? {});
      else visit(flowId, { ...answers, [question]: answer }, [...moves, move], preset);
    }
  };
  visit(MAIN_FLOW, {}, []);
  return paths;
}

/**
 * The paths to walk: the longest first until every question of every flow has been seen, then
 * the shortest path to each plan not yet seen.
 */
function pathsToWalk(): Path[] {
  const every = allPaths();
  const chosen: Path[] = [];
  const seen = new Set<string>();
  const key = (m: Move) => `${m.flow}:${m.question}`;
  for (const path of [...every].sort((a, b) => b.moves.length - a.moves.length)) {
    if (path.moves.some((m) => !seen.has(key(m)))) {
      chosen.push(path);
      for (const m of path.moves) seen.add(key(m));
    }
  }
  const plans = new Set(chosen.map((p) => p.plan));
  for (const path of [...every].sort((a, b) => a.moves.length - b.moves.length)) {
    if (!plans.has(path.plan)) {
      chosen.push(path);
      plans.add(path.plan);
    }
  }
  const reachable = Object.values(FLOWS).filter((f) =>
    [...seen].some((k) => k.startsWith(`${f.id}:`)),
  );
  const missing = reachable.flatMap((f) =>
    Object.keys(f.questions)
      .map((q) => `${f.id}:${q}`)
      .filter((k) => !seen.has(k)),
  );
  if (missing.length > 0) throw new Error(`No path reaches ${missing.join(', ')}`);
  return chosen;
}

const PATHS = pathsToWalk();
const SCREENS_PER_WALK = (() => {
  const questions = new Set(PATHS.flatMap((p) => p.moves.map((m) => `${m.flow}:${m.question}`)));
  const multis = [...questions].filter((k) => {
    const [flowId = '', question = ''] = k.split(':');
    return flowOf(flowId).questions[question]?.kind === 'multi';
  });
  // Every question, the "choose at least one" error, each plan, and the restart question.
  return questions.size + multis.length + PATHS.length + 1;
})();

// ---------------------------------------------------------------------------------------------
// The text a person sees, per language.

type Lng = 'ja' | 'en';
interface FlowText {
  questions: Record<string, { title: string } | undefined>;
  answers: Record<string, Record<string, string> | undefined>;
}
const COMMON: Record<Lng, typeof jaCommon> = { ja: jaCommon, en: enCommon };
// As the screens read them: a flow's with its lures' (src/i18n/locales/<lng>/lures/).
const flowText = (lng: Lng, flowId: string): FlowText =>
  readTexts(lng)[flowId] as unknown as FlowText;

function titleOf(lng: Lng, flowId: string, question: string): string {
  const title = flowText(lng, flowId).questions[question]?.title;
  if (!title) throw new Error(`No ${lng} title for ${flowId} question ${question}`);
  return title;
}
function labelOf(lng: Lng, flowId: string, question: string, answer: string): string {
  const label = flowText(lng, flowId).answers[question]?.[answer];
  if (!label) throw new Error(`No ${lng} label for ${flowId} ${question}.${answer}`);
  return label;
}

// ---------------------------------------------------------------------------------------------
// Checks run on each screen.

/**
 * axe over the page, or only over `part` (for a state that adds a little to a screen already
 * checked whole); in dark mode only contrast changes, so only contrast is checked.
 */
async function expectNoAxeViolations(
  page: Page,
  where: string,
  { part, dark }: { part?: string; dark?: boolean } = {},
): Promise<void> {
  // options() replaces every option set before it (the tags or rules): it comes first.
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  axe = dark ? axe.withRules(['color-contrast']) : axe.withTags(AXE_TAGS);
  if (part) axe = axe.include(part);
  const results = await axe.analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe on ${where}`).toEqual([]);
}

/**
 * The clickable area of every control on the screen. A checkbox counts with its label (a tap on
 * either ticks it): the box around both.
 */
async function targetSizes(page: Page): Promise<{ what: string; w: number; h: number }[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const visible = (r: DOMRect) => r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0;
    const out: { what: string; w: number; h: number }[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('[hidden], [aria-hidden="true"]')) continue;
      let rect = el.getBoundingClientRect();
      // The skip link waits off-screen until it has focus (the keyboard test measures it then).
      if (!visible(rect)) continue;
      const box = el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type);
      const labels = box ? Array.from(el.labels ?? []) : [];
      for (const label of labels) {
        const l = label.getBoundingClientRect();
        const left = Math.min(rect.left, l.left);
        const top = Math.min(rect.top, l.top);
        rect = new DOMRect(
          left,
          top,
          Math.max(rect.right, l.right) - left,
          Math.max(rect.bottom, l.bottom) - top,
        );
      }
      const name =
        labels.map((l) => l.textContent ?? '').join(' ') ||
        el.getAttribute('aria-label') ||
        el.textContent ||
        '';
      out.push({
        what: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 30)}"`,
        w: Math.round(rect.width * 10) / 10,
        h: Math.round(rect.height * 10) / 10,
      });
    }
    return out;
  });
}

/**
 * Text in the other language that is not marked with its own `lang`: Japanese in an English page,
 * English words in a Japanese page (acronyms such as IP are read well either way).
 */
async function unmarkedOtherLanguage(page: Page, lng: Lng): Promise<string[]> {
  return page.evaluate((pageLng) => {
    const words =
      pageLng === 'ja'
        ? /[A-Za-z]{2,}[a-z]/
        : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      // Numbers and addresses are marked translate="no" (they are in no language); a drawing is
      // read by its caption alone.
      const skip = '[translate="no"], svg, [role="img"], script, style';
      if (!parent || !words.test(text) || parent.closest(skip)) continue;
      // Marked with any language but the page's (the switcher names each language in itself).
      if (parent.closest('[lang]')?.getAttribute('lang') === pageLng) found.push(text.slice(0, 60));
    }
    return found;
  }, lng);
}

interface Setup {
  lng: Lng;
  width: number;
  /** At 375 px: dark-mode contrast, control sizes, and no sideways scrolling at 320 px. */
  phone: boolean;
}

const SETUPS: Setup[] = [
  { lng: 'ja', width: 375, phone: true },
  { lng: 'en', width: 375, phone: true },
  { lng: 'ja', width: 1280, phone: false },
  { lng: 'en', width: 1280, phone: false },
];
/** A 640 px wide screen at 200 % zoom. */
const ZOOMED_WIDTH = 320;

interface Tally {
  screens: string[];
  axeRuns: number;
  smallest: { what: string; w: number; h: number; screen: string } | undefined;
}

/**
 * Checks one screen. `part`: only this part is new (axe looks there only). `dark`: also check
 * contrast in dark mode (once for each kind of screen: the colours are shared).
 */
async function checkScreen(
  page: Page,
  setup: Setup,
  screen: string,
  tally: Tally,
  { part, dark = true }: { part?: string; dark?: boolean } = {},
): Promise<void> {
  tally.screens.push(screen);
  // Sources are folded away; axe must see them too.
  await page.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
  });
  const where = `${screen} (${setup.lng}, ${setup.width} px)`;
  await expectNoAxeViolations(page, where, { part });
  tally.axeRuns += 1;
  expect(await unmarkedOtherLanguage(page, setup.lng), `lang marks on ${where}`).toEqual([]);
  if (!setup.phone) return;

  if (dark) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, `${where}, dark`, { part, dark: true });
    tally.axeRuns += 1;
    await page.emulateMedia({ colorScheme: 'light' });
  }

  const sizes = await targetSizes(page);
  expect(sizes.length, `controls on ${where}`).toBeGreaterThan(0);
  const small = sizes.filter((s) => s.w < MIN_TARGET || s.h < MIN_TARGET);
  expect(small, `controls under ${MIN_TARGET} × ${MIN_TARGET} px on ${where}`).toEqual([]);
  for (const s of sizes) {
    const least = tally.smallest ? Math.min(tally.smallest.w, tally.smallest.h) : Infinity;
    if (Math.min(s.w, s.h) < least) tally.smallest = { ...s, screen };
  }

  if (setup.lng === 'ja') await saveScreen(page, screen);

  await page.setViewportSize({ width: ZOOMED_WIDTH, height: 800 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(
    scrollWidth,
    `no sideways scrolling on ${screen} at ${ZOOMED_WIDTH} px`,
  ).toBeLessThanOrEqual(clientWidth);
  await page.setViewportSize({ width: setup.width, height: 800 });
}

/** With UPDATE_DOCS_SCREENS=1, the README's pictures: Japanese, 375 px, what a phone shows first. */
async function saveDocsScreen(page: Page, setup: Setup, name: 'question' | 'plan') {
  if (!process.env.UPDATE_DOCS_SCREENS || setup.lng !== 'ja' || !setup.phone) return;
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: `docs/${name}.png` });
}

/** The new screen's heading has focus, so a screen reader starts there. */
async function expectScreen(page: Page, title: string) {
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
}

for (const setup of SETUPS) {
  const what = setup.phone ? 'axe (light and dark), 44 px targets and 200 % zoom' : 'axe';
  test(`every screen passes ${what} in ${setup.lng} at ${setup.width} px`, async ({ page }) => {
    test.setTimeout(180_000); // Many screens on one page; slow when the machine is busy.
    const { lng } = setup;
    const common = COMMON[lng];
    const tally: Tally = { screens: [], axeRuns: 0, smallest: undefined };
    const seen = new Set<string>();
    await page.setViewportSize({ width: setup.width, height: 800 });
    await openApp(page);
    if (lng !== 'ja') {
      await page.getByRole('button', { name: 'Language' }).click();
      await page.getByRole('button', { name: languageNames.names[lng], exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
    }
    const start = titleOf(lng, MAIN_FLOW, flowOf(MAIN_FLOW).start);

    for (const [index, path] of PATHS.entries()) {
      for (const [i, { flow, question, answer, fromPlan }] of path.moves.entries()) {
        const title = titleOf(lng, flow, question);
        if (fromPlan) {
          // On the plan: the question's own 「変える」 button opens it.
          await expectScreen(page, common.plan.heading);
          await page
            .getByRole('button', {
              name: common.plan.changeOneLabel.replace('{{question}}', title),
              exact: true,
            })
            .click();
        }
        // The very first screen keeps focus where the browser put it.
        if (index === 0 && i === 0) await expect(heading(page)).toHaveText(title);
        else await expectScreen(page, title);
        const screen = `${flow}-${question}`;
        if (index === 0 && i === 0) await saveDocsScreen(page, setup, 'question');
        if (!seen.has(screen)) {
          seen.add(screen);
          const kind = flowOf(flow).questions[question]?.kind;
          const firstOfKind = !seen.has(`kind:${kind}`);
          seen.add(`kind:${kind}`);
          await checkScreen(page, setup, screen, tally, { dark: firstOfKind });
        }
        if (Array.isArray(answer)) {
          const next = page.getByRole('button', { name: common.question.next, exact: true });
          if (!seen.has(`${screen}-error`)) {
            seen.add(`${screen}-error`);
            await next.click();
            await expect(page.getByRole('alert')).toHaveText(common.question.chooseAtLeastOne);
            await checkScreen(page, setup, `${screen}-error`, tally, { part: 'main form' });
          }
          for (const option of answer) {
            await page.getByLabel(labelOf(lng, flow, question, option), { exact: true }).check();
          }
          await next.click();
        } else {
          const label = labelOf(lng, flow, question, answer);
          await page.getByRole('button', { name: label, exact: true }).click();
        }
      }

      await expectScreen(page, common.plan.heading);
      if (index === 0) await saveDocsScreen(page, setup, 'plan');
      const planFlow = path.moves.at(-1)?.flow ?? MAIN_FLOW;
      const answers = path.moves.map((m) => [m.answer].flat().join('+')).join('-');
      await checkScreen(page, setup, `${planFlow}-plan-${index + 1}-${answers}`, tally);

      await page.getByRole('button', { name: common.plan.restart, exact: true }).click();
      await expect(page.getByText(common.plan.restartConfirm, { exact: true })).toBeFocused();
      if (index === 0)
        await checkScreen(page, setup, 'restart-confirm', tally, { part: '.confirm' });
      await page.getByRole('button', { name: common.plan.restartYes, exact: true }).click();
      await expectScreen(page, start);
    }

    expect(tally.screens).toHaveLength(SCREENS_PER_WALK);
    const summary = { setup, paths: PATHS.length, ...tally };
    await test.info().attach('summary', {
      body: JSON.stringify(summary, null, 2),
      contentType: 'application/json',
    });
    const smallest = tally.smallest
      ? `; smallest control ${tally.smallest.w} × ${tally.smallest.h} px (${tally.smallest.what}, ${tally.smallest.screen})`
      : '';
    console.log(
      `a11y ${lng} ${setup.width} px: ${tally.screens.length} screens, ${tally.axeRuns} axe runs, 0 violations${smallest}`,
    );
  });
}
