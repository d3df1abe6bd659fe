import jaCheck from '../../src/i18n/locales/ja/is-it-a-scam.json' with { type: 'json' };
import {
  FRONT_DOOR,
  answer,
  answerCheck,
  expect,
  expectPlanScreen,
  heading,
  jaFlow,
  openApp,
  planCheck,
  planStep,
  planStepLabels,
  stepCheckbox,
  test,
  throughFrontDoor,
} from './support';

test('moves on from the scam check into the incident plan when the person did more than open the mail', async ({
  page,
}) => {
  await openApp(page);
  await throughFrontDoor(page);
  // "Only opened" answers at once; the plan offers the check.
  await answer(page, 'what-happened', jaFlow.answers['what-happened'].opened);
  await expectPlanScreen(page);
  await page
    .getByRole('button', { name: jaFlow.steps['check-if-scam'].offer, exact: true })
    .click();

  // Five questions about the mail, then its plan.
  await expect(heading(page)).toHaveText(jaCheck.questions.points.title);
  await expect(heading(page)).toBeFocused();
  await answerCheck(page, 'points', 'わからない');
  await answerCheck(page, 'asks-details', '求めている');
  await answerCheck(page, 'pressure', 'わからない');
  await answerCheck(page, 'sender', '関係のない会社・大学・個人などのアドレス');
  await answerCheck(page, 'after-genuine', 'わからない');
  await expectPlanScreen(page);
  await expect(planStepLabels(page).first()).toHaveText(jaCheck.steps['verdict-scam'].title);

  // On second thought the person did type into the page: the check's plan offers the way back
  // to "how far did you go?", and on into the incident plan.
  await page.getByRole('button', { name: jaCheck.steps['did-more'].offer, exact: true }).click();
  await answer(page, 'what-happened', '開いたページに情報を入力した');
  await expect(heading(page)).toHaveText(jaFlow.questions.sent.title);
  await expect(heading(page)).toBeFocused();
  await answer(page, 'sent', '途中でやめた');
  await page.getByLabel('銀行・ネットバンキングのログイン情報', { exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await answer(page, 'downloaded', 'していない');
  await answer(page, 'money-gone', 'ない');
  await expectPlanScreen(page);
  await expect(planCheck(page, jaFlow.steps['close-page'].title)).toBeVisible();
  await expect(planStep(page, jaFlow.steps['call-bank'].title)).toHaveClass(/now-card/);
  await expect(await stepCheckbox(page, jaFlow.steps['call-bank'].title)).toBeVisible();

  // A reload comes back to the same plan; "change answers" starts at the known answers (the front
  // door's first), not in the check.
  await page.reload();
  await expectPlanScreen(page);
  await page.getByRole('button', { name: '回答を変える', exact: true }).click();
  const door = [
    ['arrived', jaFlow.answers.arrived[FRONT_DOOR.arrived]],
    ['claimed', jaFlow.answers.claimed[FRONT_DOOR.claimed]],
  ] as const;
  for (const [question, label] of door) {
    await expect(heading(page)).toHaveText(jaFlow.questions[question].title);
    const given = page.getByRole('button', { name: label, exact: true });
    await expect(given).toHaveAttribute('aria-pressed', 'true');
    await given.click();
  }
  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
  await expect(
    page.getByRole('button', { name: '開いたページに情報を入力した', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
});
