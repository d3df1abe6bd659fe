/**
 * The picture a plan's step shows follows how the message arrived, on a 390 × 844 phone: after an
 * SMS, the drawing of an SMS (its sender line, and the link not to tap); after a mail, the mail
 * header with its real address. In every language: the drawing is one image named by its caption,
 * its numbered labels are under it, the plan with it open passes axe (light, and dark for
 * contrast), and nothing is cut off or outside the screen; at 150 % text, nothing in the step
 * or elsewhere on the plan is. A screenshot of the step is kept with the test's
 * output (`--output DIR`), for people to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { LANGUAGES } from '../../src/i18n/languages';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import type { Answers } from '../../src/flow/types';
import { nameOf, textContentOf } from './readings-support';
import { atOpenHours, expect, heading, openStep, test } from './support';
import {
  MAIN_FLOW,
  answerQuestion,
  appReady,
  layoutProblems,
  readTexts,
  text,
  walkFor,
  type Texts,
} from './locale-support';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PHONE = { width: 390, height: 844 };

/** Only opened the message, who it claimed to be unknown: the sender step is for later. */
const openedAfter = (arrived: string): Answers => ({
  arrived,
  claimed: 'other',
  'what-happened': 'opened',
});

/** Opens the app in this language, walks to the plan for these answers, opens the step. */
async function openPictureStep(page: Page, lng: string, answers: Answers, step: string) {
  const texts = readTexts(lng);
  await atOpenHours(page);
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    LANGUAGE_KEY,
    lng,
  ] as const);
  await page.goto('/');
  await appReady(page);
  for (const move of walkFor(answers).moves) await answerQuestion(page, texts, move);
  await expect(heading(page)).toHaveText(textContentOf(text(texts, 'common', 'plan.heading')));
  return openStep(page, textContentOf(text(texts, MAIN_FLOW, `steps.${step}.title`)));
}

async function axeViolations(page: Page, dark = false): Promise<string[]> {
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  axe = dark ? axe.withRules(['color-contrast']).include('.step-picture') : axe.withTags(AXE_TAGS);
  const results = await axe.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/**
 * What a person would see break in this part of the page: a box reaching outside the screen or
 * wider than itself, a shape or text of the drawing cut off by its edge.
 */
async function cutOff(part: Locator): Promise<string[]> {
  return part.evaluate((root) => {
    const screen = window.innerWidth;
    const problems: string[] = [];
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const what = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.left < -1 || box.right > screen + 1) problems.push(`${what} is outside the screen`);
      if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${what}: content ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
      const drawing =
        el instanceof SVGSVGElement ? null : el.closest('svg')?.getBoundingClientRect();
      if (
        drawing &&
        (box.left < drawing.left - 1 ||
          box.right > drawing.right + 1 ||
          box.top < drawing.top - 1 ||
          box.bottom > drawing.bottom + 1)
      )
        problems.push(`${what} is cut off by the drawing's edge`);
    }
    return problems;
  });
}

const caption = (texts: Texts, picture: string) =>
  nameOf(text(texts, 'common', `pictures.${picture}.caption`));

test.use({ viewport: PHONE });

for (const lng of LANGUAGES) {
  test(`${lng}: after an SMS the plan draws the SMS, labelled, passing axe, whole at 150 % text`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(60_000); // A journey, axe twice and screenshots, on a busy machine.
    const texts = readTexts(lng);
    const step = await openPictureStep(page, lng, openedAfter('sms'), 'check-sms-sender');
    const picture = step.getByRole('img', { name: caption(texts, 'smsSender'), exact: true });
    await expect(picture).toBeVisible();
    await expect(page.getByRole('img', { name: caption(texts, 'senderAddress') })).toHaveCount(0);
    // The labels, numbered like the markers: the sender line, then the link not to tap.
    const labels = step.locator('.step-picture-labels > li');
    await expect(labels).toHaveText([
      textContentOf(text(texts, 'common', 'pictures.smsSender.senderLabel')),
      textContentOf(text(texts, 'common', 'pictures.smsSender.linkLabel')),
    ]);
    await expect(labels.last()).toHaveClass('look-here');
    await step.scrollIntoViewIfNeeded();
    await step.screenshot({ path: testInfo.outputPath(`sms-sender-${lng}.png`) });

    expect.soft(await layoutProblems(page), `the plan at ${PHONE.width} px`).toEqual([]);
    expect.soft(await cutOff(step), `the step at ${PHONE.width} px`).toEqual([]);
    expect.soft(await axeViolations(page), 'axe on the plan').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await axeViolations(page, true), 'axe on the picture, dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Through the CSSOM: the page's CSP refuses a style element.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '150%'));
    await expect(labels.first()).toBeVisible();
    expect.soft(await cutOff(step), 'the step at 150 % text').toEqual([]);
    expect.soft(await cutOff(page.locator('main')), 'the whole plan at 150 % text').toEqual([]);
    // The labels grew with the text (the drawing scales with the card, not with the text).
    const size = await labels.first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(size).toBeGreaterThanOrEqual(1.5 * 0.9 * 16 - 0.5);
    await step.scrollIntoViewIfNeeded();
    await step.screenshot({ path: testInfo.outputPath(`sms-sender-${lng}-150.png`) });
  });
}

test('after a mail the plan draws the mail header and its real address, not the SMS', async ({
  page,
}, testInfo) => {
  const texts = readTexts('ja');
  const step = await openPictureStep(page, 'ja', openedAfter('mail'), 'check-sender');
  await expect(
    step.getByRole('img', { name: caption(texts, 'senderAddress'), exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: caption(texts, 'smsSender') })).toHaveCount(0);
  expect(await layoutProblems(page), `the plan at ${PHONE.width} px`).toEqual([]);
  expect(await cutOff(step), `the step at ${PHONE.width} px`).toEqual([]);
  await step.screenshot({ path: testInfo.outputPath('sender-address-ja.png') });
});
