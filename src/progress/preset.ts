import type { Answers, Flow } from '../flow/types';
import { progressKey } from './keys';
import { emptyRecord, restoreRecord } from './record';
import type { SafeStorage } from './safe-storage';

/**
 * Saves answers a flow is entered with (known from another flow) into its record before it opens,
 * so it starts past them and they are kept even if the page closes at once.
 */
export function saveAnswersBeforeOpening(
  storage: SafeStorage,
  flow: Flow,
  answers: Answers,
  at: string,
): void {
  const key = progressKey(flow.id);
  const record = restoreRecord(storage.read(key), flow).record ?? emptyRecord(flow);
  const updated = { ...record, answers: { ...record.answers, ...answers }, answeredAt: at };
  storage.write(
    key,
    JSON.stringify({ ...updated, updatedAt: [record.updatedAt, at].sort().at(-1) }),
  );
}
