/**
 * The first paint in every language: the page holds the first question in each of them
 * (src/app/first-screen.ts) and /restore.js shows the visitor's before anything is drawn. For each
 * language, a script injected before the page's own records, at every frame until the app is
 * live, which first-question headings are visible: only that language's, from the first frame that
 * shows any. The heading seen in that first frame must be the very node the live app shows
 * (hydrated, not drawn again), and nothing may shift.
 */
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import { flowOf, MAIN_FLOW, readTexts, text } from './locale-support';
import { textContentOf } from './readings-support';
import type { Page } from '@playwright/test';
import { expect, heading, test } from './support';

/** A browser language that opens each language on a first visit (src/i18n/detect-language.ts). */
const BROWSER_LOCALE: Record<Exclude<Language, 'ja-easy'>, string> = {
  ja: 'ja-JP',
  en: 'en-US',
  'zh-Hans': 'zh-CN',
  ko: 'ko-KR',
  vi: 'vi-VN',
  'pt-BR': 'pt-BR',
  es: 'es-ES',
};

const firstHeading = (lng: Language) =>
  textContentOf(text(readTexts(lng), MAIN_FLOW, `questions.${flowOf(MAIN_FLOW).start}.title`));

interface Recorded {
  /** The visible h1 texts of each frame drawn before the app was live (empty frames left out). */
  frames: string[][];
  /** Whether the h1 of the first frame with one is still the page's h1 once the app is live. */
  sameNode: boolean;
  layoutShift: number;
}

declare global {
  interface Window {
    __firstPaint?: { frames: string[][]; first: Element | null; shift: number };
  }
}

/** Injected before the page's scripts; runs before each frame is painted. */
function recordFrames() {
  const record = { frames: [] as string[][], first: null as Element | null, shift: 0 };
  window.__firstPaint = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      record.shift += (entry as unknown as { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const visible = [...document.querySelectorAll('h1')].filter((h1) => h1.checkVisibility());
    if (visible.length) {
      record.frames.push(visible.map((h1) => h1.textContent ?? ''));
      record.first ??= visible[0] ?? null;
    }
    if (!document.documentElement.hasAttribute('data-live')) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const record = window.__firstPaint;
    return {
      frames: record?.frames ?? [],
      sameNode: !!record?.first && record.first === document.querySelector('#root h1'),
      layoutShift: record?.shift ?? NaN,
    };
  });
}

/** Opens the page and checks its first frames and its hydration for this language. */
async function expectFirstPaintIn(page: Page, lng: Language) {
  await page.addInitScript(recordFrames);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(heading(page)).toHaveText(firstHeading(lng));
  // The other languages' first screens are gone.
  await expect(page.locator('#root > [data-first-screen]')).toHaveCount(1);

  const { frames, sameNode, layoutShift } = await recorded(page);
  expect(frames.length, 'a frame with the first question before the app was live').toBeGreaterThan(
    0,
  );
  expect(frames.filter((shown) => shown.join() !== firstHeading(lng))).toEqual([]);
  expect(sameNode, 'the heading first painted is the live app’s').toBe(true);
  expect(layoutShift).toBe(0);
}

for (const lng of LANGUAGES) {
  if (lng === 'ja-easy') continue;
  test.describe(`a first visit from a ${BROWSER_LOCALE[lng]} browser`, () => {
    test.use({ locale: BROWSER_LOCALE[lng] });

    test(`paints the first question in ${lng} from the first frame, and hydrates it`, async ({
      page,
    }) => {
      await expectFirstPaintIn(page, lng);
      // Nothing was stored: only a choice is remembered.
      expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBeNull();
    });
  });
}

// やさしい日本語 is never guessed from the browser: only the switcher chooses it, and it is kept.
test('a returning visitor who chose ja-easy gets it from the first frame, hydrated', async ({
  page,
}) => {
  await page.addInitScript((key) => localStorage.setItem(key, 'ja-easy'), LANGUAGE_KEY);
  await expectFirstPaintIn(page, 'ja-easy');
});
