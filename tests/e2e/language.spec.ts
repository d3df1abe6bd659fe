import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import { textContentOf, withoutReadings } from './readings-support';
import { FIRST_QUESTION, expect, heading, jaCommon, jaFlow, openApp, test } from './support';

/** The languages on offer, in the switcher's order: code, name in itself, <html lang>. */
const OFFERED = [
  { lng: 'ja', name: '日本語', htmlLang: 'ja' },
  { lng: 'ja-easy', name: 'やさしい日本語', htmlLang: 'ja' },
  { lng: 'en', name: 'English', htmlLang: 'en' },
  { lng: 'zh-Hans', name: '简体中文', htmlLang: 'zh-Hans' },
  { lng: 'ko', name: '한국어', htmlLang: 'ko' },
  { lng: 'vi', name: 'Tiếng Việt', htmlLang: 'vi' },
  { lng: 'pt-BR', name: 'Português (Brasil)', htmlLang: 'pt-BR' },
  { lng: 'es', name: 'Español', htmlLang: 'es' },
] as const;
type Lng = (typeof OFFERED)[number]['lng'];

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${path}`, import.meta.url), 'utf8'));

/** What a person sees first in each language. */
function textsOf(lng: Lng) {
  const common = readJson(`${lng}/common.json`) as {
    app: { title: string };
    translation: { reviewed: boolean; notReviewed: string };
  };
  const flow = readJson(`${lng}/mynaportal-phishing.json`) as typeof jaFlow;
  return {
    title: common.app.title,
    // The first screen's question (the main flow's start), as drawn: readings after their kanji.
    firstQuestion: textContentOf(flow.questions[FIRST_QUESTION].title),
    reviewed: common.translation.reviewed,
    notReviewed: common.translation.notReviewed,
  };
}

/** "言語 · Language", "언어 · Language", "Language": the word "Language" is in every page's name. */
const languageButton = (page: Page) => page.getByRole('button', { name: 'Language' });
const languageList = (page: Page) => page.locator('#language-list');

async function chooseLanguage(page: Page, name: string): Promise<void> {
  await languageButton(page).click();
  await page.getByRole('button', { name, exact: true }).click();
}

async function expectLanguage(page: Page, lng: Lng): Promise<void> {
  const { htmlLang } = OFFERED.find((o) => o.lng === lng) ?? OFFERED[0];
  const texts = textsOf(lng);
  await expect(heading(page)).toHaveText(texts.firstQuestion);
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
  // A tab title cannot draw ruby: やさしい日本語 leaves its readings out there.
  await expect(page).toHaveTitle(withoutReadings(texts.title));
  await expect(page.getByText(texts.title, { exact: true })).toBeVisible();
}

test('switches to English, stays English after a reload, and switches back to Japanese', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // One button in the header, bilingual, with the list folded away.
  await expect(languageButton(page)).toHaveText('言語 · Language');
  await expect(languageButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(languageList(page)).toBeHidden();

  await chooseLanguage(page, 'English');

  await expectLanguage(page, 'en');
  await expect(languageList(page)).toBeHidden();
  await expect(languageButton(page)).toHaveText('Language');
  await expect(languageButton(page)).toBeFocused();
  await languageButton(page).click();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByRole('button', { name: '日本語', exact: true })).not.toHaveAttribute(
    'aria-current',
  );

  await page.reload();

  await expectLanguage(page, 'en');

  await chooseLanguage(page, '日本語');

  await expectLanguage(page, 'ja');
  await expect(page.getByText(jaCommon.app.title, { exact: true })).toBeVisible();
});

test('offers all eight languages, each named in itself, and each sets the page’s language', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  await languageButton(page).click();
  const names = languageList(page).getByRole('button');
  await expect(names).toHaveText(OFFERED.map((o) => o.name));
  for (const [i, { htmlLang }] of OFFERED.entries()) {
    await expect(names.nth(i)).toHaveAttribute('lang', htmlLang);
  }
  await page.keyboard.press('Escape');

  for (const { lng, name } of [...OFFERED.slice(1), OFFERED[0]]) {
    await chooseLanguage(page, name);
    await expectLanguage(page, lng);
    // Honest about translation: one line in the language itself, except for the Japanese source.
    const { reviewed, notReviewed } = textsOf(lng);
    const note = page.getByText(textContentOf(notReviewed), { exact: true });
    if (reviewed) {
      await expect(note).toHaveCount(0);
    } else {
      await expect(note).toBeVisible();
      await expect(note).toHaveAttribute('lang', lng === 'ja-easy' ? 'ja' : lng);
    }
  }
  // Japanese, the source, shows no such line.
  await expect(page.locator('.translation-note')).toHaveCount(0);
});

test('the switcher works with the keyboard alone, with a visible focus ring', async ({ page }) => {
  await openApp(page);
  const toggle = languageButton(page);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(languageList(page)).toBeVisible();

  // Escape folds the list and leaves focus on the button.
  await page.keyboard.press('Escape');
  await expect(languageList(page)).toBeHidden();
  await expect(toggle).toBeFocused();

  // Space opens it; Tab walks the languages in order; Enter picks one.
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '日本語', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  const easy = page.getByRole('button', { name: 'やさしい日本語', exact: true });
  await expect(easy).toBeFocused();
  const ring = await easy.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      matches: el.matches(':focus-visible'),
      outline: style.outlineStyle,
      width: style.outlineWidth,
    };
  });
  expect(ring.matches).toBe(true);
  expect(ring.outline).not.toBe('none');
  expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expectLanguage(page, 'ja-easy');
  await expect(toggle).toBeFocused();

  // Tabbing past the last language folds the list.
  await page.keyboard.press('Enter');
  for (let i = 0; i < OFFERED.length + 1; i += 1) await page.keyboard.press('Tab');
  await expect(languageList(page)).toBeHidden();
});

test('the open list is big enough to tap, fits 320 px and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openApp(page);
  const toggle = languageButton(page);
  expect((await toggle.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await toggle.click();
  for (const button of await languageList(page).getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box, await button.innerText()).not.toBeNull();
    if (!box) continue;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  const scroll = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(scroll).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);

  // A tap elsewhere folds it.
  await page.getByText(jaCommon.app.title, { exact: true }).click();
  await expect(languageList(page)).toBeHidden();
});

test.describe('a first visit from a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('opens in Korean, and the Japanese page is never drawn', async ({ page }) => {
    // Before each frame is painted: is #root shown, and with which visible heading? (The page holds
    // the first question in every language; tests/e2e/first-paint.spec.ts checks each of them.)
    await page.addInitScript(() => {
      const frames: { shown: boolean; heading: string }[] = [];
      Object.assign(window, { __frames: frames });
      const record = () => {
        const root = document.getElementById('root');
        if (root) {
          frames.push({
            shown: getComputedStyle(root).visibility !== 'hidden',
            heading:
              [...root.querySelectorAll('h1')].find((h1) => h1.checkVisibility())?.textContent ??
              '',
          });
        }
        if (frames.length < 600) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.goto('/');
    await expectLanguage(page, 'ko');
    await expect(page.locator('html')).toHaveAttribute('data-ready', '');
    await expect(page.getByText(textsOf('ko').notReviewed, { exact: true })).toBeVisible();

    const frames = await page.evaluate(
      () => (window as unknown as { __frames: { shown: boolean; heading: string }[] }).__frames,
    );
    const ko = textsOf('ko').firstQuestion;
    const ja = jaFlow.questions[FIRST_QUESTION].title;
    // Whenever #root was shown it held Korean (or, while loading, no screen): never the Japanese.
    expect(frames.filter((f) => f.shown && f.heading !== '' && f.heading !== ko)).toEqual([]);
    expect(frames.some((f) => f.shown && f.heading === ko)).toBe(true);
    // The page's own Korean question, from the first frame with a heading.
    expect(frames.find((f) => f.heading !== '')?.heading).toBe(ko);
    expect(frames.some((f) => f.heading === ja)).toBe(false);
    // Nothing was stored: only a choice is remembered.
    expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBeNull();
  });

  test('a language the person chose wins over the browser’s', async ({ page }) => {
    await page.goto('/');
    await expectLanguage(page, 'ko');
    await chooseLanguage(page, '日本語');
    await expectLanguage(page, 'ja');
    await page.reload();
    await expectLanguage(page, 'ja');
    // Japanese chosen: the pre-rendered page is theirs, shown and hydrated, not drawn again.
    await expect(page.locator('html')).not.toHaveAttribute('data-returning');

    // The person sees the page turn Spanish (its files are fetched first), then reloads.
    await chooseLanguage(page, 'Español');
    await expectLanguage(page, 'es');
    await page.reload();
    await expectLanguage(page, 'es');
  });
});

test.describe('a first visit from a browser in a language the app does not offer', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in Japanese, the pre-rendered page', async ({ page }) => {
    await page.goto('/');
    await expectLanguage(page, 'ja');
    await expect(page.locator('html')).toHaveAttribute('data-ready', '');
    await expect(page.locator('html')).not.toHaveAttribute('data-returning');
  });
});

test('every language opens offline once the app has been opened', async ({ page }) => {
  test.slow();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  await expectLanguage(page, 'ja');

  for (const { lng, name } of OFFERED.slice(1)) {
    await chooseLanguage(page, name);
    await expectLanguage(page, lng);
  }
  await page.reload();
  await expectLanguage(page, 'es');
});
