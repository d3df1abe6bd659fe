import {
  FREE_TEXT_FIELDS,
  MAX_DETAIL_LENGTH,
  PAYMENT_KINDS,
  isDetailField,
  type CallDetails,
} from '../flow/details';
import { own } from '../flow/own';
import { isValidAnswer } from '../flow/path';
import type { Answer, Answers, Flow } from '../flow/types';
import { looksSecret } from '../flow/looks-secret';

/**
 * The saved record's schema version. Each older version has a migration below and a fixture in
 * tests/fixtures/records/ that must keep loading.
 * - 1: answers, answeredAt, ticks.
 * - 2: + notes, mailArrivedAt.
 * - 3: + unticked (step → when it was unticked), so a merge with another tab does not bring an
 *      untick back to life.
 * - 4: + details (what the phone call asks: bank's name, when noticed, amount, how paid).
 * - 5: + noteAt, detailsAt, mailSetAt (when each was last written or removed: the later change
 *      wins across tabs, and a removal stays removed), clearedAt (the last start over: older
 *      progress from another tab loses against it).
 * - 6: the main flow asks first what arrived and who it claimed to be (flows/lures/): a record of
 *      the app before, which knew only the fake マイナポータル mail, gets those two answers.
 */
export const RECORD_VERSION = 6;

/** What is saved: answers (categories only, never what was typed into the scam page) and tick times. */
export interface ProgressRecord {
  v: typeof RECORD_VERSION;
  flowId: string;
  flowVersion: number;
  answers: Answers;
  answeredAt: string;
  ticks: Record<string, string>;
  /** Step id → when it was last unticked. A tick only counts when it is later than this. */
  unticked: Record<string, string>;
  /** The person's own short notes per step (checked for secrets before they are saved). */
  notes: Record<string, string>;
  mailArrivedAt: string;
  /** What the phone call asks, all optional (checked for secrets on save and on restore). */
  details: CallDetails;
  /** Step → when its note was last written or removed (a time without a note: removed). */
  noteAt: Record<string, string>;
  /** Field → when it was last filled or emptied. */
  detailsAt: Record<string, string>;
  /** When the mail time was last given or cleared. */
  mailSetAt: string;
  /** The last start over this progress follows ('' if none). */
  clearedAt: string;
  updatedAt: string;
}

/**
 * 'partial': something was dropped; 'unreadable': nothing could be used; 'newer': written by a
 * newer version of the app, which this version must not read or overwrite blindly.
 */
export type RestoreProblem = 'none' | 'partial' | 'unreadable' | 'newer';

export interface Restored {
  record: ProgressRecord | undefined;
  problem: RestoreProblem;
}

/** Far above any real record (a few KB); a bigger value is not parsed at all. */
export const MAX_RECORD_LENGTH = 1_000_000;
export const MAX_NOTE_LENGTH = 500;

type Raw = Record<string, unknown>;

function isPlainObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// What Date.prototype.toISOString writes: the only time format the app stores and compares.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** No time the app keeps is older than this (a mail, a tick): earlier is a damaged value. */
export const EARLIEST_TIME = Date.parse('2000-01-01T00:00:00.000Z');

/**
 * A real ISO time (2026-02-30 is not: Date.parse rolls it over to March, so it must read back the
 * same), not before 2000 and not in the future (allowing a minute of clock skew).
 */
export function isPastTime(value: unknown, now: Date): value is string {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return false;
  const time = Date.parse(value);
  return (
    Number.isFinite(time) &&
    new Date(time).toISOString() === value &&
    time >= EARLIEST_TIME &&
    time <= now.getTime() + 60_000
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export function emptyRecord(flow: Flow): ProgressRecord {
  return {
    v: RECORD_VERSION,
    flowId: flow.id,
    flowVersion: flow.version,
    answers: {},
    answeredAt: '',
    ticks: {},
    unticked: {},
    notes: {},
    mailArrivedAt: '',
    details: {},
    noteAt: {},
    detailsAt: {},
    mailSetAt: '',
    clearedAt: '',
    updatedAt: '',
  };
}

/**
 * Progress that holds nothing: what a "start over" leaves (a record, when the key cannot be
 * removed, or a tab's context). The time of a removal (a note, a detail, the mail time taken back)
 * counts as something: that removal must reach the other tab.
 */
export function isEmptyRecord(
  p: Pick<
    ProgressRecord,
    | 'answers'
    | 'ticks'
    | 'notes'
    | 'mailArrivedAt'
    | 'details'
    | 'noteAt'
    | 'detailsAt'
    | 'mailSetAt'
  >,
): boolean {
  return (
    Object.keys(p.noteAt).length === 0 &&
    Object.keys(p.detailsAt).length === 0 &&
    p.mailSetAt === '' &&
    Object.keys(p.answers).length === 0 &&
    Object.keys(p.ticks).length === 0 &&
    Object.keys(p.notes).length === 0 &&
    p.mailArrivedAt === '' &&
    Object.keys(p.details).length === 0
  );
}

/** Migrations, each from version n to n + 1, on the parsed (still untrusted) data. */
const migrations: Record<number, (data: Raw) => Raw> = {
  // Version 1 had no notes and no mail time.
  1: (data) => ({ ...data, v: 2, notes: {}, mailArrivedAt: '' }),
  // Version 2 had no untick times.
  2: (data) => ({ ...data, v: 3, unticked: {} }),
  // Version 3 had no call details.
  3: (data) => ({ ...data, v: 4, details: {} }),
  // Version 4 kept no change times: its notes, details and mail time count as the oldest ('').
  4: (data) => ({ ...data, v: 5, noteAt: {}, detailsAt: {}, mailSetAt: '', clearedAt: '' }),
  // Version 5 knew one lure, the mail claiming to be マイナポータル: its answers began after it.
  5: (data) => ({ ...data, v: 6, answers: withClassicFrontDoor(data) }),
};

/** The front door of every record before version 6: a mail that claimed to be マイナポータル. */
function withClassicFrontDoor(data: Raw): unknown {
  const { answers } = data;
  if (data.flowId !== 'mynaportal-phishing' || !isPlainObject(answers)) return answers;
  if (Object.keys(answers).length === 0 || 'arrived' in answers) return answers;
  return { arrived: 'mail', claimed: 'mynaportal', ...answers };
}

/**
 * Whether a value may stand in a call-details field: short, whole text, of the field's kind, and
 * in a free-text field nothing that looks like a card number, My Number or password. The same
 * rule decides what is saved (src/progress/save.ts) and what is restored.
 */
export function isDetailValue(
  field: string,
  value: unknown,
  now: Date = new Date(),
): value is string {
  if (!isDetailField(field) || typeof value !== 'string' || value.trim() === '') return false;
  if (field === 'noticedAt') return isPastTime(value, now);
  if (field === 'payment') return (PAYMENT_KINDS as readonly string[]).includes(value);
  return (
    FREE_TEXT_FIELDS.includes(field) &&
    value.length <= MAX_DETAIL_LENGTH &&
    !hasLoneSurrogate(value) &&
    looksSecret(value) === undefined
  );
}

/** A multi answer keeps the options the flow still has; a single answer must still exist. */
function fitAnswer(flow: Flow, question: string, answer: unknown): Answer | undefined {
  if (isValidAnswer(flow, question, answer)) return answer;
  const q = own(flow.questions, question);
  if (q?.kind === 'multi' && Array.isArray(answer)) {
    const kept = [...new Set(answer)].filter(
      (a): a is string => typeof a === 'string' && q.options.includes(a),
    );
    if (kept.length > 0) return kept;
  }
  return undefined;
}

/** Reads a stored value defensively: keeps what fits the flow, drops the rest, never throws. */
export function restoreRecord(raw: string | null, flow: Flow, now: Date = new Date()): Restored {
  // Nothing stored, or what a careless `setItem(key, undefined)` leaves: nothing to lose.
  if (raw === null || raw === '' || raw === 'undefined' || raw === 'null') {
    return { record: undefined, problem: 'none' };
  }
  let data: unknown;
  try {
    if (raw.length > MAX_RECORD_LENGTH) throw new Error('too large');
    data = JSON.parse(raw);
  } catch {
    return { record: undefined, problem: 'unreadable' };
  }
  if (!isPlainObject(data) || typeof data.v !== 'number' || !Number.isInteger(data.v)) {
    return { record: undefined, problem: 'unreadable' };
  }
  if (data.v > RECORD_VERSION) return { record: undefined, problem: 'newer' };
  if (data.v < 1 || data.flowId !== flow.id) return { record: undefined, problem: 'unreadable' };
  for (let v = data.v; v < RECORD_VERSION; v++) data = migrations[v]?.(data as Raw) ?? data;
  return readCurrent(data as Raw, flow, now);
}

function readCurrent(data: Raw, flow: Flow, now: Date): Restored {
  let dropped = false;
  // Object.entries reads own keys only, and a "__proto__" key from JSON.parse is an own key that
  // no flow has: it is dropped, and nothing is ever assigned through it.
  const answers: Answers = {};
  if (isPlainObject(data.answers)) {
    for (const [question, answer] of Object.entries(data.answers)) {
      const fitted = fitAnswer(flow, question, answer);
      if (fitted !== undefined) answers[question] = fitted;
      if (fitted !== answer) dropped = true;
    }
  } else dropped = true;

  const times = (field: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!isPlainObject(field)) {
      dropped = true;
      return out;
    }
    for (const [step, at] of Object.entries(field)) {
      if (Object.hasOwn(flow.steps, step) && isPastTime(at, now)) out[step] = at;
      else dropped = true;
    }
    return out;
  };
  const unticked = times(data.unticked);
  const noteAt = times(data.noteAt);
  const ticks: Record<string, string> = {};
  for (const [step, at] of Object.entries(times(data.ticks))) {
    // A tick no later than its untick is one the person took back (in this tab or another).
    const gone = own(unticked, step);
    if (gone === undefined || at > gone) ticks[step] = at;
  }

  const notes: Record<string, string> = {};
  if (isPlainObject(data.notes)) {
    for (const [step, note] of Object.entries(data.notes)) {
      if (
        Object.hasOwn(flow.steps, step) &&
        typeof note === 'string' &&
        note.length <= MAX_NOTE_LENGTH &&
        !hasLoneSurrogate(note) &&
        // A secret that got in somehow (an older app, a hand edit) is dropped, never shown again.
        looksSecret(note) === undefined
      ) {
        notes[step] = note;
      } else dropped = true;
    }
  } else dropped = true;

  const time = (value: unknown): string => {
    if (value === '' || value === undefined) return '';
    if (isPastTime(value, now)) return value;
    dropped = true;
    return '';
  };
  const details: CallDetails = {};
  if (isPlainObject(data.details)) {
    for (const [field, value] of Object.entries(data.details)) {
      // A secret that got in somehow (an older app, a hand edit) is dropped, never shown again.
      if (isDetailField(field) && isDetailValue(field, value, now)) details[field] = value;
      else dropped = true;
    }
  } else dropped = true;
  const detailsAt: Record<string, string> = {};
  if (isPlainObject(data.detailsAt)) {
    for (const [field, at] of Object.entries(data.detailsAt)) {
      if (isDetailField(field) && isPastTime(at, now)) detailsAt[field] = at;
      else dropped = true;
    }
  } else dropped = true;

  const record: ProgressRecord = {
    ...emptyRecord(flow),
    answers,
    answeredAt: time(data.answeredAt),
    ticks,
    unticked,
    notes,
    mailArrivedAt: time(data.mailArrivedAt),
    details,
    noteAt,
    detailsAt,
    mailSetAt: time(data.mailSetAt),
    clearedAt: time(data.clearedAt),
    updatedAt: time(data.updatedAt),
  };
  return { record, problem: dropped ? 'partial' : 'none' };
}
