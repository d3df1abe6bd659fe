/**
 * The layout holds with the longest strings of every language on a 320 px screen (a small phone,
 * or a 640 px one at 200 % zoom). The "longest" locale takes, for every key of Japanese, the widest
 * value any locale has (CJK characters counted twice) and ends short texts (headings, labels,
 * buttons, names) with a 25-letter word that has nowhere to break. The build's own Japanese chunks
 * are answered with it, so the app is tested as built. Walks chosen from the flow files show every
 * question of every flow, the "choose at least one" error and every step in a plan; the first walk
 * also opens the language list, ticks steps, saves a note, has a card number refused, asks to
 * start over, and opens "My record" and its "delete everything" question. Notices about storage
 * are opened too. On every screen: no sideways scrolling, no content wider than its box, no text
 * outside the screen or cut off.
 */
import type { Page } from '@playwright/test';
import jaLanguage from '../../src/i18n/locales/ja/language.json' with { type: 'json' };
import { withoutReadings } from './readings-support';
import {
  CLICKED_AND_DOWNLOADED,
  atOpenHours,
  expect,
  heading,
  planStepLabels,
  test,
  seedProgress,
} from './support';
import {
  LONG_WORD,
  answerQuestion,
  appReady,
  coveringWalks,
  layoutProblems,
  leaves,
  longestLocale,
  openAllDetails,
  questionTitle,
  readTexts,
  serveAsJapanese,
  text,
  textWidth,
  type ServedTexts,
  type Texts,
  type TextTree,
  type Walk,
} from './locale-support';

const LONGEST = longestLocale();
/**
 * The longest texts, shown as Japanese: readings written in brackets (from やさしい日本語) are
 * drawn as ruby only on a やさしい日本語 page, above the line, so here they are left out.
 */
const T: Texts = withoutReadingsIn(LONGEST.texts);
const WALKS = coveringWalks();
const WIDTH = 320;
/** The walk each question is first seen in: its screen is checked there, not again. */
const FIRST_WALK = new Map<string, number>();
for (const [index, walk] of WALKS.entries()) {
  for (const m of walk.moves) {
    if (!FIRST_WALK.has(`${m.flow}:${m.question}`))
      FIRST_WALK.set(`${m.flow}:${m.question}`, index);
  }
}

function withoutReadingsIn(texts: Texts): Texts {
  const strip = (tree: TextTree): TextTree =>
    Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [
        key,
        typeof value === 'string'
          ? withoutReadings(value)
          : typeof value === 'object' && value !== null
            ? strip(value)
            : value,
      ]),
    );
  return Object.fromEntries(Object.entries(texts).map(([ns, tree]) => [ns, strip(tree)]));
}

test.use({
  viewport: { width: WIDTH, height: 640 },
  // The texts are served by page.route, which a service worker would go around.
  serviceWorkers: 'block',
});

/** Opens the app with the longest texts in place of Japanese; `seed` runs first in the page. */
async function openLongest(page: Page, seed?: () => void): Promise<ServedTexts> {
  const served = await serveAsJapanese(page, T);
  if (seed) await page.addInitScript(seed);
  // Any key of the app makes the page draw its own first screen rather than adopt the
  // pre-rendered Japanese one (which these texts would not match).
  await page.addInitScript(() => {
    try {
      localStorage.setItem('first-aid:e2e-longest', '1');
    } catch {
      // Storage that refuses writes already makes the page draw its own screen.
    }
  });
  await page.goto('/');
  await appReady(page);
  expect(served.served(), 'Japanese chunks answered with the longest texts').toBeGreaterThan(0);
  return served;
}

/** Records what overflows on this screen; the test goes on, so one run finds every screen. */
async function expectFits(page: Page, screen: string): Promise<void> {
  expect.soft(await layoutProblems(page), `${screen} at ${WIDTH} px`).toEqual([]);
}

const describeWalk = (walk: Walk) =>
  `${walk.moves.length} questions to the ${walk.planFlow} plan of ${walk.steps.length} steps`;

test('the longest locale has every key of Japanese, none narrower', () => {
  test.info().annotations.push({
    type: 'longest locale',
    description: `values from ${JSON.stringify(LONGEST.from)}; ${LONGEST.stretched} short texts end with ${LONG_WORD}; ${WALKS.length} walks: ${WALKS.map(describeWalk).join('; ')}`,
  });
  const ja = readTexts('ja');
  for (const [ns, tree] of Object.entries(ja)) {
    const longest = new Map(leaves(LONGEST.texts[ns] ?? {}));
    expect([...longest.keys()], `keys of ${ns}`).toEqual(leaves(tree).map(([path]) => path));
    const narrower = leaves(tree).filter(
      ([path, value]) =>
        typeof value === 'string' && textWidth(String(longest.get(path) ?? '')) < textWidth(value),
    );
    expect(narrower, `texts of ${ns} narrower than Japanese`).toEqual([]);
  }
  expect(Object.keys(LONGEST.from).length, 'values come from several languages').toBeGreaterThan(1);
  expect(LONGEST.stretched).toBeGreaterThan(0);
});

for (const [index, walk] of WALKS.entries()) {
  test(`walk ${index + 1} (${describeWalk(walk)}): every screen fits ${WIDTH} px with the longest strings`, async ({
    page,
  }) => {
    // Every line open: the plan keeps the flow file's order.
    await atOpenHours(page);
    const served = await openLongest(page);
    const first = walk.moves[0];
    if (first) await expect(heading(page)).toHaveText(questionTitle(T, first));
    if (index === 0) {
      // The language list, open over the first question. Its words are bundled, not fetched
      // (src/i18n/load-i18n.ts), so they stay Japanese here: the names are the same everywhere.
      const switcher = page.getByRole('navigation', { name: jaLanguage.label });
      await switcher.getByRole('button', { expanded: false }).click();
      await expect(switcher.getByRole('listitem')).not.toHaveCount(0);
      await expectFits(page, 'first question with the language list open');
      await page.keyboard.press('Escape');
      await expect(switcher.getByRole('listitem').first()).toBeHidden();
    }

    for (const move of walk.moves) {
      const fresh = FIRST_WALK.get(`${move.flow}:${move.question}`) === index;
      await answerQuestion(page, T, move, fresh ? (screen) => expectFits(page, screen) : undefined);
    }

    await expect(heading(page)).toHaveText(text(T, 'common', 'plan.heading'));
    await expect(planStepLabels(page)).toHaveText(
      walk.steps.map((s) => text(T, walk.planFlow, `steps.${s}.title`)),
    );
    await openAllDetails(page);
    await expectFits(page, `${walk.planFlow} plan (${walk.steps.length} steps)`);
    if (index > 0) return;

    // A plan in use: ticked steps with their times, a saved note, a refused one (on steps not
    // ticked: a done step folds its details).
    const steps = page.locator('.plan .steps > li').filter({ has: page.getByRole('checkbox') });
    await steps.nth(0).getByRole('checkbox').check();
    await steps.nth(3).getByRole('checkbox').check();
    const save = text(T, 'record', 'stepNote.save');
    await steps.nth(1).getByRole('textbox').fill('受付番号 20261129-0042-77051 Tanaka');
    await steps.nth(1).getByRole('button', { name: save, exact: true }).click();
    await steps.nth(2).getByRole('textbox').fill('4111 1111 1111 1111');
    await steps.nth(2).getByRole('button', { name: save, exact: true }).click();
    await expect(steps.nth(2).getByRole('alert')).toHaveText(
      text(T, 'record', 'stepNote.secret.card'),
    );
    await expectFits(page, 'plan with ticks, a note and a refused note');

    await page
      .getByRole('button', { name: text(T, 'common', 'plan.restart'), exact: true })
      .click();
    await expect(page.getByText(text(T, 'common', 'plan.restartConfirm'))).toBeVisible();
    await expectFits(page, 'plan, asking to start over');
    await page
      .getByRole('button', { name: text(T, 'common', 'plan.restartNo'), exact: true })
      .click();

    await page.getByRole('button', { name: text(T, 'record', 'open'), exact: true }).click();
    await expect(heading(page)).toHaveText(text(T, 'record', 'heading'));
    await expect(page.getByText('20261129-0042-77051', { exact: true })).toBeVisible();
    await expectFits(page, 'my record');
    await page
      .getByRole('button', { name: text(T, 'record', 'delete.button'), exact: true })
      .click();
    await expect(page.getByText(text(T, 'record', 'delete.confirm'))).toBeVisible();
    await expectFits(page, 'my record, asking to delete everything');
    expect(served.served(), 'every Japanese chunk was answered with the longest texts').toBe(
      served.chunks,
    );
  });
}

test(`the notice about a newer version's record fits ${WIDTH} px with the longest strings`, async ({
  page,
}) => {
  const newer = JSON.stringify({
    v: 99,
    flowId: 'mynaportal-phishing',
    flowVersion: 1,
    answers: CLICKED_AND_DOWNLOADED.answers,
    ticks: {},
    updatedAt: '2026-11-20T01:02:00.000Z',
  });
  await seedProgress(page, newer);
  await openLongest(page);
  await expect(page.getByText(text(T, 'common', 'storage.newer'))).toBeVisible();
  await expect(
    page.getByRole('button', { name: text(T, 'common', 'storage.newerDelete'), exact: true }),
  ).toBeVisible();
  await expectFits(page, 'first question with the newer-record notice');
});

test(`the notice about full storage fits ${WIDTH} px with the longest strings`, async ({
  page,
}) => {
  await openLongest(page, () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
  });
  await expect(page.getByText(text(T, 'common', 'storage.full'))).toBeVisible();
  await expectFits(page, 'first question with the storage-full notice');
});
