import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { progressKey } from '../../src/progress/keys';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { canonical } from '../../src/progress/save';
import { clicked } from '../builders';
import { openTab, type AppTab } from './app-tab';
import { faultyStorage, tabView } from './progress-fakes';

export const flow = getFlow(MAIN_FLOW_ID);
export const key = progressKey(flow.id);
export const CLICKED: Answers = clicked('yes', 'no');

export interface Tab extends AppTab {
  /** Storage events not yet delivered, as a browser queues them. */
  inbox: [string | null, string | null][];
  /** Delivers one queued event, as the browser does. */
  deliver: () => boolean;
}

/**
 * Tabs of the app over one storage, each the app machine with its persistence (storage events
 * queued until delivered); counts writes.
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
    const inbox: Tab['inbox'] = [];
    const view = tabView(shared, (changed, value) => {
      writes++;
      for (const other of all) if (other.inbox !== inbox) other.inbox.push([changed, value]);
    });
    const app = openTab(view, now);
    const deliver = () => {
      const event = inbox.shift();
      if (event === undefined) return false;
      app.storageEvent(...event);
      return true;
    };
    const tab: Tab = Object.assign(app, { inbox, deliver });
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
