import {
  CLICKED_AND_DOWNLOADED,
  PROGRESS_KEY,
  expect,
  expectPlanScreen,
  openApp,
  test,
  titlesOf,
  unfoldPlan,
} from './support';

// The two "now" cards and the first step for today (its part is opened in each tab).
const [first = '', second = '', third = ''] = titlesOf(CLICKED_AND_DOWNLOADED.tickable.slice(0, 3));
const box = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('checkbox', { name, exact: true });
const stored = (page: import('@playwright/test').Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);

test.describe('two tabs of the app', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await CLICKED_AND_DOWNLOADED.walk(page);
    await unfoldPlan(page);
  });

  test('show each other’s ticks within a second', async ({ page }) => {
    const other = await page.context().newPage();
    await other.goto('/');
    await expectPlanScreen(other);
    await unfoldPlan(other);

    await box(page, first).check();
    await expect(box(other, first)).toBeChecked({ timeout: 1000 });
    await box(other, second).check();
    await expect(box(page, second)).toBeChecked({ timeout: 1000 });
    await box(other, first).uncheck();
    await expect(box(page, first)).not.toBeChecked({ timeout: 1000 });
    await other.close();
  });

  test('lose nothing when both tick at once, and do not bring back an untick', async ({ page }) => {
    const other = await page.context().newPage();
    await other.goto('/');
    await expectPlanScreen(other);
    await unfoldPlan(other);

    await Promise.all([box(page, first).check(), box(other, second).check()]);
    for (const p of [page, other]) {
      await expect(box(p, first)).toBeChecked({ timeout: 1000 });
      await expect(box(p, second)).toBeChecked({ timeout: 1000 });
    }
    await box(other, first).uncheck();
    await box(page, third).check();
    for (const p of [page, other]) {
      await expect(box(p, first)).not.toBeChecked({ timeout: 1000 });
      await expect(box(p, third)).toBeChecked({ timeout: 1000 });
    }
    const record = await stored(page);
    expect(Object.keys(record.ticks).sort()).toEqual(
      [CLICKED_AND_DOWNLOADED.tickable[1], CLICKED_AND_DOWNLOADED.tickable[2]].sort(),
    );
    await other.close();
  });

  test('follow a start over in the other tab', async ({ page }) => {
    const other = await page.context().newPage();
    await other.goto('/');
    await box(other, first).check();
    await page.evaluate((key) => localStorage.removeItem(key), PROGRESS_KEY);
    await expect(other.getByRole('heading', { level: 1 })).not.toHaveText(/いまやること/, {
      timeout: 1000,
    });
    await other.close();
  });
});

test('keeps a tick made just before an immediate reload', async ({ page }) => {
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);
  await box(page, first).click();
  await page.reload();
  await expectPlanScreen(page);
  await expect(box(page, first)).toBeChecked();
});
