import {
  CARD_SENT_MONEY_GONE,
  CLICKED_AND_DOWNLOADED,
  expect,
  jaCommon,
  openApp,
  openStep,
  planStep,
  stepCheckbox,
  test,
  titlesOf,
  unfoldPlan,
} from './support';

test('offers tap-to-call links whose tel: numbers keep the # of #9110', async ({ page }) => {
  await openApp(page);
  await CARD_SENT_MONEY_GONE.walk(page);
  // #9110 and 0120-95-0178 are on the "now" cards; 188 is a step for today, under its details.
  await unfoldPlan(page);
  await openStep(page, titlesOf(['consumer-188'])[0] ?? '');

  const calls = [
    { number: '#9110', href: 'tel:%239110' },
    { number: '188', href: 'tel:188' },
    { number: '0120-95-0178', href: 'tel:0120-95-0178' },
  ];
  for (const { number, href } of calls) {
    const name = jaCommon.hotline.call.replace('{{number}}', number);
    const link = page.getByRole('link', { name, exact: true });
    await expect(link, name).toHaveCount(1);
    await expect(link).toHaveAttribute('href', href);
    // The number itself is on screen, for dialling by hand.
    await expect(page.getByText(number, { exact: true })).toBeVisible();
  }

  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const telHrefs = hrefs.filter((href) => href.toLowerCase().startsWith('tel:'));
  expect(telHrefs.length).toBeGreaterThanOrEqual(calls.length);
  // A raw # starts a URL fragment: the phone would dial nothing (or 9110 without the #).
  expect(hrefs.filter((href) => /^tel:#/i.test(href))).toEqual([]);
  for (const href of telHrefs) expect(href).toMatch(/^tel:(%23)?[0-9-]+$/);
});

test('keeps two ticked steps and their times after a reload', async ({ page }) => {
  // A fixed clock (Tokyo time, see the config) makes the recorded time known.
  await page.clock.setFixedTime(new Date('2025-11-29T10:15:00+09:00'));
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);

  // The one-line check and the steps with a tick box; steps to know have none.
  const total = CLICKED_AND_DOWNLOADED.checks.length + CLICKED_AND_DOWNLOADED.tickable.length;
  const progress = (done: number) =>
    jaCommon.plan.progress.replace('{{done}}', String(done)).replace('{{total}}', String(total));
  const doneText = jaCommon.plan.doneAt.replace('{{time}}', '10:15');
  // The first "now" card, the first step for today (in its folded part), and the second card.
  const [first, third, second] = titlesOf([
    CLICKED_AND_DOWNLOADED.tickable[0] ?? '',
    CLICKED_AND_DOWNLOADED.tickable[2] ?? '',
    CLICKED_AND_DOWNLOADED.tickable[1] ?? '',
  ]) as [string, string, string];
  expect(CLICKED_AND_DOWNLOADED.today).toContain(CLICKED_AND_DOWNLOADED.tickable[2]);

  await expect(page.getByText(progress(0), { exact: true })).toBeVisible();
  await (await stepCheckbox(page, first)).check();
  await (await stepCheckbox(page, third)).check();
  await expect(page.getByText(progress(2), { exact: true })).toBeVisible();

  await page.reload();

  await expect(page.getByText(progress(2), { exact: true })).toBeVisible();
  for (const title of [first, third]) {
    const checkbox = await stepCheckbox(page, title);
    await expect(checkbox).toBeChecked();
    await expect(checkbox).toHaveAccessibleDescription(doneText);
    await expect(planStep(page, title).locator('.done-at')).toHaveText(doneText);
    await expect(planStep(page, title).locator('.done-at')).toHaveText(/^\d{2}:\d{2} 完了$/);
  }
  await expect(page.getByRole('checkbox', { name: second, exact: true })).not.toBeChecked();
  await expect(planStep(page, second).locator('.done-at')).toHaveCount(0);
});
