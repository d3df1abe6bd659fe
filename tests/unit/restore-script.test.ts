import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOW_TRAIL_KEY, LANGUAGE_KEY, progressKey } from '../../src/progress/keys';
import { MAIN_FLOW_ID } from '../../src/flow/registry';
import { languageFromBrowser } from '../../src/i18n/detect-language';
import { BROWSER_LANGUAGE_CASES } from './language-cases';

// public/restore.js runs before the first paint and decides whether the pre-rendered first
// question may show. It is plain script (no imports), so here it runs as the page would run it.
const script = readFileSync(join(import.meta.dirname, '../../public/restore.js'), 'utf8');
const run = (): unknown => new Function(script)();
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
  html.removeAttribute('data-returning');
  html.removeAttribute('data-restoring');
  html.removeAttribute('data-live');
  document.body.replaceChildren();
});

describe('the script that runs before the first paint', () => {
  it('lets a first visit see the pre-rendered first question', () => {
    run();
    expect(html.hasAttribute('data-returning')).toBe(false);
    expect(html.hasAttribute('data-restoring')).toBe(false);
  });

  it('lets a visitor who chose Japanese see it too', () => {
    localStorage.setItem(LANGUAGE_KEY, 'ja');
    run();
    expect(html.hasAttribute('data-returning')).toBe(false);
  });

  it.each([
    ['English', LANGUAGE_KEY, 'en'],
    ['saved progress', progressKey(MAIN_FLOW_ID), '{"v":2}'],
    ['saved progress in another flow', progressKey('is-it-a-scam'), '{"v":2}'],
    ['a trail of flows', FLOW_TRAIL_KEY, '["is-it-a-scam"]'],
  ])('hides the page until the app has drawn the screen for %s', (_name, key, value) => {
    localStorage.setItem(key, value);
    run();
    expect(html.hasAttribute('data-returning')).toBe(true);
    expect(html.hasAttribute('data-restoring')).toBe(true);
  });

  describe('on a first visit, with no language chosen', () => {
    // The app opens in the browser's language (languageFromBrowser); the pre-rendered page is
    // Japanese, so it may show only when that language is Japanese. Same table, both sides.
    it.each(BROWSER_LANGUAGE_CASES)(
      'agrees with the app for a browser preferring %j (%s)',
      (preferred, expected) => {
        expect(languageFromBrowser(preferred)).toBe(expected);
        runIn(preferred);
        expect(html.hasAttribute('data-returning')).toBe(expected !== 'ja');
        expect(html.hasAttribute('data-restoring')).toBe(expected !== 'ja');
      },
    );

    it('reads navigator.language when the browser gives no list', () => {
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue([]);
      vi.spyOn(navigator, 'language', 'get').mockReturnValue('vi-VN');
      run();
      expect(html.hasAttribute('data-returning')).toBe(true);
    });
  });

  it('lets a Korean browser see the Japanese page once Japanese was chosen', () => {
    localStorage.setItem(LANGUAGE_KEY, 'ja');
    runIn(['ko-KR']);
    expect(html.hasAttribute('data-returning')).toBe(false);
  });

  it.each(['ko', 'ja-easy', 'en'])(
    'hides the page from a Japanese browser once %s was chosen',
    (chosen) => {
      localStorage.setItem(LANGUAGE_KEY, chosen);
      runIn(['ja-JP']);
      expect(html.hasAttribute('data-returning')).toBe(true);
    },
  );

  it('ignores keys that are not the app’s', () => {
    localStorage.setItem('someone-else', 'x');
    run();
    expect(html.hasAttribute('data-returning')).toBe(false);
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
    expect(b?.hasAttribute('data-early-tap')).toBe(true);
    expect(a?.hasAttribute('data-early-tap')).toBe(false);
    b?.removeAttribute('data-early-tap');
    html.setAttribute('data-live', '');
    a?.click();
    expect(a?.hasAttribute('data-early-tap')).toBe(false);
  });
});
