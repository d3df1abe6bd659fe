import { mergeProgress, type Progress } from '../flow/merge';
import type { Flow } from '../flow/types';
import { keptNewerKey, progressKey } from './keys';
import {
  emptyRecord,
  isEmptyRecord,
  restoreRecord,
  type ProgressRecord,
  type RestoreProblem,
  type Restored,
} from './record';
import type { ReadResult, SafeStorage } from './safe-storage';
import { canonical, recordFrom } from './save';

/**
 * Another tab's progress, to merge into this tab's screen. `replace`: that tab cleared since this
 * one last looked, so this tab's own progress goes first.
 */
export interface Merge {
  progress: Progress;
  replace?: boolean;
}

/** What a `storage` event asks of this tab. */
export type Incoming =
  | { kind: 'none'; problem?: RestoreProblem }
  | { kind: 'restart' }
  | { kind: 'merge'; merge: Merge; problem?: RestoreProblem }
  | { kind: 'newer' };

export interface SaveResult {
  /** False while the saved record does not hold this tab's progress (storage refused us). */
  saved: boolean;
  /** What another tab had stored and this write merged in: this tab's screen merges it too. */
  merge: Merge | undefined;
}

export interface ProgressSync {
  readonly restored: Restored;
  /** A record written by a newer version was found and kept aside under its own key. */
  readonly keptNewer: boolean;
  /** Saves at once: reads what is stored, merges it in, then writes. Call on every change. */
  save(progress: Progress): SaveResult;
  /**
   * Saves again if the last save failed, or reads what is stored if that failed at the start
   * (storage may be back). Call when the page is hidden and on storage events.
   */
  retry(progress: Progress): SaveResult;
  /**
   * A `storage` event from another tab: its key (null after a clear) and new value (used only when
   * storage cannot be read).
   */
  receive(key: string | null, newValue?: string | null): Incoming;
  /** Start over: the record goes (a newer version's is kept aside first). */
  clear(clearedAt: string): SaveResult;
  /** The person chose to delete the kept newer record. */
  dropKeptNewer(): boolean;
}

/**
 * Start over: the flow's record goes, or, when removeItem throws, an empty record takes its place
 * (it restores as nothing, and other tabs follow it as they follow a removal).
 */
export function clearProgress(storage: SafeStorage, flow: Flow, clearedAt = ''): boolean {
  const key = progressKey(flow.id);
  const empty = canonical({ ...emptyRecord(flow), clearedAt });
  return storage.remove(key) || storage.write(key, JSON.stringify(empty));
}

const mergeOf = (other: ProgressRecord, replace = false): Merge =>
  replace ? { progress: other, replace } : { progress: other };

/** Holds something of the person's (not nothing, not what a start over leaves). */
function holdsProgress(text: string | null | undefined, flow: Flow): boolean {
  if (text === null || text === undefined) return false;
  const { record } = restoreRecord(text, flow);
  return record !== undefined && !isEmptyRecord(record);
}

/**
 * Saved progress for one flow, kept in step with other tabs: the record's I/O and its rules, pure
 * of React and of the machine (the app's persistence actor and the property tests drive it alike).
 * `first`: the read the app restored this flow from, so both start from the same text.
 */
export function createProgressSync(
  flow: Flow,
  storage: SafeStorage,
  now: () => Date = () => new Date(),
  first: ReadResult = storage.tryRead(progressKey(flow.id)),
): ProgressSync {
  const key = progressKey(flow.id);
  const keptKey = keptNewerKey(flow.id);
  const restored = restoreFrom(first, flow, now());

  let keptNewer = false;
  const keepAside = (text: string): boolean => {
    const kept = storage.tryRead(keptKey);
    const ok = (kept.ok && kept.value === text) || storage.write(keptKey, text);
    if (ok) keptNewer = true;
    return ok;
  };

  /** The text last seen in (or written to) storage; undefined when unknown, so it is read first. */
  let lastText: string | null | undefined = first.ok ? first.value : undefined;
  if (restored.problem === 'newer' && first.ok && first.value !== null && !keepAside(first.value)) {
    lastText = undefined; // Not kept aside: every save checks again before writing over it.
  }
  let prevEmpty = !restored.record || isEmptyRecord(restored.record);
  /** Storage does not hold this tab's progress (the last save failed). */
  let pending = false;
  /**
   * lastText came from a storage event's value, not from storage (which could not be read): the
   * event may be stale (a later write, even this tab's own, may have replaced it), so storage is
   * read again on the next retry.
   */
  let unconfirmed = false;

  const forget = () => {
    prevEmpty = true;
    pending = false;
  };

  const fail = (merge?: Merge): SaveResult => {
    pending = true;
    return { saved: false, merge };
  };
  const done = (text: string | null, merge?: Merge): SaveResult => {
    lastText = text;
    pending = false;
    unconfirmed = false;
    return { saved: true, merge };
  };

  /** Start over: the record goes (or, if it cannot be removed, is replaced by an empty one). */
  const clear = (clearedAt: string): SaveResult => {
    forget();
    const current = storage.tryRead(key);
    if (current.ok && current.value === null) return done(null);
    if (
      current.ok &&
      restoreRecord(current.value, flow, now()).problem === 'newer' &&
      !keepAside(current.value ?? '')
    ) {
      return fail();
    }
    if (!clearProgress(storage, flow, clearedAt)) return fail();
    const left = storage.tryRead(key);
    return done(left.ok ? left.value : null);
  };

  const save = (progress: Progress): SaveResult => {
    if (isEmptyRecord(progress)) {
      const wasEmpty = prevEmpty;
      forget();
      // Nothing here to clear: never wipe a record this tab had (or could not even read).
      if (wasEmpty && (lastText === null || lastText === undefined)) {
        return { saved: true, merge: undefined };
      }
      // What a start over left (or this tab followed) is already there: nothing to write.
      if (wasEmpty && !holdsProgress(lastText, flow)) return { saved: true, merge: undefined };
      if (wasEmpty) {
        // Already started over here: what another tab stored since is newer than that start over,
        // and comes here with its storage event. Only this tab's own leftover is cleared again.
        const current = storage.tryRead(key);
        if (current.ok && current.value !== lastText) return { saved: true, merge: undefined };
      }
      return clear(progress.clearedAt);
    }
    prevEmpty = false;

    let record = recordFrom(flow, progress);
    const current = storage.tryRead(key);
    if (!current.ok) return fail();
    let merge: Merge | undefined;
    // Only what storage really held tells a removal since: a stale event's value (unconfirmed)
    // may be older than this tab's own start over, and its absence now means nothing.
    if (current.value !== lastText && !unconfirmed && holdsProgress(lastText, flow)) {
      const left = current.value === null ? undefined : restoreRecord(current.value, flow, now());
      if (left === undefined || (left.record && isEmptyRecord(left.record))) {
        // What this tab last saw was removed (a start over or "delete everything" in another tab,
        // whose event has not come yet): the clear wins, and nothing of before is written back.
        forget();
        lastText = current.value;
        return { saved: true, merge: mergeOf(left?.record ?? emptyRecord(flow), true) };
      }
    }
    if (current.value !== lastText && current.value !== null) {
      // Another tab wrote since we last looked, and its storage event may not have come yet.
      const other = restoreRecord(current.value, flow, now());
      if (other.problem === 'newer' && !keepAside(current.value)) return fail();
      if (other.record) {
        record = canonical({ ...record, ...mergeProgress(record, other.record) });
        merge = mergeOf(other.record);
      }
      // Seen and merged: not merged again (and the screen not woken again) if the write fails.
      lastText = current.value;
    }
    const text = JSON.stringify(record);
    if (text === current.value || storage.write(key, text)) return done(text, merge);
    return fail(merge);
  };

  return {
    restored,
    get keptNewer() {
      return keptNewer;
    },
    save,
    clear,
    retry(progress) {
      if (!pending && !unconfirmed && lastText !== undefined) {
        return { saved: true, merge: undefined };
      }
      if (!isEmptyRecord(progress) || !prevEmpty) return save(progress);
      // Nothing done here yet, and storage could not be read at the start (or only an event's
      // value was known when this tab followed it): read it now.
      const current = storage.tryRead(key);
      if (!current.ok) return fail();
      pending = false;
      unconfirmed = false;
      lastText = current.value;
      const other = restoreRecord(current.value, flow, now()).record;
      if (!other || isEmptyRecord(other)) return { saved: true, merge: undefined };
      return { saved: true, merge: mergeOf(other) };
    },
    receive(eventKey, newValue) {
      if (eventKey !== null && eventKey !== key) return { kind: 'none' };
      // What is stored now, not what the event says: events queue up, and an older one must not
      // bring back what a later write (a start over) removed. The event's value is the fallback.
      const read = storage.tryRead(key);
      const current = read.ok
        ? read
        : eventKey !== null && newValue !== undefined
          ? { ok: true as const, value: newValue }
          : read;
      if (!current.ok || current.value === lastText) return { kind: 'none' };
      // Followed below, but not trusted: the next retry reads what is really stored.
      const fromEvent = !read.ok;
      if (current.value === null) {
        // Cleared in another tab (start over, or everything deleted): follow it.
        lastText = null;
        forget();
        unconfirmed = fromEvent;
        return { kind: 'restart' };
      }
      const other = restoreRecord(current.value, flow, now());
      if (other.problem === 'newer') {
        keepAside(current.value);
        return { kind: 'newer' };
      }
      // Damaged by something else: ignored here, said as at load, replaced by this tab's next save.
      if (!other.record) return { kind: 'none', problem: 'unreadable' };
      const problem = other.problem === 'partial' ? ('partial' as const) : undefined;
      // The event says the record was removed (a start over) before this one was written: this
      // tab's own progress goes with it, and only what was stored since is taken.
      const removed = eventKey === key && newValue === null && holdsProgress(lastText, flow);
      lastText = current.value;
      unconfirmed = fromEvent;
      if (isEmptyRecord(other.record)) {
        forget();
        return { kind: 'restart' };
      }
      if (removed) forget();
      const merge = mergeOf(other.record, removed);
      return problem ? { kind: 'merge', merge, problem } : { kind: 'merge', merge };
    },
    dropKeptNewer() {
      const gone = storage.remove(keptKey);
      if (gone) keptNewer = false;
      return gone;
    },
  };
}

/** A flow's progress as restored from one read (storage that cannot be read holds nothing yet). */
export function restoreFrom(read: ReadResult, flow: Flow, now: Date = new Date()): Restored {
  return read.ok ? restoreRecord(read.value, flow, now) : { record: undefined, problem: 'none' };
}
