import { languageOfCode } from './languages';

/**
 * やさしい日本語 writes the reading of a kanji word in brackets right after it: 止(と)める. The
 * screen draws it as ruby (the reading small above the kanji); everywhere else (clipboard, files,
 * aria-label, the page title, the live region) the reading is dropped, so nobody hears or reads
 * each word twice. A reading is a run of kanji followed at once by brackets (half- or full-width)
 * holding kana only; brackets holding anything else are ordinary text: (クレジットカードではありません).
 */
const READING =
  /([\p{Script=Han}々〆ヶ]+)[(（]([\p{Script=Hiragana}\p{Script=Katakana}ー]+)[)）]/gu;

export type ReadingRun = { text: string } | { base: string; reading: string };

/** The text cut into plain parts and kanji words with their readings, in order. */
export function readingRuns(text: string): ReadingRun[] {
  const runs: ReadingRun[] = [];
  let at = 0;
  for (const match of text.matchAll(READING)) {
    const [whole, base = '', reading = ''] = match;
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ base, reading });
    at = match.index + whole.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The text with its readings dropped and the kanji kept: 止(と)める → 止める. */
export function withoutReadings(text: string): string {
  return text.replace(READING, '$1');
}

/**
 * Whether texts in this language (our code or i18next's) carry readings. Only やさしい日本語 does;
 * in Japanese, 日時(わかれば) is an aside, not a reading.
 */
export function hasReadings(lng: string | undefined): boolean {
  return languageOfCode(lng) === 'ja-easy';
}

/** A text of this language as it leaves the screen: readings dropped where the language has them. */
export function plainText(text: string, lng: string | undefined): string {
  return hasReadings(lng) ? withoutReadings(text) : text;
}
