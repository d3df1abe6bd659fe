import type { Page } from '@playwright/test';
import enCommon from '../../src/i18n/locales/en/common.json' with { type: 'json' };
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json' with { type: 'json' };
import {
  CARD_SENT_MONEY_GONE,
  expect,
  expectFirstQuestion,
  heading,
  jaCommon,
  jaFlow,
  test,
  throughFrontDoor,
  FIRST_QUESTION,
} from './support';

/** Waits until the app is live (hydrated or drawn) and not hidden. */
async function expectLive(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('html')).not.toHaveAttribute('data-restoring');
}

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/** First visit online; then the service worker serves everything and the network goes away. */
async function goOffline(page: Page): Promise<void> {
  await page.goto('/');
  await expectLive(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await controlled(page))) await page.reload();
  await expect.poll(() => controlled(page)).toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  await expectLive(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

async function tickAndReload(page: Page, title: string, plan: string): Promise<void> {
  const box = page.getByRole('checkbox', { name: title, exact: true });
  await box.check();
  await expect(box).toBeChecked();
  await page.reload();
  await expectLive(page);
  await expect(heading(page)).toHaveText(plan);
  await expect(page.getByRole('checkbox', { name: title, exact: true })).toBeChecked();
}

test.describe('with the network off after the first visit', () => {
  test('the Japanese journey reaches the plan, and a tick survives a reload', async ({ page }) => {
    await goOffline(page);
    await expectFirstQuestion(page);

    await CARD_SENT_MONEY_GONE.walk(page);
    // The hotline sheet: the card issuer's number is there to tap.
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
    await tickAndReload(page, jaFlow.steps['call-card-issuer'].title, jaCommon.plan.heading);
  });

  test('English loads from the cache, reaches the plan, and keeps a tick and the language over a reload', async ({
    page,
  }) => {
    await goOffline(page);
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(heading(page)).toHaveText(enFlow.questions[FIRST_QUESTION].title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await throughFrontDoor(page, 'en');
    const answers = enFlow.answers;
    await page.getByRole('button', { name: answers['what-happened'].clicked, exact: true }).click();
    await expect(heading(page)).toHaveText(enFlow.questions.downloaded.title);
    await page.getByRole('button', { name: answers.downloaded.yes, exact: true }).click();
    await expect(heading(page)).toHaveText(enFlow.questions['money-gone'].title);
    await page.getByRole('button', { name: answers['money-gone'].no, exact: true }).click();
    await expect(heading(page)).toHaveText(enCommon.plan.heading);

    await tickAndReload(page, enFlow.steps['airplane-mode'].title, enCommon.plan.heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('the first question is in the page before any script runs, and hydrates without a change', async ({
  page,
  browser,
  baseURL,
}) => {
  // No JavaScript at all: what the HTML itself shows.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const noScript = await context.newPage();
  await noScript.goto('/');
  await expect(heading(noScript)).toHaveText(jaFlow.questions[FIRST_QUESTION].title);
  // The page holds the first question in every language; without /restore.js, Japanese shows.
  const served = await noScript.locator('#root > [data-first-screen="ja"]').innerHTML();
  await context.close();

  // With scripts: hydration adopts that DOM as it is (a mismatch would log an error: the guard),
  // and the other languages' first screens are gone.
  await page.goto('/');
  await expectLive(page);
  expect(await page.locator('#root > [data-first-screen]').innerHTML()).toBe(served);
});
