import type { i18n } from 'i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { LANGUAGE_KEY } from '../progress/keys';
import type { SafeStorage } from '../progress/safe-storage';

export function storedLanguage(storage: SafeStorage): Language {
  const value = storage.read(LANGUAGE_KEY);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/** Keeps <html lang> and the page title in the shown language. */
export function reflectLanguage(instance: i18n): void {
  document.documentElement.lang = instance.language;
  document.title = instance.t('app.title');
}

export async function switchLanguage(instance: i18n, lng: Language, storage: SafeStorage) {
  await instance.changeLanguage(lng);
  storage.write(LANGUAGE_KEY, lng);
  reflectLanguage(instance);
}
