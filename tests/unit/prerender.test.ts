import { describe, expect, it } from 'vitest';
import { renderFirstScreen } from '../../src/app/prerender';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';

describe('the pre-rendered opening screen', () => {
  it('is the first question in Japanese, with its answers', () => {
    const container = new DOMParser().parseFromString(renderFirstScreen(), 'text/html').body;
    expect(container.querySelector('h1')?.textContent).toBe(
      jaFlow.questions['what-happened'].title,
    );
    const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
    for (const label of Object.values(jaFlow.answers['what-happened'])) {
      expect(buttons).toContain(label);
    }
  });

  it('has the language switch folded in its header, and no note about the translation', () => {
    const container = new DOMParser().parseFromString(renderFirstScreen(), 'text/html').body;
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
});
