import { hotlines } from '../../flow/registry';

/**
 * Whether the hotline answers in this language ('zh-Hans' counts as Chinese, 'pt-BR' as
 * Portuguese): flows/catalog/hotlines.json lists each line's languages, next to its sources.
 */
export function speaks(hotline: string, lng: string): boolean {
  const primary = lng.split('-')[0]?.toLowerCase() ?? '';
  return hotlines[hotline]?.languages?.includes(primary) ?? false;
}

/**
 * A step's hotlines for a person reading in `lng`: those that answer in their language first (in
 * the flow's order), then the others; in a language no line speaks, the flow's order unchanged.
 */
export function hotlinesFor(
  ids: readonly string[],
  lng: string,
): { ordered: string[]; inYourLanguage: string[] } {
  const inYourLanguage = ids.filter((id) => speaks(id, lng));
  return {
    inYourLanguage,
    ordered: [...inYourLanguage, ...ids.filter((id) => !speaks(id, lng))],
  };
}
