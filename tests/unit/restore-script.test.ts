import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EARLY_TAP, FIRST_SCREEN, LIVE, RESTORING, RETURNING } from '../../src/app/html-attributes';
import { restoreBeforeFirstPaint } from '../../src/app/restore';
import { isReturningVisitor } from '../../src/app/returning-visitor';
import {
  FLOW_TRAIL_KEY,
  KEY_PREFIX,
  LANGUAGE_KEY,
  keptNewerKey,
  progressKey,
} from '../../src/progress/keys';
import { MAIN_FLOW_ID } from '../../src/flow/registry';
import { languageFromBrowser } from '../../src/i18n/detect-language';
import { LANGUAGES, langTag } from '../../src/i18n/languages';
import { BROWSER_LANGUAGE_CASES } from './language-cases';

// /restore.js runs before the first paint: it names the language whose pre-rendered first
// question shows (<html data-first-screen>, src/app/first-screen.ts) and decides whether it may
// show at all. The build makes it of src/app/restore-script.ts, which only calls this function
// (vite.config.ts: restoreScript; the end-to-end tests run the built file).
const run = (): void => restoreBeforeFirstPaint();
const html = document.documentElement;

/** Runs the script as a browser preferring these languages (navigator.languages) would. */
function runIn(preferred: readonly string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(preferred);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(preferred[0] ?? '');
  run();
}

// Unless a test says otherwise, the browser is set to Japanese (jsdom's own says en-US).
beforeEach(() => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP']);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('ja-JP');
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const attribute of [RETURNING, RESTORING, LIVE, FIRST_SCREEN])
    html.removeAttribute(attribute);
  html.lang = '';
  localStorage.clear();
  document.body.replaceChildren();
});

describe('the script that runs before the first paint', () => {
  it('lets a first visit see the pre-rendered first question', () => {
    run();
    expect(html.hasAttribute(RETURNING)).toBe(false);
    expect(html.hasAttribute(RESTORING)).toBe(false);
    expect(html.getAttribute(FIRST_SCREEN)).toBe('ja');
  });

  // The same list as src/i18n/languages.ts: a language the script did not know would get the
  // browser's first screen, and the app would then draw its own over it.
  it.each(LANGUAGES)('shows the first screen of %s, the language chosen, in its lang', (lng) => {
    localStorage.setItem(LANGUAGE_KEY, lng);
    runIn(['ko-KR']);
    expect(html.getAttribute(FIRST_SCREEN)).toBe(lng);
    expect(html.lang).toBe(langTag(lng));
    expect(html.hasAttribute(RETURNING)).toBe(false);
  });

  it('ignores a stored language the app does not have, as the app does', () => {
    localStorage.setItem(LANGUAGE_KEY, 'fr');
    runIn(['vi-VN']);
    expect(html.getAttribute(FIRST_SCREEN)).toBe('vi');
    expect(html.hasAttribute(RETURNING)).toBe(false);
  });

  it('hides the page when storage cannot be used, in the browser’s language', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    runIn(['es-ES']);
    expect(html.getAttribute(FIRST_SCREEN)).toBe('es');
    expect(html.hasAttribute(RESTORING)).toBe(true);
  });

  it('hides the page when storage cannot be read, as the app then shows a notice', () => {
    localStorage.setItem(LANGUAGE_KEY, 'ko');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    runIn(['vi-VN']);
    expect(html.getAttribute(FIRST_SCREEN)).toBe('vi');
    expect(html.hasAttribute(RETURNING)).toBe(true);
    expect(html.hasAttribute(RESTORING)).toBe(true);
  });

  it('lets a visitor who chose Japanese see it too', () => {
    localStorage.setItem(LANGUAGE_KEY, 'ja');
    run();
    expect(html.hasAttribute(RETURNING)).toBe(false);
  });

  it.each([
    ['saved progress', progressKey(MAIN_FLOW_ID), '{"v":2}'],
    ['saved progress in another flow', progressKey('is-it-a-scam'), '{"v":2}'],
    ['a trail of flows', FLOW_TRAIL_KEY, '["is-it-a-scam"]'],
    ['a record kept from a newer version', keptNewerKey(MAIN_FLOW_ID), '{"v":99}'],
  ])('hides the page until the app has drawn the screen for %s', (_name, key, value) => {
    localStorage.setItem(key, value);
    run();
    expect(html.hasAttribute(RETURNING)).toBe(true);
    expect(html.hasAttribute(RESTORING)).toBe(true);
  });

  describe('on a first visit, with no language chosen', () => {
    // The app opens in the browser's language (languageFromBrowser), and the page shows that
    // language's first question, to be hydrated. Same table, both sides.
    it.each(BROWSER_LANGUAGE_CASES)(
      'agrees with the app for a browser preferring %j (%s)',
      (preferred, expected) => {
        expect(languageFromBrowser(preferred)).toBe(expected);
        runIn(preferred);
        expect(html.getAttribute(FIRST_SCREEN)).toBe(expected);
        expect(html.lang).toBe(langTag(expected));
        expect(html.hasAttribute(RETURNING)).toBe(false);
        expect(html.hasAttribute(RESTORING)).toBe(false);
      },
    );

    it('reads navigator.language when the browser gives no list', () => {
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue([]);
      vi.spyOn(navigator, 'language', 'get').mockReturnValue('vi-VN');
      run();
      expect(html.getAttribute(FIRST_SCREEN)).toBe('vi');
    });
  });

  it('lets a Korean browser see the Japanese page once Japanese was chosen', () => {
    localStorage.setItem(LANGUAGE_KEY, 'ja');
    runIn(['ko-KR']);
    expect(html.getAttribute(FIRST_SCREEN)).toBe('ja');
    expect(html.hasAttribute(RETURNING)).toBe(false);
  });

  it('ignores keys that are not the app’s', () => {
    localStorage.setItem('someone-else', 'x');
    run();
    expect(html.hasAttribute(RETURNING)).toBe(false);
  });

  it('marks the first button tapped before the app is live, and none after', () => {
    const root = document.createElement('div');
    root.id = 'root';
    for (const label of ['A', 'B']) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      root.append(button);
    }
    document.body.append(root);
    run();
    const [a, b] = [...document.querySelectorAll('button')];
    b?.click();
    a?.click();
    expect(b?.hasAttribute(EARLY_TAP)).toBe(true);
    expect(a?.hasAttribute(EARLY_TAP)).toBe(false);
    b?.removeAttribute(EARLY_TAP);
    html.setAttribute(LIVE, '');
    a?.click();
    expect(a?.hasAttribute(EARLY_TAP)).toBe(false);
  });
});

// The one rule both /restore.js and start.tsx decide by.
describe('a returning visitor', () => {
  it('is one whose storage cannot be used, whatever it holds', () => {
    expect(isReturningVisitor(false, [])).toBe(true);
  });

  it('is one with any key of the app but the language choice', () => {
    expect(isReturningVisitor(true, [])).toBe(false);
    expect(isReturningVisitor(true, [LANGUAGE_KEY, 'someone-else'])).toBe(false);
    expect(isReturningVisitor(true, [LANGUAGE_KEY, `${KEY_PREFIX}anything`])).toBe(true);
  });
});
