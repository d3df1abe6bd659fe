import jaRecord from '../../src/i18n/locales/ja/record.json' with { type: 'json' };
import {
  CLICKED_AND_DOWNLOADED,
  PROGRESS_KEY,
  expect,
  expectFirstQuestion,
  expectPlanScreen,
  jaCommon,
  openApp,
  stepCheckbox,
  test,
  titlesOf,
  seedProgress,
} from './support';

// Issue 16, defects 3, 6, 7, 8, 9 and 10: storage can neither crash the app nor be misreported.
const [reportMail = ''] = titlesOf(['report-mail']);

const record = (parts: Record<string, unknown>) =>
  JSON.stringify({
    v: 4,
    flowId: 'mynaportal-phishing',
    flowVersion: 2,
    answers: CLICKED_AND_DOWNLOADED.answers,
    answeredAt: '2026-11-20T01:00:00.000Z',
    ticks: {},
    unticked: {},
    notes: {},
    mailArrivedAt: '',
    details: {},
    updatedAt: '2026-11-20T01:00:00.000Z',
    ...parts,
  });

for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
  test(`opens, not a blank page, when a stored answer is keyed "${name}"`, async ({ page }) => {
    await seedProgress(page, record({}).replace('"answers":{', `"answers":{"${name}":"x",`));
    await openApp(page);
    await expectPlanScreen(page);
    await expect(page.getByText(jaCommon.storage.recovered, { exact: true })).toBeVisible();
    await (await stepCheckbox(page, reportMail)).check();
    await page.reload();
    await expect(await stepCheckbox(page, reportMail)).toBeChecked();
  });
}

test('says so when stored times are impossible (year 0001, 30 February)', async ({ page }) => {
  await seedProgress(
    page,
    record({
      mailArrivedAt: '0001-01-01T00:00:00.000Z',
      ticks: { 'report-mail': '2026-02-30T10:00:00.000Z' },
    }),
  );
  await openApp(page);
  await expectPlanScreen(page);
  await expect(page.getByText(jaCommon.storage.recovered, { exact: true })).toBeVisible();
  await expect(await stepCheckbox(page, reportMail)).not.toBeChecked();
});

test('gives no false "cannot save" notice and leaves no probe key when removeItem throws', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.removeItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);
  await page.reload();
  await expectPlanScreen(page);
  await expect(page.getByText(jaCommon.storage.unavailable, { exact: true })).toBeHidden();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).not.toContain('first-aid:probe');
});

test('says at once, before any tap, that progress cannot be kept when getItem throws', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await openApp(page);
  await expect(page.getByText(jaCommon.storage.unavailable, { exact: true })).toBeVisible();
});

test('says "deleted" only when the removal worked', async ({ page }) => {
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);
  await page.evaluate(() => {
    Storage.prototype.removeItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.getByRole('button', { name: jaRecord.open, exact: true }).click();
  await page.getByRole('button', { name: jaRecord.delete.button, exact: true }).click();
  await page.getByRole('button', { name: jaRecord.delete.yes, exact: true }).click();
  await expectFirstQuestion(page);
  await expect(page.getByText(jaRecord.delete.failed)).toBeAttached();
  await expect(page.getByText(jaRecord.delete.done)).not.toBeAttached();
});

test('delete everything wins over a tick the other tab makes before it hears of it', async ({
  page,
}) => {
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);
  const other = await page.context().newPage();
  // The other tab hears of storage changes late (a busy tab: events queue up behind its work).
  await other.addInitScript(() => {
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListener, options?: boolean) =>
      type === 'storage'
        ? add(type, (event) => setTimeout(() => listener(event), 800), options)
        : add(type, listener, options)) as typeof window.addEventListener;
  });
  await other.goto('/');
  await expectPlanScreen(other);
  const box = await stepCheckbox(other, reportMail);
  await page.getByRole('button', { name: jaRecord.open, exact: true }).click();
  await page.getByRole('button', { name: jaRecord.delete.button, exact: true }).click();
  await page.getByRole('button', { name: jaRecord.delete.yes, exact: true }).click();
  await expectFirstQuestion(page);
  // Before its event arrives, the other tab ticks: before the fix, its save wrote everything back.
  await box.click();
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText(jaCommon.plan.heading, {
    timeout: 3000,
  });
  await other.waitForTimeout(1000);
  const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  expect(stored === null ? {} : JSON.parse(stored).answers).toEqual({});
  await page.reload();
  await expectFirstQuestion(page);
  await other.close();
});
