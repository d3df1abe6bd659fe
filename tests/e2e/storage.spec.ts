import {
  CLICKED_AND_DOWNLOADED,
  PROGRESS_KEY,
  expect,
  expectFirstQuestion,
  expectPlanScreen,
  jaCommon,
  openApp,
  test,
  titlesOf,
  unfoldPlan,
  seedProgress,
} from './support';

test('still works, and says progress cannot be saved, when storage is blocked', async ({
  page,
}) => {
  await page.context().addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openApp(page);

  await expectFirstQuestion(page);
  await expect(page.getByText(jaCommon.storage.unavailable, { exact: true })).toBeVisible();

  await CLICKED_AND_DOWNLOADED.walk(page);
  await unfoldPlan(page);
  for (const title of titlesOf(CLICKED_AND_DOWNLOADED.tickable)) {
    await expect(page.getByRole('checkbox', { name: title, exact: true })).toBeVisible();
  }
  const first = titlesOf(CLICKED_AND_DOWNLOADED.tickable.slice(0, 1))[0] ?? '';
  await page.getByRole('checkbox', { name: first, exact: true }).check();
  await expect(page.getByRole('checkbox', { name: first, exact: true })).toBeChecked();
  await expect(page.getByText(jaCommon.storage.unavailable, { exact: true })).toBeVisible();
});

test('starts at the first question when the saved progress is corrupt', async ({ page }) => {
  // Truncated JSON, written once before the app's first load.
  await seedProgress(page, '{"v":1,');
  await openApp(page);

  await expectFirstQuestion(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe('{"v":1,');

  // Answering replaces the unreadable value with a readable record.
  await CLICKED_AND_DOWNLOADED.walk(page);
  const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  expect(JSON.parse(saved ?? 'null')).toMatchObject({
    v: expect.any(Number),
    flowId: 'mynaportal-phishing',
    answers: CLICKED_AND_DOWNLOADED.answers,
  });
  // Readable: the app opens on the plan again from it.
  await page.reload();
  await expectPlanScreen(page);
});
