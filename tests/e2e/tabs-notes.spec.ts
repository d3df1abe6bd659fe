import type { Page } from '@playwright/test';
import jaRecord from '../../src/i18n/locales/ja/record.json' with { type: 'json' };
import {
  CLICKED_AND_DOWNLOADED,
  PROGRESS_KEY,
  expect,
  expectPlanScreen,
  openApp,
  openStep,
  stepCheckbox,
  test,
  titlesOf,
  unfold,
} from './support';

// Issue 16, defects 1 and 2: a note in two tabs.
const [removeApp = '', reportMail = ''] = titlesOf(['remove-app', 'report-mail']);

/** Counts every localStorage write the page makes (window.__writes). */
function countWrites() {
  const setItem = Storage.prototype.setItem;
  (window as unknown as { __writes: number }).__writes = 0;
  Storage.prototype.setItem = function (key: string, value: string) {
    (window as unknown as { __writes: number }).__writes++;
    return setItem.call(this, key, value);
  };
}
const writes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __writes: number }).__writes);

/** The note field of a step, its folds opened. */
async function noteField(page: Page, title: string) {
  const step = await openStep(page, title);
  await unfold(step.locator('details.step-note-toggle'));
  return {
    field: step.getByLabel(jaRecord.stepNote.label),
    save: step.getByRole('button', { name: jaRecord.stepNote.save }),
  };
}

const storedNotes = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').notes, PROGRESS_KEY);

async function twoTabs(page: Page) {
  await page.context().addInitScript(countWrites);
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);
  const other = await page.context().newPage();
  await other.goto('/');
  await expectPlanScreen(other);
  return other;
}

test('a note shows in the other tab at once, the later one wins, and the tabs stop writing', async ({
  page,
}) => {
  const other = await twoTabs(page);
  const mine = await noteField(page, removeApp);
  const theirs = await noteField(other, removeApp);
  await mine.field.fill('受付番号 A-1');
  await mine.save.click();
  await expect(theirs.field).toHaveValue('受付番号 A-1', { timeout: 1000 });
  await theirs.field.fill('田中さん');
  await theirs.save.click();
  await expect(mine.field).toHaveValue('田中さん', { timeout: 1000 });
  // Quiet: before the fix the two tabs rewrote the note about 1,350 times a second.
  const before = (await writes(page)) + (await writes(other));
  await page.waitForTimeout(1000);
  const after = (await writes(page)) + (await writes(other));
  expect(after - before).toBe(0);
  // The tab that wrote last closes: its note stays.
  await other.close();
  expect(await storedNotes(page)).toEqual({ 'remove-app': '田中さん' });
  await page.reload();
  await expectPlanScreen(page);
  await expect((await noteField(page, removeApp)).field).toHaveValue('田中さん');
});

test('a removed note does not come back from the other tab', async ({ page }) => {
  const other = await twoTabs(page);
  const mine = await noteField(page, removeApp);
  const theirs = await noteField(other, removeApp);
  await mine.field.fill('受付番号 A-1');
  await mine.save.click();
  await expect(theirs.field).toHaveValue('受付番号 A-1', { timeout: 1000 });
  await mine.field.fill('');
  await mine.save.click();
  await expect(theirs.field).toHaveValue('', { timeout: 1000 });
  // The other tab saves something else: the note must stay removed.
  await (await stepCheckbox(other, reportMail)).check();
  await expect(await stepCheckbox(page, reportMail)).toBeChecked({ timeout: 1000 });
  expect(await storedNotes(page)).toEqual({});
  await page.reload();
  await expectPlanScreen(page);
  await expect((await noteField(page, removeApp)).field).toHaveValue('');
  await other.close();
});
