/**
 * A note must never hold what a scammer wants. Before a note is saved, this refuses text that looks
 * like one of three secrets, and says which, so the screen can explain kindly:
 *
 * - 'card': a card number. A run of 13 to 19 digits, written straight or in groups joined by one
 *   space or hyphen ("4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005"), that
 *   passes the Luhn check and does not start with 0 (no card number does; Japanese phone numbers
 *   all do). Every run of whole neighbouring groups is tried, so digits around a card number
 *   (an expiry date, a phone number) do not hide it.
 * - 'my-number': a 12-digit My Number (個人番号), written straight or as 4-4-4 groups. Any 12 digits
 *   are refused, not only those with a valid check digit: a My Number typed with one wrong digit is
 *   still someone's My Number. Other groupings of 12 digits ("20261129-0042", a dated reference
 *   number) are accepted.
 * - 'password': a password or PIN written down: a label followed by a value. After a Japanese
 *   label (パスワード, パス, 暗証番号, セキュリティコード, ワンタイムパスワード), with or without ":",
 *   "=" or "は", a value that starts with a Latin letter or a digit ("暗証番号1234",
 *   "パスワードは「abc」"). After an English label (password, passcode, pass, pw, PIN, CVV, CVC),
 *   after ":", "=" or "is" any value with a letter or digit ("password: hunter", "PIN is 0000"),
 *   after a plain space a value with a digit or a symbol ("PIN 1234", "password hunter2").
 *   So "パスワードを変更した", "パスワードは変更済み" and "password changed" are kept.
 *
 * A number right after "+" is an international phone number and is never refused. Full-width
 * digits, spaces and hyphens count as their plain forms (NFKC). The check is a safety net, not a
 * guarantee, and it runs on the device only.
 */
export type SecretKind = 'card' | 'my-number' | 'password';

/** Dashes of every kind between digits, including ー typed for a hyphen ("4111ー1111"). */
const DASHES = /(?<=\d)[\u2010-\u2015\u2212\u30fc\uff70](?=\d)/g;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-');
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

/** Runs of digit groups joined by single spaces or hyphens, not part of a longer word or number. */
const NUMBER_RUN = /(?<![\d+])(?<!\+[ -])\d+(?:[ -]\d+)*(?!\d)/g;

function numberRuns(text: string): string[][] {
  return [...text.matchAll(NUMBER_RUN)].map((m) => m[0].split(/[ -]/));
}

function hasCardNumber(runs: string[][]): boolean {
  for (const groups of runs) {
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length; end++) {
        digits += groups[end];
        if (digits.length > 19) break;
        if (digits.length >= 13 && digits[0] !== '0' && passesLuhn(digits)) return true;
      }
    }
  }
  return false;
}

function hasMyNumber(runs: string[][]): boolean {
  return runs.some((groups) =>
    groups.some(
      (group, i) =>
        group.length === 12 ||
        (group.length === 4 && groups[i + 1]?.length === 4 && groups[i + 2]?.length === 4),
    ),
  );
}

const JA_LABEL = '(?:ワンタイムパスワード|パスワード|パス|暗証番号|セキュリティー?コード)';
const EN_LABEL = '(?:password|passcode|passwd|pass|pwd|pw|pin|cvv|cvc)';
const QUOTE = '[「『"\']?';
/** Each pattern starts where a label starts (checked at every place a label stands alone). */
const PASSWORD_PATTERNS = [
  // "暗証番号1234", "パスワード: abc", "パスワードは「abc」": a value starting with a letter or digit.
  new RegExp(`^${JA_LABEL}\\s*(?:[:=]|は)?\\s*${QUOTE}[A-Za-z0-9]`, 'i'),
  // "password: hunter", "PIN is 0000".
  new RegExp(`^${EN_LABEL}\\s*(?:[:=]|\\sis\\s)\\s*${QUOTE}\\S*[A-Za-z0-9]`, 'i'),
  // "password changed" is an English sentence; "password hunter2" or "PIN 1234" is a value.
  new RegExp(`^${EN_LABEL}\\s+\\S*[0-9!#$%&*?@^~]`, 'i'),
];
/** A label standing alone: not the end of a longer Latin word ("spin", "compass"). */
const LABEL_START = new RegExp(`(?<![A-Za-z])(?:${JA_LABEL}|${EN_LABEL})`, 'gi');

function hasPassword(text: string): boolean {
  for (const m of text.matchAll(LABEL_START)) {
    const rest = text.slice(m.index);
    if (PASSWORD_PATTERNS.some((pattern) => pattern.test(rest))) return true;
  }
  return false;
}

/** Which secret the note looks like, or undefined when it may be saved. */
export function looksSecret(note: string): SecretKind | undefined {
  const text = normalise(note);
  const runs = numberRuns(text);
  if (hasCardNumber(runs)) return 'card';
  if (hasMyNumber(runs)) return 'my-number';
  if (hasPassword(text)) return 'password';
  return undefined;
}
