import type { Page } from '@playwright/test';
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json' with { type: 'json' };
import jaLanguage from '../../src/i18n/locales/ja/language.json' with { type: 'json' };
import {
  FIRST_QUESTION,
  expect,
  expectFirstQuestion,
  expectPlanScreen,
  heading,
  jaCommon,
  ONLY_OPENED,
  openApp,
  test,
} from './support';

/**
 * Some in-app browsers run no service worker, and a deploy replaces every file: then a language
 * chosen later cannot be fetched. The page must stay in its language, switcher included, and say so.
 */
test.use({
  serviceWorkers: 'block',
  // The fetches this test makes fail, as the browser reports them.
  expectedConsoleError: /Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/,
});

const FILES = '**/assets/**';
const languageButton = (page: Page) => page.getByRole('button', { name: 'Language' });
const failedLine = jaLanguage.failed.replace('{{name}}', jaLanguage.names.en);
/** An i18next key shown instead of its text: "plan.heading", "language.label". */
const RAW_KEY = /\b(?:app|plan|question|language|record|loading|storage|translation)\.[a-z]\w*/;

async function goOffline(page: Page): Promise<{ blocked: string[] }> {
  // Everything the first load fetches has arrived; from now on no file of the app can be fetched.
  await page.waitForLoadState('networkidle');
  const blocked: string[] = [];
  await page.route(FILES, (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return { blocked };
}

async function chooseEnglish(page: Page): Promise<void> {
  await languageButton(page).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
}

async function expectStillJapanese(page: Page): Promise<void> {
  // Shown under the switcher, and said once by the page's status line.
  await expect(page.locator('.language-failed')).toHaveText(failedLine);
  await expect(page.getByTestId('live-status')).toHaveText(failedLine);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(languageButton(page)).toHaveText(`${jaLanguage.label} · Language`);
  await expect(page.locator('body')).not.toContainText(RAW_KEY);
  await languageButton(page).click();
  await expect(
    page.getByRole('button', { name: jaLanguage.names.ja, exact: true }),
  ).toHaveAttribute('aria-current', 'true');
  await languageButton(page).click();
}

test('on the first question, a language that cannot be fetched leaves the page in Japanese, and says so', async ({
  page,
}) => {
  await openApp(page);
  const { blocked } = await goOffline(page);
  await chooseEnglish(page);
  await expectStillJapanese(page);
  await expectFirstQuestion(page);
  expect(blocked.length, 'the English files were asked for, and failed').toBeGreaterThan(0);

  // Back online, the same choice works: the failed file is fetched again.
  await page.unroute(FILES);
  await chooseEnglish(page);
  await expect(heading(page)).toHaveText(enFlow.questions[FIRST_QUESTION].title);
  await expect(page.locator('.language-failed')).toBeHidden();
});

test('on the plan, the plan stays readable in Japanese when the language cannot be fetched', async ({
  page,
}) => {
  await openApp(page);
  await ONLY_OPENED.walk(page);
  await expectPlanScreen(page);
  await goOffline(page);
  await chooseEnglish(page);
  await expectStillJapanese(page);
  await expect(heading(page)).toHaveText(jaCommon.plan.heading);
});
