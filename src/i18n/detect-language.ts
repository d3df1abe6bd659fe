import { DEFAULT_LANGUAGE, type Language } from './languages';

/**
 * The language offered for each primary subtag a browser may prefer. やさしい日本語 is never picked
 * for the person: a browser set to Japanese gets Japanese, and the switcher offers the easy one.
 * The script that runs before the first paint (/restore.js, built from src/app/restore.ts) uses
 * this same table.
 */
export const BROWSER_LANGUAGES: Readonly<Record<string, Language>> = {
  ja: 'ja',
  en: 'en',
  zh: 'zh-Hans',
  ko: 'ko',
  vi: 'vi',
  pt: 'pt-BR',
  es: 'es',
};

/**
 * The first of the browser's preferred languages (navigator.languages, most preferred first) that
 * the app offers, matched by primary subtag ('ko-KR' → ko, 'zh-TW' → zh-Hans, 'pt-PT' → pt-BR);
 * Japanese when none is.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0] ?? '';
    if (Object.hasOwn(BROWSER_LANGUAGES, primary))
      return BROWSER_LANGUAGES[primary] ?? DEFAULT_LANGUAGE;
  }
  return DEFAULT_LANGUAGE;
}
