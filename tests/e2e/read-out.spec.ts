/**
 * A person whose phone is set to English: the questions and the plan are in English, and each
 * call step also shows the call script in Japanese, to read out or to show to the person on the
 * phone. The Japanese strings are fetched only when the plan needs them, from the app's own origin
 * (the shared `test` fails on any request elsewhere). The My Number step offers the line that
 * answers in English before the Japanese-only one.
 */
import type { Page, Response } from '@playwright/test';
import enCommon from '../../src/i18n/locales/en/common.json' with { type: 'json' };
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json' with { type: 'json' };
import { planFor } from '../../src/flow/plan';
import {
  CARD_SENT_MONEY_GONE,
  expect,
  flow,
  heading,
  jaCommon,
  jaFlow,
  openStep,
  test,
  throughFrontDoor,
  FIRST_QUESTION,
} from './support';

test.use({ locale: 'en-US' });

const OPENING = jaCommon.script.opening;
const CARD_LINE = '入力したのは、クレジットカードの情報です。';

/** The plan's list item for the step with this (English) title, its details opened. */
const step = (page: Page, title: string) => openStep(page, title);

async function answer(page: Page, question: keyof typeof enFlow.questions, label: string) {
  await expect(heading(page)).toHaveText(enFlow.questions[question].title);
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** Entered card details and sent them; nothing installed; money gone. In English throughout. */
async function walkToPlan(page: Page) {
  await throughFrontDoor(page, 'en');
  await answer(page, 'what-happened', enFlow.answers['what-happened'].entered);
  await answer(page, 'sent', enFlow.answers.sent.sent);
  await expect(heading(page)).toHaveText(enFlow.questions['what-entered'].title);
  await page.getByLabel(enFlow.answers['what-entered'].card, { exact: true }).check();
  await page.getByRole('button', { name: enCommon.question.next, exact: true }).click();
  await answer(page, 'downloaded', enFlow.answers.downloaded.no);
  await answer(page, 'money-gone', enFlow.answers['money-gone'].yes);
  await expect(heading(page)).toHaveText(enCommon.plan.heading);
}

/** Strings found only in the Japanese locale files: the first screen's part and the plan's. */
const JAPANESE_ONLY = [jaFlow.title, jaFlow.script.intro, OPENING];

/** Records which of the app's scripts carry Japanese strings, as they arrive. */
function watchJapaneseStrings(page: Page): { urls: string[] } {
  const seen = { urls: [] as string[] };
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('.js')) return;
    void response
      .text()
      .then((body) => {
        if (JAPANESE_ONLY.some((text) => body.includes(text))) seen.urls.push(response.url());
      })
      .catch(() => {});
  });
  return seen;
}

test('in English, each call step also shows its script in Japanese, fetched only for the plan', async ({
  page,
}) => {
  const japanese = watchJapaneseStrings(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await throughFrontDoor(page, 'en');
  await answer(page, 'what-happened', enFlow.answers['what-happened'].entered);
  await expect(heading(page)).toHaveText(enFlow.questions.sent.title);
  // Nothing Japanese has been fetched for a page in English, so far.
  expect(japanese.urls).toEqual([]);
  await page.getByRole('button', { name: enFlow.answers.sent.sent, exact: true }).click();
  await expect(heading(page)).toHaveText(enFlow.questions['what-entered'].title);
  await page.getByLabel(enFlow.answers['what-entered'].card, { exact: true }).check();
  await page.getByRole('button', { name: enCommon.question.next, exact: true }).click();
  await answer(page, 'downloaded', enFlow.answers.downloaded.no);
  await answer(page, 'money-gone', enFlow.answers['money-gone'].yes);
  await expect(heading(page)).toHaveText(enCommon.plan.heading);

  const card = await step(page, enFlow.steps['call-card-issuer'].title);
  const readOut = card.locator('section.read-out');
  await expect(
    readOut.getByRole('heading', { name: enCommon.readOut.heading, exact: true }),
  ).toBeVisible();
  const lines = readOut.locator('[lang="ja"] p');
  await expect(lines.first()).toHaveText(OPENING);
  await expect(lines.filter({ hasText: CARD_LINE })).toBeVisible();
  await expect(lines.filter({ hasText: jaFlow.script.intro })).toBeVisible();
  // The English script stays beside it.
  await expect(
    card.getByText('What I entered: Credit card details.', { exact: true }),
  ).toBeVisible();
  // Large enough to read out or show across a table: bigger than the text around it.
  const size = (selector: string) =>
    card
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('[lang="ja"] p')).toBeGreaterThanOrEqual(1.25 * (await size('.step-body > p')));

  // Every step with a call script has one (the answers walked are CARD_SENT_MONEY_GONE's); the
  // Japanese arrived from this app's own scripts.
  const scripted = planFor(flow, CARD_SENT_MONEY_GONE.answers).filter(
    (id) => flow.steps[id]?.script,
  );
  await expect(page.locator('section.read-out [lang="ja"]')).toHaveCount(scripted.length);
  await expect.poll(() => japanese.urls.length).toBeGreaterThan(0);
});

test('the My Number step offers the line that answers in English first, and says so', async ({
  page,
}) => {
  await page.goto('/');
  await walkToPlan(page);
  // On its card, the English line is the number shown first.
  const card = page
    .locator('.plan li.now-card')
    .filter({ has: page.locator('.step-title', { hasText: enFlow.steps['call-mynumber'].title }) });
  await expect(card.locator('.hotline-number').first()).toHaveText('0120-0178-26');
  await expect(card.locator('.hotline-number').first()).toBeVisible();
  const myNumber = await step(page, enFlow.steps['call-mynumber'].title);
  await expect(
    myNumber.getByText(
      'There is a line in English: 0120-0178-26 or 0120-0178-27. Call it first; it is listed first below.',
      { exact: true },
    ),
  ).toBeVisible();
  const hrefs = await myNumber
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['tel:0120-0178-26', 'tel:0120-0178-27', 'tel:0120-95-0178']);
  // Each number is still shown large, to dial by hand, with its copy button.
  await expect(myNumber.locator('.hotline-number').first()).toHaveText('0120-0178-26');
  await expect(
    myNumber.getByRole('button', { name: `${enCommon.hotline.copy} 0120-0178-26`, exact: true }),
  ).toBeVisible();
});

test.describe('while the Japanese strings are on their way', () => {
  // Routes see the app's own requests only when no service worker answers them.
  test.use({ serviceWorkers: 'block' });

  test('the block keeps its place, and the page does not jump when they arrive', async ({
    page,
  }) => {
    await page.goto('/');
    await walkToPlan(page);
    // Hold back the scripts that carry the Japanese strings, as a slow phone would.
    const release: (() => void)[] = [];
    await page.route('**/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(OPENING) || body.includes(jaFlow.script.intro))
        await new Promise<void>((resolve) => release.push(resolve));
      await route.fulfill({ response, body });
    });
    await page.reload();
    await expect(heading(page)).toHaveText(enCommon.plan.heading);

    const card = await step(page, enFlow.steps['call-card-issuer'].title);
    const readOut = card.locator('section.read-out');
    await expect(
      readOut.getByRole('heading', { name: enCommon.readOut.heading, exact: true }),
    ).toBeVisible();
    await expect(readOut).toHaveAttribute('aria-busy', 'true');
    await expect(readOut.locator('[lang="ja"]')).toHaveCount(0);
    await expect.poll(() => release.length).toBeGreaterThan(0);

    // The person is reading this step when the strings arrive.
    await readOut.scrollIntoViewIfNeeded();
    const below = card.locator('.hotline, .step-note');
    const before = await below.first().boundingBox();
    const shifts = await page.evaluateHandle(() => {
      const seen = { total: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          seen.total += entry.value;
      }).observe({ type: 'layout-shift' });
      return seen;
    });
    for (const go of release.splice(0)) go();
    await expect(readOut.locator('[lang="ja"] p').first()).toHaveText(OPENING);
    await expect(readOut).not.toHaveAttribute('aria-busy', 'true');
    const after = await below.first().boundingBox();
    // What follows the block moved by less than one line of its text.
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(40);
    expect(await shifts.evaluate((s) => s.total)).toBeLessThan(0.05);
  });
});

test('offline after one visit in English, the Japanese block comes from the service worker', async ({
  page,
}) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(enFlow.questions[FIRST_QUESTION].title);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await walkToPlan(page);
  const readOut = (await step(page, enFlow.steps['call-card-issuer'].title)).locator(
    'section.read-out',
  );
  await expect(readOut.locator('[lang="ja"] p').first()).toHaveText(OPENING);
  await expect(readOut.getByText(enCommon.readOut.failed)).toHaveCount(0);
});
