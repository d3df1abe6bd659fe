import type { Page } from '@playwright/test';
import {
  CARD_SENT_MONEY_GONE,
  CLICKED_AND_DOWNLOADED,
  ONLY_OPENED,
  expect,
  expectFirstQuestion,
  openApp,
  planFromFlowData,
  planStepLabels,
  saveScreen,
  test,
  titlesOf,
  type Journey,
} from './support';

/** The plan shows exactly the journey's steps, in its order, titled from the ja locale. */
async function expectPlanSteps(page: Page, journey: Journey) {
  // The hand-written ids must be what the flow file gives for these answers.
  expect(
    planFromFlowData(journey.answers, journey.flowData),
    'step ids from the flow file',
  ).toEqual(journey.steps);
  await expect(planStepLabels(page)).toHaveText(titlesOf(journey.steps, journey.stepTexts));
}

test('takes "only opened the mail" through the scam check to five calm steps, "almost certainly a scam" first', async ({
  page,
}) => {
  await openApp(page);
  await expectFirstQuestion(page);
  await saveScreen(page, 'question-ja');

  await ONLY_OPENED.walk(page);

  await expectPlanSteps(page, ONLY_OPENED);
});

test('shows the six steps for "opened the link and downloaded something", closing the page first', async ({
  page,
}) => {
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);

  await expectPlanSteps(page, CLICKED_AND_DOWNLOADED);
  await expect(planStepLabels(page).first()).toHaveText(titlesOf(['close-page']));
});

test('puts stopping the card before the police after "sent card details and money is gone"', async ({
  page,
}) => {
  await openApp(page);
  await CARD_SENT_MONEY_GONE.walk(page);

  await expectPlanSteps(page, CARD_SENT_MONEY_GONE);
  const shown = await planStepLabels(page).allTextContents();
  const [cardIssuer, police] = titlesOf(['call-card-issuer', 'police']);
  expect(shown.indexOf(cardIssuer ?? '')).toBeGreaterThanOrEqual(0);
  expect(shown.indexOf(cardIssuer ?? '')).toBeLessThan(shown.indexOf(police ?? ''));

  await saveScreen(page, 'plan-ja');
});
