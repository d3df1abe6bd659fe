import jaCheck from '../../src/i18n/locales/ja/is-it-a-scam.json' with { type: 'json' };
import {
  answer,
  expect,
  expectPlanScreen,
  heading,
  jaFlow,
  openApp,
  planStepLabels,
  test,
} from './support';

test('moves on from the scam check into the incident plan without asking a question twice', async ({
  page,
}) => {
  await openApp(page);
  await answer(page, 'what-happened', 'メールを受け取った・開いただけ');
  for (const [question, label] of [
    ['points', 'わからない'],
    ['asks-details', '求めている'],
    ['pressure', 'わからない'],
    ['sender', '関係のない会社・大学・個人などのアドレス'],
    ['after-genuine', 'わからない'],
    ['what-did-you-do', '開いたページに情報を入力した'],
  ] as const) {
    await expect(heading(page)).toHaveText(jaCheck.questions[question].title);
    await page.getByRole('button', { name: label, exact: true }).click();
  }
  // Straight to "did you send it?": what happened is already known.
  await expect(heading(page)).toHaveText(jaFlow.questions.sent.title);
  await expect(heading(page)).toBeFocused();
  await answer(page, 'sent', '途中でやめた');
  await page.getByLabel('銀行・ネットバンキングのログイン情報', { exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await answer(page, 'downloaded', 'していない');
  await answer(page, 'money-gone', 'ない');
  await expectPlanScreen(page);
  await expect(planStepLabels(page).first()).toHaveText(jaFlow.steps['close-page'].title);
  await expect(page.getByRole('checkbox', { name: jaFlow.steps['call-bank'].title })).toBeVisible();

  // A reload comes back to the same plan; "change answers" starts at the known answer, not in the check.
  await page.reload();
  await expectPlanScreen(page);
  await page.getByRole('button', { name: '回答を変える', exact: true }).click();
  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
  await expect(
    page.getByRole('button', { name: '開いたページに情報を入力した', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
});
