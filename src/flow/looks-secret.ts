import secretLabels from '../i18n/secret-labels.json';

/**
 * A note or call detail must never hold what a scammer wants. This is the one check for it: the
 * machine's guard (./machine.ts), the restore of a stored record and every export use it. It
 * refuses text that looks like one of three secrets, and says which, so the screen can explain:
 *
 * - 'card': a card number. 13 to 19 digits that pass the Luhn check and do not start with 0 (no
 *   card number does; Japanese phone numbers all do), written straight or in groups of at least
 *   four digits (the last may be shorter: 4-4-4-4-3). Every run of neighbouring groups is tried,
 *   so digits around a card number (an expiry date) do not hide it.
 * - 'my-number': a 12-digit My Number (個人番号), straight or as 4-4-4. Any 12 digits are refused,
 *   not only those with a valid check digit: a My Number typed with one wrong digit is still
 *   someone's My Number. Other groupings of 12 digits ("20261129-0042", a dated reference number)
 *   are kept.
 * - 'password': a password, PIN or one-time code written down: a label from any of the app's
 *   languages (../i18n/secret-labels.json) followed by a value. After ":", "=", a dash or a quote,
 *   any value with a Latin letter or digit ("password - x", "密码：abc", "senha nova: x"); after a space or a word
 *   such as "は", "is", "é", a value starting with a Latin letter or digit, which after a label in
 *   Latin letters must also hold a digit or symbol ("PIN 1234", "senha abc123"), so "password
 *   changed", "senha alterada" and "パスワードを変更した" are kept.
 *
 * Digits are normalised first: full-width forms count as plain ones (NFKC), invisible characters
 * (a zero-width space, a soft hyphen) are dropped, and digit groups may be joined by spaces, tabs,
 * dots, commas, slashes, dashes, ・ or 、, with spaces around them. A number right after "+" is an
 * international phone number. The check is a safety net, not a guarantee, and runs on the device.
 */
export type SecretKind = 'card' | 'my-number' | 'password';

/** Words that name a secret, and the small words that join a label to its value. */
export interface SecretLabels {
  labels: readonly string[];
  joiners: readonly string[];
}

/** Every language's labels at once: a note may be written in any language, whatever is shown. */
export const SECRET_LABELS: SecretLabels = {
  labels: Object.values(secretLabels).flatMap((each) => each.labels),
  joiners: Object.values(secretLabels).flatMap((each) => each.joiners),
};

/** Invisible format characters (zero-width space and joiners, soft hyphen, BOM, direction marks). */
const INVISIBLE = /\p{Cf}/gu;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Luhn (ISO/IEC 7812) check over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** What may stand between two digit groups of one number: "4111.1111", "4111 - 1111", "4111\t1111". */
const SEPARATOR = '(?:\\s*[-\\u2010-\\u2015\\u2212\\u30fc.,/・、·_|]\\s*|\\s+)';
/** A run of digit groups, not part of a longer number; "+" first marks a phone number. */
const NUMBER_RUN = new RegExp(`(?<!\\d)(?:\\+\\s?)?\\d+(?:${SEPARATOR}\\d+)*(?!\\d)`, 'g');

interface Run {
  groups: string[];
  phone: boolean;
}

function numberRuns(text: string): Run[] {
  return [...text.matchAll(NUMBER_RUN)].map((m) => ({
    groups: m[0].match(/\d+/g) ?? [],
    phone: m[0].startsWith('+'),
  }));
}

function hasCardNumber(runs: Run[]): boolean {
  for (const { groups, phone } of runs) {
    // The first group after "+" is a country code: a phone number, never a card.
    for (let start = phone ? 1 : 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length; end++) {
        const group = groups[end] ?? '';
        digits += group;
        if (digits.length > 19) break;
        if (digits.length >= 13 && digits[0] !== '0' && passesLuhn(digits)) return true;
        // Card groups are four digits or more; "5678, 03" is two phone numbers, not one card.
        if (group.length < 4) break;
      }
    }
  }
  return false;
}

function hasMyNumber(runs: Run[]): boolean {
  return runs.some(({ groups }) =>
    groups.some(
      (group, i) =>
        group.length === 12 ||
        (group.length === 4 && groups[i + 1]?.length === 4 && groups[i + 2]?.length === 4),
    ),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /\p{Script=Latin}/u;
const startsLatin = (word: string) => LATIN.test(word[0] ?? '');
const endsLatin = (word: string) => LATIN.test(word.at(-1) ?? '');

/** A word standing alone: a Latin label is not the end or start of a longer Latin word ("spin"). */
function wordPattern(word: string): string {
  const w = normalise(word);
  const before = startsLatin(w) ? '(?<!\\p{Script=Latin})' : '';
  const after = endsLatin(w) ? '(?!\\p{Script=Latin})' : '';
  return `${before}${escape(w)}${after}`;
}

const byLength = (words: readonly string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length);

/** "password: x", "password - x", "password = x", and with one word between: "senha nova: x". */
const STRONG_JOINER = /^\s*[:=\-\u2010-\u2015\u2212>→]\s*|^\s*[^\s:=\d"'「『]{1,12}\s*[:=]\s*/;
const QUOTE = /^["'`「『“‘(（【[<]/;
const VALUE = /^[^\s"'`」』”’)）】\]>]*/;
const SYMBOL = /[0-9!#$%&*?@^~+=_]/;

interface Compiled {
  label: RegExp;
  joiner: RegExp;
}

const compiled = new WeakMap<SecretLabels, Compiled>();

function compile(labels: SecretLabels): Compiled {
  let done = compiled.get(labels);
  if (!done) {
    // Longest first, so "ワンタイムパスワード" is one label, not "パスワード" after other text.
    done = {
      label: new RegExp(byLength(labels.labels).map(wordPattern).join('|') || '(?!)', 'giu'),
      joiner: new RegExp(
        `^\\s*(?:${byLength(labels.joiners).map(wordPattern).join('|') || '(?!)'})\\s*`,
        'iu',
      ),
    };
    compiled.set(labels, done);
  }
  return done;
}

/** Whether what follows a label looks like its value. */
function isValue(rest: string, latinLabel: boolean, joiner: RegExp): boolean {
  let after = rest;
  let strong = false;
  const symbol = STRONG_JOINER.exec(after);
  if (symbol) {
    strong = true;
    after = after.slice(symbol[0].length);
  } else {
    after = after.slice((joiner.exec(after) ?? /^\s*/.exec(after))?.[0].length ?? 0);
  }
  if (QUOTE.test(after)) {
    strong = true;
    after = after.slice(1);
  }
  const value = VALUE.exec(after)?.[0] ?? '';
  if (strong) return /[A-Za-z0-9]/.test(value);
  if (!/^[A-Za-z0-9]/.test(value)) return false;
  // A sentence's last mark is not a symbol of the value: "PIN changed!" is kept.
  return !latinLabel || SYMBOL.test(value.replace(/[!?.,]+$/, ''));
}

function hasPassword(text: string, labels: SecretLabels): boolean {
  const { label, joiner } = compile(labels);
  for (const m of text.matchAll(label)) {
    const rest = text.slice(m.index + m[0].length);
    if (isValue(rest, endsLatin(m[0]), joiner)) return true;
  }
  return false;
}

/**
 * Which secret the text looks like, or undefined when it may be kept. A pure function: the labels
 * are every language's unless a test gives its own.
 */
export function looksSecret(
  note: string,
  labels: SecretLabels = SECRET_LABELS,
): SecretKind | undefined {
  const text = normalise(note);
  const runs = numberRuns(text);
  if (hasCardNumber(runs)) return 'card';
  if (hasMyNumber(runs)) return 'my-number';
  if (hasPassword(text, labels)) return 'password';
  return undefined;
}
