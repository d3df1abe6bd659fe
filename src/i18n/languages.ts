/**
 * Languages the app ships, in the order the switcher lists them. Japanese first: it is the source
 * of truth for every key. Each code names its folder in ./locales/ and is what the person's choice
 * is stored as.
 */
export const LANGUAGES = ['ja', 'ja-easy', 'en', 'zh-Hans', 'ko', 'vi', 'pt-BR', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The code i18next knows a language by, where it differs from ours. i18next 26 canonicalises every
 * code with a hyphen (Intl.getCanonicalLocales), which reads 'ja-easy' as Japanese written in a
 * script called "Easy" ('ja-Easy'); it then finds no such supported language and silently shows
 * Japanese. 'ja-x-easy' is a valid BCP 47 tag (private use) that stays as it is, and every Intl API
 * (dates, lists) reads it as Japanese. 'zh-Hans' and 'pt-BR' are canonical already.
 */
const I18NEXT_CODES: Partial<Record<Language, string>> = { 'ja-easy': 'ja-x-easy' };

/** The code to give i18next (lng, changeLanguage, supportedLngs, resources) for a language. */
export function i18nextCode(lng: Language): string {
  return I18NEXT_CODES[lng] ?? lng;
}

/** The language of an i18next code (`i18n.language`); our own codes are accepted too. */
export function languageOfCode(code: string | undefined): Language | undefined {
  if (isLanguage(code)) return code;
  return LANGUAGES.find((lng) => i18nextCode(lng) === code);
}

/**
 * The BCP 47 tag for `lang` attributes (<html lang>, each name in the switcher): やさしい日本語 is
 * Japanese ('ja'), so screen readers read it with a Japanese voice and phones draw Japanese glyphs.
 */
export function langTag(lng: Language): string {
  return lng === 'ja-easy' ? 'ja' : lng;
}
