/**
 * "Who did it claim to be?" has twelve answers. On a 390 × 844 phone they sit in two columns, so
 * the last one (わからない・その他) is on the first screen; at 150 % text two columns would break
 * each answer over many short lines, so they stack in one column, each as wide as the list.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, heading, jaFlow, openApp, test } from './support';

const SCREEN = { width: 390, height: 844 };

async function boxes(answers: Locator) {
  const all = await answers.all();
  return Promise.all(
    all.map(async (answer) => {
      const box = await answer.boundingBox();
      if (!box) throw new Error('an answer has no box');
      return box;
    }),
  );
}

async function toClaimedQuestion(page: Page) {
  await page.getByRole('button', { name: jaFlow.answers.arrived.sms, exact: true }).click();
  await expect(heading(page)).toHaveText(jaFlow.questions.claimed.title);
  return page.locator('.answers .answer');
}

test.use({ viewport: SCREEN, locale: 'ja-JP' });

test('at 100 % text: two columns, the last answer on the first screen', async ({ page }) => {
  await openApp(page);
  const answers = await toClaimedQuestion(page);
  const [first, second] = await boxes(answers);
  expect(second?.y, 'the second answer is beside the first').toBe(first?.y);
  const last = await answers.last().boundingBox();
  expect(last, 'the last answer has a box').not.toBeNull();
  expect((last?.y ?? Infinity) + (last?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
});

test('at 150 % text: one column, each answer as wide as the list', async ({ page }) => {
  await openApp(page);
  // Through the CSSOM: the page's CSP refuses a style element.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
  const answers = await toClaimedQuestion(page);
  const list = await page.locator('.answers').boundingBox();
  const all = await boxes(answers);
  expect(all.length).toBeGreaterThan(6);
  for (const [i, box] of all.entries()) {
    expect(box.width, `answer ${i + 1} spans the list`).toBeGreaterThan((list?.width ?? 0) * 0.9);
    if (i > 0)
      expect(box.y, `answer ${i + 1} is below the one before`).toBeGreaterThan(all[i - 1]?.y ?? 0);
  }
});
