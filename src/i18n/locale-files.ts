export type LocaleFile = Record<string, unknown>;

const LOCALE_PATH = /\.\/locales\/([^/]+)\/([^/]+)\.json$/;

/**
 * Groups import.meta.glob results for ./locales/<language>/<namespace>.json by language and
 * namespace (or, with another pattern, by its two groups: the lures' files, ./lure-strings.ts).
 */
export function byLanguage<T>(
  files: Record<string, T>,
  pattern: RegExp = LOCALE_PATH,
): Record<string, Record<string, T>> {
  const result: Record<string, Record<string, T>> = {};
  for (const [path, file] of Object.entries(files)) {
    const [, lng, ns] = pattern.exec(path) ?? [];
    if (lng && ns) (result[lng] ??= {})[ns] = file;
  }
  return result;
}
