import type { Language } from '../../src/i18n/languages';

/**
 * navigator.languages (most preferred first) → the language a first visit opens in. Shared by the
 * test of languageFromBrowser (src/i18n/detect-language.ts) and the test of /restore.js
 * (src/app/restore.ts), which runs it before the first paint: both give the same answer for each row.
 */
export const BROWSER_LANGUAGE_CASES: readonly [readonly string[], Language][] = [
  [['ja-JP'], 'ja'],
  [['ja'], 'ja'],
  [['ja-JP', 'en-US'], 'ja'],
  [['en-US'], 'en'],
  [['en-GB', 'ja'], 'en'],
  [['EN-us'], 'en'],
  [['zh-CN'], 'zh-Hans'],
  [['zh-Hans-CN'], 'zh-Hans'],
  [['zh-TW'], 'zh-Hans'],
  [['zh-Hant-HK'], 'zh-Hans'],
  [['zh'], 'zh-Hans'],
  [['ko-KR'], 'ko'],
  [['ko_KR'], 'ko'],
  [['vi-VN'], 'vi'],
  [['vi'], 'vi'],
  [['pt-BR'], 'pt-BR'],
  [['pt-PT'], 'pt-BR'],
  [['pt'], 'pt-BR'],
  [['es-ES'], 'es'],
  [['es-419'], 'es'],
  // The first language the app offers wins, wherever it is in the list.
  [['fr-FR', 'ko-KR', 'en-US'], 'ko'],
  [['tl-PH', 'en-PH'], 'en'],
  [['ne-NP', 'hi', 'vi'], 'vi'],
  // Nothing the app offers: Japanese.
  [['fr-FR', 'de-DE'], 'ja'],
  [['ne-NP'], 'ja'],
  [[], 'ja'],
  [[''], 'ja'],
  // Matched by the whole primary subtag: Jamaican Creole (jam) is not Japanese, Esperanto not es.
  [['jam'], 'ja'],
  [['jam', 'ko'], 'ko'],
  [['eo', 'es'], 'es'],
  // やさしい日本語 is offered in the switcher, never picked for the person.
  [['ja-x-easy'], 'ja'],
];
