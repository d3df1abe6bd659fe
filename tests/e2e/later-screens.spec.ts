import {
  CLICKED_AND_DOWNLOADED,
  expect,
  expectPlanScreen,
  jaCommon,
  openApp,
  test,
  throughFrontDoor,
  unfoldPlan,
} from './support';

// The plan comes in a chunk fetched after the first answer (src/app/later-screens.tsx). Here the
// network fails it, as on a first visit that loses its signal half-way (no service worker yet).
test.use({
  serviceWorkers: 'block',
  // The browser's line for the failed fetch, and React's for the error its boundary caught.
  expectedConsoleError:
    /^(Failed to load resource: net::ERR_INTERNET_DISCONNECTED|TypeError: Failed to fetch dynamically imported module: .*\/plan-screen-[\w-]+\.js)$/,
});

test('says so calmly when the plan cannot be fetched, and shows it on "try again"', async ({
  page,
}) => {
  let failing = true;
  await page.route('**/assets/plan-screen-*.js', (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await openApp(page);
  await throughFrontDoor(page);
  await page.getByRole('button', { name: 'メール・SMSのリンクを開いた', exact: true }).click();
  await page.getByRole('button', { name: 'した', exact: true }).click();
  await page.getByRole('button', { name: 'ない', exact: true }).click();

  const problem = page.getByRole('alert');
  await expect(problem).toContainText(jaCommon.loading.failed);
  // Nothing is lost: the answers are saved, and the way back still works.
  expect(await page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);

  failing = false;
  await problem.getByRole('button', { name: jaCommon.loading.retry }).click();
  await expectPlanScreen(page);
  await unfoldPlan(page);
  // The one-line check and every step with a tick box.
  await expect(page.getByRole('checkbox')).toHaveCount(
    CLICKED_AND_DOWNLOADED.checks.length + CLICKED_AND_DOWNLOADED.tickable.length,
  );
});
