import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN } from '../../src/app/html-attributes';
import { renderFirstScreen, renderFirstScreens } from '../../src/app/prerender';
import { LANGUAGES } from '../../src/i18n/languages';
import { withoutReadings } from '../../src/i18n/readings';
import { resources } from '../../src/i18n/resources';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('the pre-rendered opening screen', () => {
  it('is the first question in Japanese, with its answers', () => {
    const container = parse(renderFirstScreen('ja'));
    // The front door: what arrived (a mail, an SMS, a message, a call).
    expect(container.querySelector('h1')?.textContent).toBe(jaFlow.questions.arrived.title);
    const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
    for (const label of Object.values(jaFlow.answers.arrived)) {
      expect(buttons).toContain(label);
    }
  });

  it('has the language switch folded in its header, and no note about the translation', () => {
    const container = parse(renderFirstScreen('ja'));
    const toggle = container.querySelector('header button[aria-expanded]');
    expect(toggle?.textContent).toBe('言語 · Language');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    const list = container.querySelector(`#${toggle?.getAttribute('aria-controls') ?? ''}`);
    expect(list?.hasAttribute('hidden')).toBe(true);
    expect([...(list?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([
      '日本語',
      'やさしい日本語',
      'English',
      '简体中文',
      '한국어',
      'Tiếng Việt',
      'Português (Brasil)',
      'Español',
    ]);
    expect(container.querySelector('.translation-note')).toBeNull();
  });

  it('is in the page once per language, each in its own language', () => {
    const screens = [...parse(renderFirstScreens()).children];
    expect(screens.map((screen) => screen.getAttribute(FIRST_SCREEN))).toEqual([...LANGUAGES]);
    for (const [i, lng] of LANGUAGES.entries()) {
      const flow = resources[lng]?.['mynaportal-phishing'] as typeof jaFlow | undefined;
      // やさしい日本語 has its readings as ruby in the heading: compare without them.
      const heading = screens[i]?.querySelector('h1');
      heading?.querySelectorAll('rt').forEach((rt) => rt.remove());
      expect(heading?.textContent, lng).toBe(withoutReadings(flow?.questions.arrived.title ?? ''));
    }
  });

  it('shows only the language /restore.js names: restore.css has a rule for each', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/app/restore.css'), 'utf8');
    for (const lng of LANGUAGES) {
      expect(css).toContain(`html[${FIRST_SCREEN}='${lng}'] #root > [${FIRST_SCREEN}='${lng}']`);
    }
  });
});
