import type { CallDetails } from './details';
import { own } from './own';
import type { Answers } from './types';

type Times = Record<string, string>;

/**
 * Everything two tabs can disagree about, with the time of each change (ISO text, so times
 * compare as strings; '' means "no time known"). A removal is a change too: a time with no value.
 */
export interface Progress {
  answers: Answers;
  answeredAt: string;
  ticks: Times;
  /** Step → when it was last unticked: a tick no later than this was taken back. */
  unticked: Times;
  notes: Record<string, string>;
  /** Step → when its note was last written or removed. */
  noteAt: Times;
  mailArrivedAt: string;
  /** When the mail time was last given or cleared. */
  mailSetAt: string;
  details: CallDetails;
  /** Field → when it was last filled or emptied. */
  detailsAt: Times;
  /** The last start over (or delete everything): whatever happened no later than it is gone. */
  clearedAt: string;
}

/** Made after the clear: kept. With a clear, a change of unknown time ('') counts as older. */
const survives = (at: string, clearedAt: string) => clearedAt === '' || at > clearedAt;

const keyed = (entries: Record<string, unknown>) =>
  JSON.stringify(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The same answers, whatever the order of their keys. */
export const sameAnswers = (a: Answers, b: Answers) => keyed(a) === keyed(b);

/**
 * Per key, the later change wins, value or removal. Equal times pick the same side in every tab
 * (the greater text), so two tabs never keep their own and rewrite each other forever.
 */
function mergeLatest(
  mine: { values: Record<string, string>; at: Times },
  other: { values: Record<string, string>; at: Times },
  clearedAt: string,
) {
  const values: [string, string][] = [];
  const at: [string, string][] = [];
  const keys = new Set(
    [mine, other].flatMap((s) => [...Object.keys(s.values), ...Object.keys(s.at)]),
  );
  for (const key of keys) {
    const a = { value: own(mine.values, key), at: own(mine.at, key) ?? '' };
    const b = { value: own(other.values, key), at: own(other.at, key) ?? '' };
    const later = b.at > a.at || (b.at === a.at && (b.value ?? '') > (a.value ?? '')) ? b : a;
    if (!survives(later.at, clearedAt)) continue;
    if (later.at !== '') at.push([key, later.at]);
    if (later.value !== undefined) values.push([key, later.value]);
  }
  return { values: Object.fromEntries(values), at: Object.fromEntries(at) };
}

/** Per step, the later of two untick times. */
export function unionUnticks(a: Times, b: Times): Times {
  const out: Times = { ...a };
  for (const [step, at] of Object.entries(b)) {
    const mine = own(out, step);
    if (mine === undefined || at > mine) out[step] = at;
  }
  return out;
}

/**
 * Ticks of two tabs: the union, less every tick no later than the step's untick; where both
 * ticked a step, the later tick counts (the person's last action; an untick between the two must
 * not win over it).
 */
export function mergeTicks(a: Times, b: Times, unticked: Times, clearedAt = ''): Times {
  const out: Times = {};
  for (const [step, at] of [...Object.entries(a), ...Object.entries(b)]) {
    const gone = own(unticked, step);
    if ((gone !== undefined && at <= gone) || !survives(at, clearedAt)) continue;
    const kept = own(out, step);
    out[step] = kept !== undefined && kept > at ? kept : at;
  }
  return out;
}

/**
 * The one merge rule, for the machine (a tab's screen) and for the saved record alike: the later
 * clear wins over everything before it; then the newer answers win, ticks are a union less
 * unticks, and each note, call detail and the mail time is the later of the two changes.
 * Symmetric (either tab gets the same result), so two tabs settle on one record and stop writing.
 */
export function mergeProgress(mine: Progress, other: Progress): Progress {
  const clearedAt = mine.clearedAt > other.clearedAt ? mine.clearedAt : other.clearedAt;
  const theirs =
    other.answeredAt > mine.answeredAt ||
    (other.answeredAt === mine.answeredAt && keyed(other.answers) > keyed(mine.answers));
  const answered = theirs ? other : mine;
  const keepAnswers = survives(answered.answeredAt, clearedAt);
  const unticked = Object.fromEntries(
    Object.entries(unionUnticks(mine.unticked, other.unticked)).filter(([, at]) =>
      survives(at, clearedAt),
    ),
  );
  const notes = mergeLatest(
    { values: mine.notes, at: mine.noteAt },
    { values: other.notes, at: other.noteAt },
    clearedAt,
  );
  const details = mergeLatest(
    { values: mine.details as Record<string, string>, at: mine.detailsAt },
    { values: other.details as Record<string, string>, at: other.detailsAt },
    clearedAt,
  );
  const mailOf = (p: Progress): { values: Record<string, string>; at: Times } => ({
    values: p.mailArrivedAt ? { mail: p.mailArrivedAt } : {},
    at: p.mailSetAt ? { mail: p.mailSetAt } : {},
  });
  const mail = mergeLatest(mailOf(mine), mailOf(other), clearedAt);
  return {
    answers: keepAnswers ? answered.answers : {},
    answeredAt: keepAnswers ? answered.answeredAt : '',
    ticks: mergeTicks(mine.ticks, other.ticks, unticked, clearedAt),
    unticked,
    notes: notes.values,
    noteAt: notes.at,
    mailArrivedAt: mail.values.mail ?? '',
    mailSetAt: mail.at.mail ?? '',
    details: details.values,
    detailsAt: details.at,
    clearedAt,
  };
}
