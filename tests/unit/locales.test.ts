import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { resources } from '../../src/i18n/resources';

type Leaf = string | boolean;

/** Every leaf of a locale tree, dotted: texts, and the few flags (translation.reviewed). */
function leaves(tree: unknown, prefix = ''): Record<string, Leaf> {
  if (typeof tree === 'string' || typeof tree === 'boolean') return { [prefix]: tree };
  if (!tree || typeof tree !== 'object') return {};
  return Object.assign(
    {},
    ...Object.entries(tree).map(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)),
  );
}
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const ja = resources.ja ?? {};
  // Every locale folder, offered in the switcher or not.
  const others = Object.keys(resources).filter((l) => l !== 'ja');

  it('exist for exactly the languages the switcher offers', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('ship a file for every namespace of Japanese in every language', () => {
    for (const lng of others)
      expect(Object.keys(resources[lng] ?? {}).sort()).toEqual(Object.keys(ja).sort());
  });

  it.each(others.flatMap((lng) => Object.keys(ja).map((ns) => [lng, ns] as const)))(
    '%s/%s has exactly the keys of Japanese, none empty, with the same {{variables}}',
    (lng, ns) => {
      const source = leaves(ja[ns]);
      const target = leaves(resources[lng]?.[ns]);
      expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
      for (const [key, value] of Object.entries(target)) {
        const where = `${lng}/${ns}: ${key}`;
        expect(typeof value, where).toBe(typeof source[key]);
        if (typeof value !== 'string') continue;
        expect(value.trim(), where).not.toBe('');
        expect(variables(value), where).toEqual(variables(String(source[key] ?? '')));
      }
    },
  );

  it('name every language in itself, the same in every locale', () => {
    const names = (lng: string) =>
      (resources[lng]?.language as { names?: object } | undefined)?.names;
    for (const lng of Object.keys(resources)) {
      expect(names(lng), lng).toEqual({
        ja: '日本語',
        'ja-easy': 'やさしい日本語',
        en: 'English',
        'zh-Hans': '简体中文',
        ko: '한국어',
        vi: 'Tiếng Việt',
        'pt-BR': 'Português (Brasil)',
        es: 'Español',
      });
    }
  });

  it('say whether a native speaker has reviewed them: Japanese is the source, no other is yet', () => {
    const reviewed = Object.fromEntries(
      Object.keys(resources).map((lng) => [
        lng,
        (resources[lng]?.common as { translation?: { reviewed?: unknown } })?.translation?.reviewed,
      ]),
    );
    // Set a language to true here and in its common.json once a native speaker has checked it.
    expect(reviewed).toEqual({
      ja: true,
      'ja-easy': false,
      en: false,
      'zh-Hans': false,
      ko: false,
      vi: false,
      'pt-BR': false,
      es: false,
    });
  });
});
