import { mergeProgress } from '../flow/merge';
import type { ProgressRecord } from './record';

export { mergeTicks, unionUnticks } from '../flow/merge';

/**
 * `mine` merged with what another tab stored, by the same rule the machine merges with
 * (src/flow/merge.ts), so a merged record and the merged screen agree.
 */
export function mergeRecords(mine: ProgressRecord, other: ProgressRecord): ProgressRecord {
  return { ...mine, ...mergeProgress(mine, other) };
}
