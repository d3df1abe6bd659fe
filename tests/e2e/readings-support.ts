/**
 * Matching やさしい日本語 texts whose readings are drawn as ruby (src/ui/text-with-readings.tsx):
 * <ruby>止<rt aria-hidden="true">と</rt></ruby>める.
 */
import { readingRuns, withoutReadings } from '../../src/i18n/readings';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The accessible name of a text with readings: the kanji once, no reading. Chromium's own
 * accessibility tree gives exactly that (止める); testing-library and Playwright compute names
 * themselves and put a space around each <ruby> (its display is `ruby`, not `inline`), so the
 * match allows a space there, and nowhere else.
 */
export function nameOf(text: string): string | RegExp {
  const runs = readingRuns(text);
  if (runs.every((run) => 'text' in run)) return text;
  const pattern = runs.map((run) =>
    'base' in run ? `\\s*${escape(run.base)}\\s*` : escape(run.text),
  );
  return new RegExp(`^\\s*${pattern.join('')}\\s*$`);
}

/** An element's text content with readings as ruby: each reading right after its kanji (止とめる). */
export function textContentOf(text: string): string {
  return readingRuns(text)
    .map((run) => ('base' in run ? run.base + run.reading : run.text))
    .join('');
}

export { withoutReadings };
