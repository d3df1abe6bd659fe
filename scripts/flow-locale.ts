/**
 * Locale files read from disk, for what runs in Node without Vite's import.meta.glob: the build's
 * locale chunks (vite.config.ts: localeParts), the flow checker and the end-to-end tests. A flow's
 * file is read as the screens see it, with its lures' strings merged in by the one function that
 * does so (src/i18n/lure-strings.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleFile } from '../src/i18n/locale-files.ts';
import { withLureStrings } from '../src/i18n/lure-strings.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The question a flow asks for its lures (`"lures"` in flows/<ns>.json); undefined for others. */
export function lureQuestionOf(root: string, ns: string): string | undefined {
  const path = join(root, 'flows', `${ns}.json`);
  if (!existsSync(path)) return undefined;
  const { lures } = readJson(path) as { lures?: unknown };
  return typeof lures === 'string' ? lures : undefined;
}

/** The paths of one language's lure files (src/i18n/locales/<lng>/lures/<id>.json), by lure id. */
export function lureFilesOf(root: string, lng: string): Record<string, string> {
  const dir = join(root, 'src/i18n/locales', lng, 'lures');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name.replace(/\.json$/, ''), join(dir, name)]),
  );
}

/** Every language's lure files, parsed: language → lure id → its strings. */
export function readLureLocales(root: string): Record<string, Record<string, unknown>> {
  const dir = join(root, 'src/i18n/locales');
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name: lng }) => [
        lng,
        Object.fromEntries(
          Object.entries(lureFilesOf(root, lng)).map(([id, path]) => [id, readJson(path)]),
        ),
      ]),
  );
}

/**
 * src/i18n/locales/<lng>/<ns>.json as the screens read it: a flow that asks for lures with every
 * lure's strings of that language merged in. `read` lists every file it was built from.
 */
export function readFlowLocale(
  root: string,
  lng: string,
  ns: string,
): { strings: LocaleFile; read: string[] } {
  const path = join(root, 'src/i18n/locales', lng, `${ns}.json`);
  const file = readJson(path) as LocaleFile;
  const question = lureQuestionOf(root, ns);
  if (!question) return { strings: file, read: [path] };
  const lures = lureFilesOf(root, lng);
  const strings = withLureStrings(
    file,
    question,
    Object.fromEntries(Object.entries(lures).map(([id, lurePath]) => [id, readJson(lurePath)])),
  );
  return { strings, read: [path, join(root, 'flows', `${ns}.json`), ...Object.values(lures)] };
}
