import {
  answer,
  expect,
  heading,
  jaCommon,
  jaFlow,
  openApp,
  test,
  throughFrontDoor,
} from './support';

test('keeps the chosen answer marked after going back', async ({ page }) => {
  await openApp(page);
  await throughFrontDoor(page);
  const chosen = jaFlow.answers['what-happened'].clicked;
  await answer(page, 'what-happened', chosen);
  await expect(heading(page)).toHaveText(jaFlow.questions.downloaded.title);

  await page.getByRole('button', { name: jaCommon.question.back, exact: true }).click();

  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
  for (const label of Object.values(jaFlow.answers['what-happened'])) {
    await expect(page.getByRole('button', { name: label, exact: true })).toHaveAttribute(
      'aria-pressed',
      label === chosen ? 'true' : 'false',
    );
  }
});
