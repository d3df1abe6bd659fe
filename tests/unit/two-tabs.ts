import { createActor } from 'xstate';
import { createFlowMachine, type WizardActor } from '../../src/flow/machine';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { progressKey } from '../../src/progress/keys';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { openStorage } from '../../src/progress/safe-storage';
import { canonical } from '../../src/progress/save';
import { createProgressSync, type ProgressSync, type SaveResult } from '../../src/progress/sync';
import { faultyStorage, tabView } from './progress-fakes';

export const flow = getFlow(MAIN_FLOW_ID);
export const key = progressKey(flow.id);
export const CLICKED: Answers = {
  'what-happened': 'clicked',
  downloaded: 'yes',
  'money-gone': 'no',
};

export interface Tab {
  actor: WizardActor;
  sync: ProgressSync;
  /** Storage events not yet delivered, as a browser queues them. */
  inbox: [string | null, string | null][];
  /** Delivers one queued event, as the app's storage listener does. */
  deliver: () => boolean;
  context: () => WizardActor extends { getSnapshot(): { context: infer C } } ? C : never;
}

/**
 * Tabs of the app over one storage, wired as src/app/use-saved-wizard.ts wires them (a save on
 * every change, a merge event sent back, storage events queued until delivered); counts writes.
 */
export function tabs(start: Answers | undefined = CLICKED) {
  const shared = faultyStorage();
  if (start) {
    const record = { ...emptyRecord(flow), answers: start, answeredAt: '2026-11-28T00:00:00.000Z' };
    shared.data.set(key, JSON.stringify(canonical(record)));
  }
  let time = Date.parse('2026-11-29T00:00:00.000Z');
  const now = () => new Date(time);
  const all: Tab[] = [];
  let writes = 0;
  const open = (): Tab => {
    // eslint-disable-next-line prefer-const -- the view needs the tab before it exists
    let tab: Tab;
    const view = tabView(shared, (changed, value) => {
      writes++;
      for (const other of all) if (other !== tab) other.inbox.push([changed, value]);
    });
    const sync = createProgressSync(flow, openStorage({ localStorage: view }), now);
    const actor = createActor(createFlowMachine(flow), {
      input: { flow, ...sync.restored.record },
    }).start();
    const settle = (result: SaveResult) => {
      if (result.merge) actor.send(result.merge);
    };
    actor.subscribe((s) => settle(sync.save(s.context)));
    const deliver = () => {
      const event = tab.inbox.shift();
      if (event === undefined) return false;
      const incoming = sync.receive(...event);
      if (incoming.kind === 'restart') actor.send({ type: 'wizard.restart' });
      else if (incoming.kind === 'merge') actor.send(incoming.event);
      else settle(sync.retry(actor.getSnapshot().context));
      return true;
    };
    tab = { actor, sync, inbox: [], deliver, context: () => actor.getSnapshot().context };
    all.push(tab);
    return tab;
  };
  /** Delivers every queued event until the tabs are quiet, or gives up after `limit` rounds. */
  const settleAll = (limit = 100) => {
    let rounds = 0;
    while (all.some((t) => t.inbox.length > 0) && rounds < limit) {
      for (const t of all) t.deliver();
      rounds++;
    }
    return rounds;
  };
  const stored = () => restoreRecord(shared.data.get(key) ?? null, flow, now()).record;
  return {
    shared,
    open,
    settleAll,
    stored,
    writes: () => writes,
    /** One second on, as an ISO time. */
    tick: () => new Date((time += 1000)).toISOString(),
  };
}
