import { FLOW_TRAIL_KEY } from './keys';
import type { SafeStorage } from './safe-storage';

/** One flow the person came through. */
export interface TrailEntry {
  flow: string;
  /** Questions answered in this flow before it handed on to the next. */
  asked: number;
}

/** The trail of a first visit (or after a start over): the entry flow, nothing asked yet. */
export const startTrail = (entry: string): TrailEntry[] => [{ flow: entry, asked: 0 }];

/** The stored trail; an older list of ids (no counts) still reads, anything else starts over. */
export function restoreTrail(text: string | null, entry: string, known: string[]): TrailEntry[] {
  try {
    const stored: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(stored)) return startTrail(entry);
    const entries = stored.map((e: unknown) =>
      typeof e === 'string'
        ? { flow: e, asked: 0 }
        : typeof e === 'object' && e !== null
          ? { flow: String((e as TrailEntry).flow), asked: Number((e as TrailEntry).asked) }
          : undefined,
    );
    const valid = entries.every(
      (e) => e && known.includes(e.flow) && Number.isInteger(e.asked) && e.asked >= 0,
    );
    return valid && entries[0]?.flow === entry ? (entries as TrailEntry[]) : startTrail(entry);
  } catch {
    return startTrail(entry);
  }
}

/** Keeps the trail; only the entry flow, with nothing asked, is no trail at all (nothing stored). */
export function saveTrail(storage: SafeStorage, trail: TrailEntry[]): boolean {
  const [first, ...rest] = trail;
  if (rest.length === 0 && first?.asked === 0) return storage.remove(FLOW_TRAIL_KEY);
  return storage.write(FLOW_TRAIL_KEY, JSON.stringify(trail));
}
