import enCommon from '../../src/i18n/locales/en/common.json' with { type: 'json' };
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json' with { type: 'json' };
import { expect, heading, jaCommon, jaFlow, openApp, test } from './support';

test('switches to English, stays English after a reload, and switches back to Japanese', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.getByRole('button', { name: 'English', exact: true }).click();

  await expect(heading(page)).toHaveText(enFlow.questions['what-happened'].title);
  await expect(page.getByText(enCommon.app.title, { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(enCommon.app.title);
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();

  await expect(heading(page)).toHaveText(enFlow.questions['what-happened'].title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: '日本語', exact: true }).click();

  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
  await expect(page.getByText(jaCommon.app.title, { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle(jaCommon.app.title);
});
