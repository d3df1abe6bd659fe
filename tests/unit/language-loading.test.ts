import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { i18nextCode, LANGUAGES, langTag, type Language } from '../../src/i18n/languages';
import { loadI18n } from '../../src/i18n/load-i18n';
import { withoutReadings } from '../../src/i18n/readings';
import { createI18n } from '../../src/i18n/setup';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import { openStorage } from '../../src/progress/safe-storage';
import { resources } from '../../src/i18n/resources';

/** The texts of a language's own common.json, read without i18next. */
function own(lng: Language) {
  const common = resources[lng]?.common as
    { app: { title: string }; translation: { notReviewed: string } } | undefined;
  if (!common) throw new Error(`No common.json for ${lng}`);
  return { title: common.app.title, notReviewed: common.translation.notReviewed };
}

const others = LANGUAGES.filter((lng) => lng !== 'ja');

describe('each language loads its own texts', () => {
  it('has a title of its own, so the tests below can tell the languages apart', () => {
    const titles = LANGUAGES.map((lng) => own(lng).title);
    expect(new Set(titles).size).toBe(LANGUAGES.length);
  });

  it.each(LANGUAGES)('%s: the page fetches its files only, and shows its texts', async (lng) => {
    const i18n = await loadI18n(lng, ['common']);
    // Every language's switcher words are bundled (namespace "language"); nothing else is.
    const fetched = Object.entries(i18n.store.data)
      .filter(([, files]) => Object.keys(files).some((ns) => ns !== 'language'))
      .map(([code]) => code);
    expect(fetched).toEqual([i18nextCode(lng)]);
    expect(i18n.t('app.title')).toBe(own(lng).title);
    expect(i18n.t('translation.notReviewed')).toBe(own(lng).notReviewed);
  });

  it.each(LANGUAGES)('%s: the bundled instance (tests, pre-rendering) shows its texts', (lng) => {
    const i18n = createI18n(lng);
    expect(i18n.t('app.title')).toBe(own(lng).title);
  });

  it.each(others)('%s is not Japanese in disguise', async (lng) => {
    const i18n = await loadI18n(lng, ['common']);
    expect(i18n.t('app.title')).not.toBe(own('ja').title);
  });
});

describe('switching language', () => {
  it.each([
    ['ja-easy', 'ja'],
    ['en', 'en'],
    ['zh-Hans', 'zh-Hans'],
    ['ko', 'ko'],
    ['vi', 'vi'],
    ['pt-BR', 'pt-BR'],
    ['es', 'es'],
  ] as const)(
    'to %s shows it at once, sets <html lang="%s"> and the title, and remembers it',
    async (lng, htmlLang) => {
      const storage = openStorage();
      const i18n = await loadI18n('ja', ['common']);
      await switchLanguage(i18n, lng, storage);
      expect(i18n.t('app.title')).toBe(own(lng).title);
      expect(document.documentElement.lang).toBe(htmlLang);
      // A tab title cannot draw ruby: やさしい日本語 shows its kanji there without readings.
      expect(document.title).toBe(withoutReadings(own(lng).title));
      expect(localStorage.getItem(LANGUAGE_KEY)).toBe(lng);

      await switchLanguage(i18n, 'ja', storage);
      expect(i18n.t('app.title')).toBe(own('ja').title);
      expect(document.documentElement.lang).toBe('ja');
    },
  );

  it.each(LANGUAGES)('%s is marked with a valid BCP 47 tag', (lng) => {
    const tag = langTag(lng);
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(new Intl.Locale(tag).language).toBe(lng.slice(0, 2));
  });
});
