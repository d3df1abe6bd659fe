import type { Flow } from '../flow/types';
import { FLOW_TRAIL_KEY } from './keys';
import type { SafeStorage } from './safe-storage';
import { createProgressSync, type ProgressSync } from './sync';

/**
 * Start over: every flow's record goes (a newer version's record is kept aside first), and the
 * trail of flows with it. The app's start over and the crash screen's both come here. `syncOf`
 * gives the saving already under way for a flow, so a clear that fails is tried again by it.
 * Returns each flow's saving, as the clear left it.
 */
export function startOver(
  storage: SafeStorage,
  flows: Flow[],
  clearedAt: string,
  now: () => Date = () => new Date(),
  syncOf: (flow: Flow) => ProgressSync | undefined = () => undefined,
): Map<string, ProgressSync> {
  storage.remove(FLOW_TRAIL_KEY);
  const syncs = new Map<string, ProgressSync>();
  for (const flow of flows) {
    const sync = syncOf(flow) ?? createProgressSync(flow, storage, now);
    sync.clear(clearedAt);
    syncs.set(flow.id, sync);
  }
  return syncs;
}
