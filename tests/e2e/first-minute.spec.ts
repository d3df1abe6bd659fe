/**
 * The first minute on a 390 × 844 phone: for each journey (through the front door: a mail that
 * claimed to be マイナポータル) the first "now" card is the action that protects the person, and its
 * action is on screen without scrolling, in Japanese and in English. The plan's height with the
 * later parts folded is recorded for the closing note.
 */
import type { Page } from '@playwright/test';
import enCommon from '../../src/i18n/locales/en/common.json' with { type: 'json' };
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json' with { type: 'json' };
import { NOW_CARDS } from '../../src/flow/plan';
import { expect, heading, jaCommon, jaFlow, openApp, test, throughFrontDoor } from './support';

const SCREEN = { width: 390, height: 844 };
type Texts = { lng: string; flow: typeof jaFlow; common: typeof jaCommon };
const JA: Texts = { lng: 'ja', flow: jaFlow, common: jaCommon };
const LANGUAGES: Array<[string, string, Texts]> = [
  ['ja', 'ja-JP', JA],
  [
    'en',
    'en-US',
    { lng: 'en', flow: enFlow as typeof jaFlow, common: enCommon as typeof jaCommon },
  ],
];
/** The front door's taps (what arrived, who it claimed to be), made by throughFrontDoor. */
const FRONT_DOOR_TAPS = 2;

type Move = ['tap', string] | ['tick', string[]];
interface Journey {
  name: string;
  moves: (t: Texts) => Move[];
  first: keyof typeof jaFlow.steps;
}

const typed = (
  t: Texts,
  sent: 'sent' | 'part-way',
  what: string[],
  money: 'yes' | 'no',
): Move[] => [
  ['tap', t.flow.answers['what-happened'].entered],
  ['tap', t.flow.answers.sent[sent]],
  ['tick', what],
  ['tap', t.flow.answers.downloaded.no],
  ['tap', t.flow.answers['money-gone'][money]],
];

const JOURNEYS: Journey[] = [
  {
    name: 'only opened',
    moves: (t) => [['tap', t.flow.answers['what-happened'].opened]],
    first: 'dont-touch',
  },
  {
    name: 'clicked and installed an app',
    moves: (t) => [
      ['tap', t.flow.answers['what-happened'].clicked],
      ['tap', t.flow.answers.downloaded.yes],
      ['tap', t.flow.answers['money-gone'].no],
    ],
    first: 'airplane-mode',
  },
  {
    name: 'card typed part way',
    moves: (t) => typed(t, 'part-way', [t.flow.answers['what-entered'].card], 'no'),
    first: 'call-card-issuer',
  },
  {
    name: 'card and PIN sent, money gone',
    moves: (t) =>
      typed(
        t,
        'sent',
        [t.flow.answers['what-entered'].card, t.flow.answers['what-entered'].mynaportal],
        'yes',
      ),
    first: 'call-card-issuer',
  },
  {
    name: 'bank login sent',
    moves: (t) => typed(t, 'sent', [t.flow.answers['what-entered'].bank], 'no'),
    first: 'call-bank',
  },
];

async function walk(page: Page, moves: Move[], t: Texts): Promise<number> {
  await throughFrontDoor(page, t.lng);
  let taps = FRONT_DOOR_TAPS;
  for (const [kind, what] of moves) {
    if (kind === 'tap') {
      await page.getByRole('button', { name: what, exact: true }).click();
      taps += 1;
    } else {
      for (const label of what) await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: t.common.question.next, exact: true }).click();
      taps += what.length + 1;
    }
  }
  await expect(heading(page)).toHaveText(t.common.plan.heading);
  return taps;
}

for (const [lng, locale, texts] of LANGUAGES) {
  test.describe(`the first minute in ${lng}`, () => {
    test.use({ locale, viewport: SCREEN });

    for (const journey of JOURNEYS) {
      test(`${journey.name}: the first "now" card is the protective action, above the fold`, async ({
        page,
      }, testInfo) => {
        await openApp(page);
        const taps = await walk(page, journey.moves(texts), texts);

        const now = page.locator('.plan-now');
        await expect(now.getByRole('heading', { level: 2 })).toHaveText(texts.common.plan.now);
        const cards = now.locator('li.now-card');
        expect(await cards.count()).toBeLessThanOrEqual(NOW_CARDS);
        const first = cards.first();
        await expect(first.locator('.step-title')).toHaveText(
          texts.flow.steps[journey.first].title,
        );
        // Its one big action: the line to do, a tap-to-call link, or the offer's button.
        const action = first.locator('.now-body').locator('.big-action, a.call, p').first();
        await expect(action).toBeVisible();
        const box = await action.boundingBox();
        expect(box, 'the first action has a box').not.toBeNull();
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);

        // The later parts are folded by default; the page stays short.
        for (const part of await page.locator('details.plan-part').all()) {
          await expect(part).not.toHaveAttribute('open');
        }
        const nowBottom = await now.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        testInfo.annotations.push({
          type: 'first minute',
          description: `${lng} ${journey.name}: ${taps} taps, first action bottom ${Math.round((box?.y ?? 0) + (box?.height ?? 0))} px, "now" ends at ${Math.round(nowBottom)} px, plan ${height} px`,
        });
        // Aim: 1.5 screens; the bound keeps "now" from growing back into a wall.
        expect(nowBottom).toBeLessThanOrEqual(SCREEN.height * 2.75);
      });
    }
  });
}

test.describe('at 150 % text size', () => {
  test.use({ viewport: SCREEN, locale: 'ja-JP' });

  test('card typed part way: the card company is still first and on screen', async ({ page }) => {
    await openApp(page);
    // Through the CSSOM: the page's CSP refuses a style element.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
    const t = JA;
    await walk(page, typed(t, 'part-way', [jaFlow.answers['what-entered'].card], 'no'), t);
    const first = page.locator('.plan-now li.now-card').first();
    await expect(first.locator('.step-title')).toHaveText(jaFlow.steps['call-card-issuer'].title);
    // Without scrolling, the action's first line is on screen (its top 24 px and more above the fold).
    const box = await first.locator('.big-action').boundingBox();
    expect(box, 'the action has a box').not.toBeNull();
    expect(box?.y ?? SCREEN.height).toBeLessThanOrEqual(SCREEN.height - 24);
  });
});

test('only opened answers at once: one tap from "how far did you get?" to the plan', async ({
  page,
}) => {
  await openApp(page);
  await throughFrontDoor(page);
  await page
    .getByRole('button', { name: jaFlow.answers['what-happened'].opened, exact: true })
    .click();
  await expect(heading(page)).toHaveText(jaCommon.plan.heading);
  await expect(page.getByText(jaFlow.steps['dont-touch'].title)).toBeVisible();
  // The scam check is an offer, not a detour.
  await page.getByRole('button', { name: jaFlow.steps['check-if-scam'].offer }).click();
  await expect(heading(page)).not.toHaveText(jaCommon.plan.heading);
});

test.describe('a return visit', () => {
  test.use({ viewport: SCREEN, locale: 'ja-JP' });

  test('opens on "continuing from last time", with the done step folded to its title and time', async ({
    page,
  }) => {
    await openApp(page);
    const t = JA;
    await walk(page, typed(t, 'part-way', [jaFlow.answers['what-entered'].card], 'no'), t);
    const card = jaFlow.steps['call-card-issuer'].title;
    await page.getByRole('checkbox', { name: card, exact: true }).check();

    await page.reload();
    await expect(heading(page)).toHaveText(jaCommon.plan.heading);
    const resume = page.locator('.resume-line');
    await expect(resume).toBeVisible();
    // What is left: every tickable step but the one done; next is the first one not done.
    await expect(resume).toContainText(jaFlow.steps['close-page'].title);
    await expect(resume).toHaveText(/前回\(.+\)の続きです。残り \d+ 件。/);
    const done = page.locator('li.now-card.done');
    await expect(done.locator('.step-title')).toHaveText(card);
    await expect(done.locator('.done-at')).toBeVisible();
    await expect(done.locator('.now-body')).toHaveCount(0);
    // Folded: its details stay closed, one tap away for a note.
    await expect(done.locator('.step-more')).not.toHaveAttribute('open');
  });
});

test('the question counter goes on into the scam check instead of starting again', async ({
  page,
}) => {
  await openApp(page);
  const counter = page.locator('.question .progress-text');
  await expect(counter).toHaveText(/質問 1 \//);
  await throughFrontDoor(page);
  await expect(counter).toHaveText(/質問 3 \//);
  await page
    .getByRole('button', { name: jaFlow.answers['what-happened']['not-sure'], exact: true })
    .click();
  // The front door and "what did you do?" were answered before it: five questions are left, not six.
  await expect(counter).toHaveText('質問 4 / 8');
  await page.reload();
  await expect(counter).toHaveText('質問 4 / 8');
});
