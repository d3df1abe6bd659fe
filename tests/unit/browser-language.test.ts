import { describe, expect, it } from 'vitest';
import { browserLanguages, initialLanguage } from '../../src/app/language';
import { languageFromBrowser } from '../../src/i18n/detect-language';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import { openStorage } from '../../src/progress/safe-storage';
import { BROWSER_LANGUAGE_CASES } from './language-cases';

describe('the language a first visit opens in', () => {
  it.each(BROWSER_LANGUAGE_CASES)('a browser preferring %j gets %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });

  it('reads navigator.language when the browser gives no list', () => {
    expect(browserLanguages({ languages: [], language: 'ko-KR' })).toEqual(['ko-KR']);
    expect(browserLanguages({ languages: ['vi', 'en'], language: 'vi' })).toEqual(['vi', 'en']);
  });
});

describe('a language the person chose', () => {
  it('wins over the browser’s language', () => {
    localStorage.setItem(LANGUAGE_KEY, 'ja');
    expect(initialLanguage(openStorage(), ['ko-KR'])).toBe('ja');
    localStorage.setItem(LANGUAGE_KEY, 'ja-easy');
    expect(initialLanguage(openStorage(), ['en-US'])).toBe('ja-easy');
  });

  it('is the browser’s language while nothing is chosen, or the stored value is unknown', () => {
    expect(initialLanguage(openStorage(), ['ko-KR'])).toBe('ko');
    localStorage.setItem(LANGUAGE_KEY, 'klingon');
    expect(initialLanguage(openStorage(), ['pt-BR'])).toBe('pt-BR');
  });

  it('is the browser’s language when storage is blocked', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(initialLanguage(openStorage(blocked), ['es-MX'])).toBe('es');
  });
});
