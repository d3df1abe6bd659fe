import entryFile from '../../flows/catalog/entry.json' with { type: 'json' };
import type { LocaleFile } from './locale-files';

/**
 * The top-level keys the first question needs, per namespace whose file is split in two for the
 * first load (vite.config.ts: localeParts; ./load-i18n.ts): the app's own strings, and those of
 * the flow it opens with (flows/catalog/entry.json). Everything else in those files (the plan's
 * strings, each step's text) is fetched with the later screens (src/app/later-screens.tsx).
 */
export const FIRST_SCREEN_KEYS: Readonly<Record<string, readonly string[]>> = {
  common: ['app', 'translation', 'question', 'loading', 'storage'],
  [entryFile.entry]: ['title', 'questions', 'answers'],
};

/** Whether a namespace's file is split into a first part and the rest. */
export const isSplit = (ns: string): boolean => Object.hasOwn(FIRST_SCREEN_KEYS, ns);

export type LocalePart = 'first' | 'later';

/** The part of a locale file the first question needs, or the rest. */
export function localePart(ns: string, file: LocaleFile, part: LocalePart): LocaleFile {
  const first = isSplit(ns) ? (FIRST_SCREEN_KEYS[ns] ?? []) : [];
  return Object.fromEntries(
    Object.entries(file).filter(([key]) => first.includes(key) === (part === 'first')),
  );
}
