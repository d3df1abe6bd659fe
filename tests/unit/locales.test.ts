import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';

/** Every leaf key of a locale tree, dotted. */
function leaves(tree: unknown, prefix = ''): Record<string, string> {
  if (typeof tree === 'string') return { [prefix]: tree };
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
  // Every locale folder, including languages translated but not yet offered in the switcher.
  const others = Object.keys(resources).filter((l) => l !== 'ja');

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
      for (const [key, text] of Object.entries(target)) {
        expect(text.trim(), `${lng}/${ns}: ${key}`).not.toBe('');
        expect(variables(text), `${lng}/${ns}: ${key}`).toEqual(variables(source[key] ?? ''));
      }
    },
  );
});
