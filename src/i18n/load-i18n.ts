import i18next, { type BackendModule, type i18n, type InitOptions, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nextCode, isLanguage, LANGUAGES, languageOfCode, type Language } from './languages';
import { byLanguage, type LocaleFile } from './locale-files';
import { isSplit } from './locale-parts';

type Load = () => Promise<LocaleFile>;

// One lazy chunk per locale file: the page fetches only the files of the language it shows. The
// two files the first question reads (common's and the entry flow's: ./locale-parts.ts) are each
// split in two, and the first load carries only their first part. import.meta.glob takes literal
// patterns only, so every file is globbed in both parts, and vite.config.ts (localeParts) makes
// the parts of a file that is not split what they are: the first empty (one shared module), the
// rest the whole file. Which flow opens first stays in the data. A flow's lures' strings
// (./locales/<lng>/lures/<id>.json) come inside its file's parts: localeParts merges them in
// (./lure-strings.ts), the front door's labels into the first part, the rest into the later one.
const firstParts: Record<string, Record<string, Load>> = byLanguage(
  import.meta.glob<LocaleFile>(['./locales/*/*.json', '!./locales/*/language.json'], {
    import: 'default',
    query: '?part=first',
  }),
);
const laterParts: Record<string, Record<string, Load>> = byLanguage(
  import.meta.glob<LocaleFile>(['./locales/*/*.json', '!./locales/*/language.json'], {
    import: 'default',
    query: '?part=later',
  }),
);
/**
 * The switcher's own words (its label, each language's name, the line saying a language could not
 * be loaded), for every language, in the bundle: a few hundred bytes, so switching never depends
 * on a file that a deploy or a lost connection can take away.
 */
export const LANGUAGE_NS = 'language';
const switcherFiles = byLanguage(
  import.meta.glob<LocaleFile>('./locales/*/language.json', { eager: true, import: 'default' }),
);
/** A store of its own for each instance: i18next adds every fetched file into the one it is given. */
const switcherWords = (): Resource =>
  Object.fromEntries(
    Object.entries(switcherFiles).flatMap(([lng, files]) =>
      isLanguage(lng) ? [[i18nextCode(lng), { ...files }]] : [],
    ),
  );
/** Set once the later screens are wanted: from then on every file is fetched whole. */
let wantLater = false;

function loadFile(lng: Language, ns: string): Promise<LocaleFile> | undefined {
  const first = firstParts[lng]?.[ns];
  const later = laterParts[lng]?.[ns];
  if (!first || !later) return undefined;
  // A file that is not split: its "rest" is the whole file.
  if (!isSplit(ns)) return later();
  if (!wantLater) return first();
  return Promise.all([first(), later()]).then(([a, b]) => ({ ...a, ...b }));
}

/**
 * The rest of the split files, for every language whose first part is already here (the one shown,
 * and one visited on the first screen and left: switching back to it fetches nothing again); any
 * language switched to from now on comes whole.
 */
export async function loadLaterStrings(instance: i18n): Promise<void> {
  wantLater = true;
  const loaded = Object.keys(instance.store.data);
  await Promise.all(
    loaded.flatMap((code) => {
      const lng = languageOfCode(code);
      const parts = Object.entries((lng && laterParts[lng]) ?? {}).filter(
        ([ns]) => isSplit(ns) && instance.hasResourceBundle(code, ns),
      );
      return parts.map(async ([ns, load]) => {
        // deep: the later keys join the first ones already there.
        instance.addResourceBundle(code, ns, await load(), true, false);
      });
    }),
  );
}

/** Options shared by the page's instance and the all-languages one of setup.ts. */
export const I18N_OPTIONS = {
  // i18next's own codes: 'ja-easy' is 'ja-x-easy' there (see i18nextCode).
  supportedLngs: LANGUAGES.map(i18nextCode),
  defaultNS: 'common',
  // Every language ships the namespaces of Japanese, the source of truth.
  ns: [...Object.keys(firstParts.ja ?? {}), LANGUAGE_NS],
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
} satisfies InitOptions;

/** Fetches a locale file when i18next first needs it (at start, or on a language switch). */
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (lng, ns, callback) => {
    const language = languageOfCode(lng);
    const loading = language ? loadFile(language, ns) : undefined;
    if (!loading) return callback(new Error(`No locale file ${lng}/${ns}.json`), null);
    loading.then(
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
export async function loadI18n(lng: Language, firstNamespaces: string[]): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(lazyLocales)
    .use(initReactI18next)
    // Only what the first question needs; src/app/later-screens.tsx fetches the rest after it.
    .init({
      ...I18N_OPTIONS,
      ns: [...firstNamespaces, LANGUAGE_NS],
      // The switcher's words are bundled; every other file comes through lazyLocales.
      resources: switcherWords(),
      partialBundledLanguages: true,
      lng: i18nextCode(lng),
      fallbackLng: false,
      load: 'currentOnly',
    });
  return instance;
}
