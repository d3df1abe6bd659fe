import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine, PLAN, type WizardActor } from '../../src/flow/machine';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { planFor } from '../../src/flow/plan';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { progressKey } from '../../src/progress/keys';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { canonical } from '../../src/progress/save';
import { openStorage } from '../../src/progress/safe-storage';
import { createProgressSync, type ProgressSync, type SaveResult } from '../../src/progress/sync';
import {
  faultyStorage,
  firefoxQuotaError,
  quotaError,
  securityError,
  tabView,
} from './progress-fakes';

/**
 * Two tabs of the app over one localStorage, driven by random sequences of what a person (and a
 * browser) can do: answer, back, tick, untick, reload, storage failures, the other tab's writes
 * arriving late, and start over. fast-check prints the seed and the shortest failing sequence.
 */
const flow = getFlow(MAIN_FLOW_ID);
const machine = createFlowMachine(flow);
const key = progressKey(flow.id);
const RECORD_KEYS = [
  'answeredAt',
  'answers',
  'flowId',
  'flowVersion',
  'mailArrivedAt',
  'notes',
  'ticks',
  'unticked',
  'updatedAt',
  'v',
];

type Fault = 'none' | 'quota' | 'firefox-quota' | 'get' | 'remove' | 'blocked';
type Action =
  | { kind: 'answer'; tab: number; pick: number }
  | { kind: 'back'; tab: number }
  | { kind: 'edit'; tab: number }
  | { kind: 'toggle'; tab: number; pick: number }
  | { kind: 'reload'; tab: number }
  | { kind: 'clear'; tab: number }
  | { kind: 'deliver'; tab: number }
  | { kind: 'fault'; fault: Fault };

const tabArb = fc.integer({ min: 0, max: 1 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('answer'), tab: tabArb, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('back'), tab: tabArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit'), tab: tabArb }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('toggle'), tab: tabArb, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reload'), tab: tabArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear'), tab: tabArb }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver'), tab: tabArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fault'),
      fault: fc.constantFrom<Fault>(
        'none',
        'none',
        'quota',
        'firefox-quota',
        'get',
        'remove',
        'blocked',
      ),
    }),
  },
) as fc.Arbitrary<Action>;

/** What the person last did to a step (or to the answers), and whether storage has it yet. */
interface Expected<T> {
  value: T;
  tab: Tab;
  persisted: boolean;
}

interface Tab {
  actor: WizardActor;
  sync: ProgressSync;
  /** Storage events not yet delivered: key and new value, as a browser queues them. */
  inbox: [string | null, string | null][];
  stop: () => void;
}

/** Every complete answer set: most runs start on a plan, where ticks happen. */
const answerSets = allAnswerPaths(flow).filter((a) => planFor(flow, a).length > 0);

function run(start: Answers | undefined, actions: Action[]) {
  const shared = faultyStorage();
  if (start) {
    const record = { ...emptyRecord(flow), answers: start, answeredAt: '2026-11-28T00:00:00.000Z' };
    shared.data.set(key, JSON.stringify(canonical(record)));
  }
  let time = Date.parse('2026-11-29T00:00:00.000Z');
  const now = () => new Date(time);
  const tabs: Tab[] = [];
  const ticks = new Map<string, Expected<boolean>>();
  let answers: Expected<Answers> | undefined;

  const persistedBy = (tab: Tab) => {
    for (const e of ticks.values()) if (e.tab === tab) e.persisted = true;
    if (answers?.tab === tab) answers.persisted = true;
  };
  /** This tab's progress not yet in storage is gone (reload, or following a clear). */
  const forgetUnsaved = (tab: Tab) => {
    for (const [step, e] of ticks) if (e.tab === tab && !e.persisted) ticks.delete(step);
    if (answers?.tab === tab && !answers.persisted) answers = undefined;
  };

  /** A per-tab view of the shared storage: a change fires a storage event in the other tabs. */
  const viewFor = (self: () => Tab): Storage =>
    tabView(shared, (changedKey, value) => {
      for (const tab of tabs) if (tab !== self()) tab.inbox.push([changedKey, value]);
    });

  let saves = 0;
  const settle = (tab: Tab, result: SaveResult) => {
    if (++saves > 2000) throw new Error('the tabs keep saving: a loop');
    if (result.saved) persistedBy(tab);
    if (result.merge) tab.actor.send(result.merge);
  };

  const open = (index: number) => {
    // eslint-disable-next-line prefer-const -- the view needs the tab before it exists
    let tab: Tab;
    const sync = createProgressSync(flow, openStorage({ localStorage: viewFor(() => tab) }), now);
    const r = sync.restored.record;
    if (sync.restored.problem !== 'none') throw new Error(`restored: ${sync.restored.problem}`);
    const actor = createActor(machine, {
      input: {
        flow,
        answers: r?.answers,
        answeredAt: r?.answeredAt,
        ticks: r?.ticks,
        notes: r?.notes,
        mailArrivedAt: r?.mailArrivedAt,
      },
    }).start();
    const subscription = actor.subscribe((s) => settle(tab, tab.sync.save(s.context)));
    tab = { actor, sync, inbox: [], stop: () => (subscription.unsubscribe(), actor.stop()) };
    tabs[index] = tab;
  };

  const deliver = (tab: Tab) => {
    const event = tab.inbox.shift();
    if (event === undefined) return;
    const incoming = tab.sync.receive(...event);
    if (incoming.kind === 'restart') {
      forgetUnsaved(tab);
      tab.actor.send({ type: 'wizard.restart' });
    } else if (incoming.kind === 'merge') tab.actor.send(incoming.event);
    else settle(tab, tab.sync.retry(tab.actor.getSnapshot().context));
  };

  const checkStored = () => {
    const text = shared.data.get(key) ?? null;
    if (text === null) return undefined;
    const { record, problem } = restoreRecord(text, flow, now());
    if (problem !== 'none') throw new Error(`saved record restores with "${problem}": ${text}`);
    // Nothing but ids and times: no free text other than notes (none in these runs).
    const fields = Object.keys(JSON.parse(text) as object)
      .sort()
      .join();
    if (fields !== RECORD_KEYS.join() || Object.keys(record?.notes ?? {}).length > 0) {
      throw new Error(`unexpected content saved: ${text}`);
    }
    return record;
  };

  open(0);
  open(1);
  for (const action of actions) {
    time += 1000;
    if (action.kind === 'fault') {
      const f = shared.faults;
      delete f.get;
      delete f.set;
      delete f.remove;
      if (action.fault === 'quota') f.set = quotaError;
      if (action.fault === 'firefox-quota') f.set = firefoxQuotaError;
      if (action.fault === 'get') f.get = securityError;
      if (action.fault === 'remove') f.remove = securityError;
      if (action.fault === 'blocked') f.get = f.set = f.remove = securityError;
      continue;
    }
    const tab = tabs[action.tab];
    if (!tab) throw new Error('no tab');
    const snapshot = tab.actor.getSnapshot();
    const at = now().toISOString();
    switch (action.kind) {
      case 'answer': {
        const q = flow.questions[String(snapshot.value)];
        if (!q) break;
        let answer: string | string[];
        if (q.kind === 'multi') {
          const chosen = q.options.filter((_, i) => (action.pick >> i) & 1);
          answer = chosen.length > 0 ? chosen : [q.options[action.pick % q.options.length] ?? ''];
        } else {
          const options = Object.keys(q.answers);
          answer = options[action.pick % options.length] ?? '';
        }
        answers = { value: {}, tab, persisted: false };
        tab.actor.send({ type: 'answer.select', answer, at });
        answers.value = tab.actor.getSnapshot().context.answers;
        break;
      }
      case 'back':
        tab.actor.send({ type: 'wizard.back' });
        break;
      case 'edit':
        tab.actor.send({ type: 'wizard.edit' });
        break;
      case 'toggle': {
        if (snapshot.value !== PLAN) break;
        const plan = planFor(flow, snapshot.context.answers);
        const step = plan[action.pick % plan.length];
        if (step === undefined) break;
        const expected = {
          value: snapshot.context.ticks[step] === undefined,
          tab,
          persisted: false,
        };
        ticks.set(step, expected);
        tab.actor.send({ type: 'step.toggle', step, at });
        break;
      }
      case 'reload':
        forgetUnsaved(tab);
        tab.stop();
        open(action.tab);
        break;
      case 'clear':
        ticks.clear();
        answers = undefined;
        tab.actor.send({ type: 'wizard.restart' });
        break;
      case 'deliver':
        deliver(tab);
        break;
    }
    checkStored();
  }

  // Storage works again and every late event arrives: both tabs and storage agree, nothing lost.
  delete shared.faults.get;
  delete shared.faults.set;
  delete shared.faults.remove;
  let rounds = 0;
  do {
    for (const tab of tabs) settle(tab, tab.sync.retry(tab.actor.getSnapshot().context));
    for (const tab of tabs) while (tab.inbox.length > 0) deliver(tab);
    rounds++;
  } while (tabs.some((t) => t.inbox.length > 0) && rounds < 10);
  expect(rounds, 'the tabs stop waking each other').toBeLessThan(10);

  const stored = checkStored();
  const storedTicks = stored?.ticks ?? {};
  for (const tab of tabs) {
    const { context } = tab.actor.getSnapshot();
    expect(context.ticks).toEqual(storedTicks);
    expect(context.answers).toEqual(stored?.answers ?? {});
  }
  for (const [step, e] of ticks) {
    expect(step in storedTicks, `${step} ${e.value ? 'ticked' : 'unticked'} last`).toBe(e.value);
  }
  if (answers) expect(stored?.answers).toEqual(answers.value);
  for (const tab of tabs) tab.stop();
}

describe('saved progress under random use of two tabs (fast-check)', () => {
  it('loses nothing valid, always saves a clean record, and stores no free text', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...answerSets), { freq: 4 }),
        fc.array(actionArb, { maxLength: 40 }),
        (start, actions) => run(start ?? undefined, actions),
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
