import i18next, { type BackendModule, type i18n, type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from './languages';
import { byLanguage, type LocaleFile } from './locale-files';

// One lazy chunk per locale file: the page fetches only the files of the language it shows.
const loaders = byLanguage(
  import.meta.glob<LocaleFile>('./locales/*/*.json', { import: 'default' }),
);

/** Options shared by the page's instance and the all-languages one of setup.ts. */
export const I18N_OPTIONS = {
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  // Every language ships the namespaces of Japanese, the source of truth.
  ns: Object.keys(loaders.ja ?? {}),
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
} satisfies InitOptions;

/** Fetches a locale file when i18next first needs it (at start, or on a language switch). */
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (lng, ns, callback) => {
    const load = isLanguage(lng) ? loaders[lng]?.[ns] : undefined;
    if (!load) return callback(new Error(`No locale file ${lng}/${ns}.json`), null);
    load().then(
      (file) => callback(null, file),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * The page's i18next instance: only the active language is fetched before the first render; the
 * other is fetched (offline: read from the service worker's cache) when the person switches.
 * Every locale has every key (the flow checker and the locale tests prove it), so no fallback
 * language is loaded.
 */
export async function loadI18n(lng: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(lazyLocales)
    .use(initReactI18next)
    .init({ ...I18N_OPTIONS, lng, fallbackLng: false, load: 'currentOnly' });
  return instance;
}
