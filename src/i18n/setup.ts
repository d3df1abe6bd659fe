import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import { I18N_OPTIONS } from './load-i18n';
import { resources } from './resources';

/**
 * A ready i18next instance with every language bundled, so it initialises synchronously: for the
 * tests and the build's pre-rendering. The page uses loadI18n() (./load-i18n.ts), which fetches
 * only the active language.
 */
export function createI18n(lng: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    ...I18N_OPTIONS,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    resources,
    initAsync: false,
  });
  return instance;
}
