import type { CallDetails } from '../flow/details';
import type { Progress } from '../flow/merge';
import type { Flow } from '../flow/types';
import { isDetailValue, RECORD_VERSION, type ProgressRecord } from './record';

/** The same entries with the keys in order, so equal content always gives equal text. */
function sorted<T>(entries: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * The record for a flow's progress (a pure projection of a tab's context). updatedAt follows from the content (the latest change or
 * clear) and keys are sorted, so two tabs holding the same progress write the same text and do
 * not wake each other again.
 */
export function recordFrom(flow: Flow, p: Progress): ProgressRecord {
  return canonical({
    v: RECORD_VERSION,
    flowId: flow.id,
    flowVersion: flow.version,
    answers: p.answers,
    answeredAt: p.answeredAt,
    ticks: p.ticks,
    unticked: p.unticked,
    notes: p.notes,
    mailArrivedAt: p.mailArrivedAt,
    details: savable(p.details),
    noteAt: p.noteAt,
    detailsAt: p.detailsAt,
    mailSetAt: p.mailSetAt,
    clearedAt: p.clearedAt,
    updatedAt: '',
  });
}

/**
 * Only details that may be kept: the screen refuses a secret before it reaches the machine, and
 * this is the net under it, so such text never reaches storage whatever sent it.
 */
function savable(details: CallDetails): CallDetails {
  return Object.fromEntries(
    Object.entries(details).filter(([field, value]) => isDetailValue(field, value)),
  );
}

/** The same record in its canonical form (sorted keys, updatedAt from the content). */
export function canonical(record: ProgressRecord): ProgressRecord {
  const times = [
    record.answeredAt,
    ...Object.values(record.ticks),
    ...Object.values(record.unticked),
    ...Object.values(record.noteAt),
    ...Object.values(record.detailsAt),
    record.mailSetAt,
    record.clearedAt,
  ]
    .filter(Boolean)
    .sort();
  return {
    ...record,
    answers: sorted(record.answers),
    ticks: sorted(record.ticks),
    unticked: sorted(record.unticked),
    notes: sorted(record.notes),
    details: sorted(record.details),
    noteAt: sorted(record.noteAt),
    detailsAt: sorted(record.detailsAt),
    updatedAt: times.at(-1) ?? '',
  };
}
