import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, i18nextCode, LANGUAGES, type Language } from './languages';
import { I18N_OPTIONS } from './load-i18n';
import { resources } from './resources';

/** Every locale file, by i18next's code for its language (the folders are named by ours). */
const byI18nextCode: Resource = Object.fromEntries(
  LANGUAGES.flatMap((lng) => {
    const files = resources[lng];
    return files ? [[i18nextCode(lng), files]] : [];
  }),
);

/**
 * A ready i18next instance with every language bundled, so it initialises synchronously: for the
 * tests and the build's pre-rendering. The page uses loadI18n() (./load-i18n.ts), which fetches
 * only the active language.
 */
export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    ...I18N_OPTIONS,
    lng: i18nextCode(lng),
    fallbackLng: i18nextCode(DEFAULT_LANGUAGE),
    resources: byI18nextCode,
    initAsync: false,
  });
  return instance;
}
