import type { i18n } from 'i18next';
import { languageFromBrowser } from '../i18n/detect-language';
import {
  DEFAULT_LANGUAGE,
  i18nextCode,
  isLanguage,
  langTag,
  languageOfCode,
  type Language,
} from '../i18n/languages';
import { plainText } from '../i18n/readings';
import { LANGUAGE_KEY } from '../progress/keys';
import type { SafeStorage } from '../progress/safe-storage';

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(nav: Pick<Navigator, 'languages' | 'language'>): string[] {
  return nav.languages?.length ? [...nav.languages] : [nav.language];
}

/**
 * The language to open in: the one the person chose (stored), else the first of the browser's
 * preferred languages the app offers, else Japanese. A guess from the browser is not stored, so
 * only a choice is remembered. /restore.js (./restore.ts) runs this before the first paint.
 */
export function initialLanguage(storage: SafeStorage, preferred: readonly string[]): Language {
  const stored = storage.read(LANGUAGE_KEY);
  return isLanguage(stored) ? stored : languageFromBrowser(preferred);
}

/** Keeps <html lang> and the page title in the shown language. */
export function reflectLanguage(instance: i18n): void {
  document.documentElement.lang = langTag(languageOfCode(instance.language) ?? DEFAULT_LANGUAGE);
  // A tab title cannot draw ruby: the readings of やさしい日本語 are left out there.
  document.title = plainText(instance.t('app.title'), instance.language);
}

/**
 * Shows the chosen language and remembers the choice, once every file the page now shows has been
 * fetched in it. Without a service worker a file can be missing (a deploy replaced it, or the
 * connection is gone); i18next would switch anyway and show raw keys ("plan.heading") everywhere.
 * Then nothing changes and this returns false, so the switcher can say so in the shown language.
 */
export async function switchLanguage(
  instance: i18n,
  lng: Language,
  storage: SafeStorage,
): Promise<boolean> {
  const code = i18nextCode(lng);
  const shown = Object.keys(instance.store.data[instance.language] ?? {});
  const missing = shown.filter((ns) => !instance.hasResourceBundle(code, ns));
  // reload: i18next never asks again for a file that failed once; a later try must fetch it.
  if (missing.length > 0) await instance.reloadResources([code], missing);
  if (!shown.every((ns) => instance.hasResourceBundle(code, ns))) return false;
  await instance.changeLanguage(code);
  storage.write(LANGUAGE_KEY, lng);
  reflectLanguage(instance);
  return true;
}
