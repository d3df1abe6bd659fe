import jaCatalog from '../../src/i18n/locales/ja/catalog.json' with { type: 'json' };
import { CARD_SENT_MONEY_GONE, expect, jaCommon, jaFlow, openApp, openStep, test } from './support';

const hotline = (page: import('@playwright/test').Page, name: string) =>
  page
    .locator('section.hotline')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
    .first();

test('at Saturday 23:00 in Japan, shows which lines are closed, when they open, and what to do now', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-28T23:00:00+09:00'));
  await openApp(page);
  await CARD_SENT_MONEY_GONE.walk(page);

  const police = hotline(page, jaCatalog.hotlines['police-consult'].name);
  await expect(police.locator('.open-status')).toContainText('受付時間外 · 月曜 08:30から');
  await expect(police.locator('.open-status')).toContainText(jaCommon.hotline.usually);
  await expect(police.locator('.when-closed')).toContainText(
    jaCatalog.hotlines['police-consult'].whenClosed,
  );

  const mynumber = hotline(page, jaCatalog.hotlines.mynumber.name);
  await expect(mynumber.locator('.open-status')).toHaveText('受付時間外 · 日曜 09:30から');
  await expect(mynumber.locator('.when-closed')).toContainText('24時間');

  // In danger now: 110, at any hour, in one line on the police card.
  const emergency = page
    .locator('.plan li.now-card .brief-hotline')
    .filter({ hasText: jaCatalog.hotlines['police-emergency'].brief });
  await expect(emergency).toBeVisible();
  await expect(
    emergency.getByRole('link', { name: '110 に電話する', exact: true }),
  ).toHaveAttribute('href', 'tel:110');
  // The call stays in the plan for when the line opens.
  await expect(page.getByRole('checkbox', { name: '警察に相談する', exact: true })).toBeVisible();
});

test('on a weekday at 10:00 in Japan, shows the lines open with their closing time', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+09:00'));
  await openApp(page);
  await CARD_SENT_MONEY_GONE.walk(page);

  const police = hotline(page, jaCatalog.hotlines['police-consult'].name);
  await expect(police.locator('.open-status')).toContainText('受付中 · 17:15まで');
  await expect(police.locator('.when-closed')).toHaveCount(0);
  await expect(hotline(page, jaCatalog.hotlines.mynumber.name).locator('.open-status')).toHaveText(
    '受付中 · 20:00まで',
  );
  // 188 is a step for today: under its folded part and its details.
  await openStep(page, jaFlow.steps['consumer-188'].title);
  await expect(hotline(page, jaCatalog.hotlines.consumer.name).locator('.open-status')).toHaveText(
    jaCommon.hotline.unknown,
  );
  // What to say on the call, built from the answers.
  const card = await openStep(page, jaFlow.steps['call-card-issuer'].title);
  await expect(card.locator('.call-script')).toBeVisible();
  await expect(card.locator('.call-script')).toContainText(
    '入力したのは、クレジットカードの情報です。',
  );
});
