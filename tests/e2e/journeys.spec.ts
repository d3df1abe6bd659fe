import type { Page } from '@playwright/test';
import { planFor, planSections } from '../../src/flow/plan';
import {
  CARD_SENT_MONEY_GONE,
  CLICKED_AND_DOWNLOADED,
  ONLY_OPENED,
  SCAM_CHECK,
  atOpenHours,
  expect,
  expectFirstQuestion,
  flow,
  jaCommon,
  openApp,
  planCheck,
  planStep,
  planStepLabels,
  saveScreen,
  test,
  titlesOf,
  type Journey,
} from './support';

/**
 * The plan shows exactly the journey's steps, part by part in its order, titled from the ja
 * locale: the checks on top, the "now" cards, then the folded "today" and "later" parts.
 */
async function expectPlanSteps(page: Page, journey: Journey) {
  // The hand-written ids must be what the flow file gives for these answers, by the app's rule
  // (src/flow/plan.ts) with every line open.
  const { checks, now, today, later } = journey;
  const data = journey.flowData ?? flow;
  expect(planSections(data, journey.answers), 'plan parts from the flow file').toEqual({
    checks,
    now,
    today,
    later,
  });
  expect(planFor(data, journey.answers), 'every step, in order').toEqual([
    ...checks,
    ...journey.steps,
  ]);
  const titles = (ids: readonly string[]) => titlesOf(ids, journey.stepTexts);

  await expect(page.locator('.plan .plan-check')).toHaveCount(checks.length);
  for (const title of titles(checks)) await expect(planCheck(page, title)).toBeVisible();
  await expect(planStepLabels(page)).toHaveText(titles(journey.steps));

  const nowPart = page.locator('.plan .plan-now');
  await expect(nowPart.getByRole('heading', { level: 2 })).toHaveText(jaCommon.plan.now);
  await expect(nowPart.locator('li.now-card .step-title')).toHaveText(titles(now));
  for (const title of titles(now)) {
    await expect(planStep(page, title).locator('.step-title')).toBeVisible();
  }
  for (const [part, ids] of [
    ['today', today],
    ['later', later],
  ] as const) {
    const details = page.locator(`.plan details.plan-${part}`);
    if (ids.length === 0) {
      await expect(details).toHaveCount(0);
      continue;
    }
    // Folded, with its count in the summary; its steps show once it is opened.
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator(':scope > summary')).toHaveText(
      `${jaCommon.plan[part]} (${ids.length}件)`,
    );
    await expect(details.locator('li.step-row .step-title')).toHaveText(titles(ids));
    await expect(details.locator('li.step-row').first()).toBeHidden();
    await details.locator(':scope > summary').click();
    for (const title of titles(ids)) {
      await expect(planStep(page, title).locator('.step-title')).toBeVisible();
    }
  }
}

test.beforeEach(async ({ page }) => {
  await atOpenHours(page);
});

test('takes "only opened the mail" in one tap to a calm plan: do not touch the mail first, the scam check offered', async ({
  page,
}) => {
  await openApp(page);
  await expectFirstQuestion(page);
  await saveScreen(page, 'question-ja');

  await ONLY_OPENED.walk(page);

  await expectPlanSteps(page, ONLY_OPENED);
  await expect(page.getByRole('button', { name: '詐欺か確かめる', exact: true })).toBeVisible();
});

test('takes "not done anything yet" through the five questions of the scam check to five calm steps, "almost certainly a scam" first', async ({
  page,
}) => {
  await openApp(page);
  await SCAM_CHECK.walk(page);

  await expectPlanSteps(page, SCAM_CHECK);
  await expect(planStepLabels(page).first()).toHaveText(
    titlesOf(['verdict-scam'], SCAM_CHECK.stepTexts),
  );
});

test('shows the steps for "opened the link and downloaded something", asking first whether the page is closed', async ({
  page,
}) => {
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);

  await expectPlanSteps(page, CLICKED_AND_DOWNLOADED);
  const [closePage = ''] = titlesOf(['close-page']);
  const check = planCheck(page, closePage);
  await expect(check.getByRole('checkbox', { name: jaCommon.plan.checkDone })).not.toBeChecked();
  // The check comes before the first card.
  const checkBox = await check.boundingBox();
  const firstCard = await page.locator('.plan li.now-card').first().boundingBox();
  expect(checkBox?.y ?? Infinity).toBeLessThan(firstCard?.y ?? 0);
  await expect(planStepLabels(page).first()).toHaveText(titlesOf(['airplane-mode']));
});

test('puts stopping the card before the police after "sent card details and money is gone"', async ({
  page,
}) => {
  await openApp(page);
  await CARD_SENT_MONEY_GONE.walk(page);

  await expectPlanSteps(page, CARD_SENT_MONEY_GONE);
  const shown = await planStepLabels(page).allTextContents();
  const [cardIssuer, police] = titlesOf(['call-card-issuer', 'police']);
  expect(shown.indexOf(cardIssuer ?? '')).toBe(0);
  expect(shown.indexOf(cardIssuer ?? '')).toBeLessThan(shown.indexOf(police ?? ''));

  await saveScreen(page, 'plan-ja');
});
