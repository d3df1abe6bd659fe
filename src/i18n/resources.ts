import type { Resource } from 'i18next';
import { byLanguage, type LocaleFile } from './locale-files';

/**
 * Every locale file, by language and namespace: common (screens), catalog (hotlines, sources), and
 * one per flow. Bundled eagerly, for the tests and the build's pre-rendering; the page itself
 * loads only its own language (./load-language.ts), so nothing imports this file there.
 */
export const resources: Resource = byLanguage(
  import.meta.glob<LocaleFile>('./locales/*/*.json', { eager: true, import: 'default' }),
);
