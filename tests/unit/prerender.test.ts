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
});
