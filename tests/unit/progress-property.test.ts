import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN, screenOf } from '../../src/flow/machine';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { handoffOf } from '../../src/flow/path';
import { planFor } from '../../src/flow/plan';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { OPENED_ONLY } from '../builders';
import { progressKey } from '../../src/progress/keys';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { canonical } from '../../src/progress/save';
import { openTab, type AppTab } from './app-tab';
import {
  faultyStorage,
  firefoxQuotaError,
  quotaError,
  securityError,
  tabView,
} from './progress-fakes';

/**
 * Two tabs of the app over one localStorage, driven by random sequences of what a person (and a
 * browser) can do: answer, back, tick, untick, write and remove a note, give or clear the mail
 * time, reload, storage failures, the other tab's writes arriving late, start over and delete
 * everything. Each action may cause only a few writes (a write loop fails), and nothing from before
 * the last start over may be stored at the end. fast-check prints the seed and the shortest
 * failing sequence.
 */
const flow = getFlow(MAIN_FLOW_ID);
const key = progressKey(flow.id);
/** The fields of the app's own record (the format grows; these tests hold for every field). */
const RECORD_KEYS = Object.keys(emptyRecord(flow)).sort();
/** The only free text in these runs ('' removes the note). */
const NOTES = ['受付番号 A-1', '田中さん', ''];
const MAIL_TIMES = ['2026-11-28T09:00:00.000Z', '2026-11-28T10:30:00.000Z', ''];
/** Writes one action may cause (its own, and the other tab's answer to it): more is a loop. */
const MAX_WRITES_PER_ACTION = 3;

type Fault = 'none' | 'quota' | 'firefox-quota' | 'get' | 'remove' | 'blocked';
type Action =
  | { kind: 'answer'; tab: number; pick: number }
  | { kind: 'back'; tab: number }
  | { kind: 'edit'; tab: number }
  | { kind: 'toggle'; tab: number; pick: number }
  | { kind: 'reload'; tab: number }
  | { kind: 'clear'; tab: number }
  | { kind: 'delete'; tab: number }
  | { kind: 'note'; tab: number; pick: number; text: number }
  | { kind: 'mail'; tab: number; pick: number }
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
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), tab: tabArb }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('note'),
      tab: tabArb,
      pick: fc.nat(),
      text: fc.nat({ max: NOTES.length - 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('mail'),
      tab: tabArb,
      pick: fc.nat({ max: MAIL_TIMES.length - 1 }),
    }),
  },
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

interface Tab extends AppTab {
  /** Storage events not yet delivered: key and new value, as a browser queues them. */
  inbox: [string | null, string | null][];
  stop: () => void;
  /**
   * Events still to deliver before this tab has heard of another tab's start over: what it does
   * until then may or may not count (a clear wins over what it had not seen), so it is not checked.
   */
  unaware: number;
}

/** Every complete answer set: most runs start on a plan, where ticks happen. */
const answerSets = allAnswerPaths(flow).filter((a) => planFor(flow, a).length > 0);
/** One of them (tens of thousands, with the front door: too many for fc.constantFrom). */
const answerSetArb = fc.nat({ max: answerSets.length - 1 }).map((i) => answerSets[i]);

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
  const notes = new Map<string, Expected<string>>();
  let answers: Expected<Answers> | undefined;
  let mail: Expected<string> | undefined;
  /** The last start over, and the times of what may still be stored from before it. */
  let clearedAt = '';
  const excused = new Set<string>();
  /**
   * The clearing tab reloaded before the other heard of the clear: the clear time is known to no
   * tab (no key is left after a start over), and the other tab's next save may keep its progress.
   * A known limit (issue 16's closing note); the check of what came back is skipped then.
   */
  let clearForgotten = false;
  const actionTimes = new Map<Expected<unknown>, string>();

  const persistedBy = (tab: Tab) => {
    for (const e of [...ticks.values(), ...notes.values()]) if (e.tab === tab) e.persisted = true;
    if (answers?.tab === tab) answers.persisted = true;
    if (mail?.tab === tab) mail.persisted = true;
  };
  /** This tab's progress not yet in storage is gone (reload, or following a clear). */
  const forgetUnsaved = (tab: Tab) => {
    for (const [step, e] of ticks) if (e.tab === tab && !e.persisted) ticks.delete(step);
    for (const [step, e] of notes) if (e.tab === tab && !e.persisted) notes.delete(step);
    if (answers?.tab === tab && !answers.persisted) answers = undefined;
    if (mail?.tab === tab && !mail.persisted) mail = undefined;
  };
  /** What a tab does before it hears of a clear is not checked (see Tab.unaware). */
  const expectLast = <T>(
    map: Map<string, Expected<T>>,
    id: string,
    value: T,
    tab: Tab,
    at: string,
  ) => {
    if (tab.unaware > 0) {
      map.delete(id);
      excused.add(at);
      return;
    }
    const e = { value, tab, persisted: false };
    actionTimes.set(e, at);
    map.set(id, e);
  };
  /** A start over (or delete everything) at `at` in `by`: nothing before it may stay. */
  const cleared = (by: Tab, at: string) => {
    // Another tab's progress that never reached storage may still be written after the clear.
    const all = [...ticks.values(), ...notes.values(), answers, mail];
    for (const e of all)
      if (e && e.tab !== by && !e.persisted) excused.add(actionTimes.get(e) ?? '');
    ticks.clear();
    notes.clear();
    answers = undefined;
    mail = undefined;
    clearedAt = at;
  };
  /**
   * After the clear's own writes: the other tab hears of it once their events are delivered, or,
   * when storage refused the clear, with the first event after it (the clear done on a retry).
   */
  const unawareOfClear = (by: Tab, writesBefore: number) => {
    const wrote = writes > writesBefore;
    for (const tab of tabs) if (tab !== by) tab.unaware = tab.inbox.length + (wrote ? 0 : 1);
  };

  /** A per-tab view of the shared storage: a change fires a storage event in the other tabs. */
  const viewFor = (self: () => Tab): Storage =>
    tabView(shared, (changedKey, value) => {
      writes++;
      for (const tab of tabs) if (tab !== self()) tab.inbox.push([changedKey, value]);
    });

  let saves = 0;
  let writes = 0;
  let maxWrites = 0;

  const open = (index: number) => {
    // eslint-disable-next-line prefer-const -- the view needs the tab before it exists
    let tab: Tab;
    const app = openTab(
      viewFor(() => tab),
      now,
      (report) => {
        if (report.type === 'persistence.saved') {
          if (++saves > 2000) throw new Error('the tabs keep saving: a loop');
          if (report.saved) persistedBy(tab);
        }
        // Another tab started over: what this one had not saved is gone with it.
        if (report.type === 'persistence.restart') forgetUnsaved(tab);
      },
    );
    const { restoreProblem } = app.app.getSnapshot().context.notices;
    if (restoreProblem !== 'none') throw new Error(`restored: ${restoreProblem}`);
    tab = Object.assign(app, { inbox: [], stop: () => app.app.stop(), unaware: 0 });
    tabs[index] = tab;
  };

  const deliver = (tab: Tab) => {
    const event = tab.inbox.shift();
    if (event === undefined) return;
    if (tab.unaware > 0) tab.unaware--;
    tab.storageEvent(...event);
  };

  const checkStored = () => {
    const text = shared.data.get(key) ?? null;
    if (text === null) return undefined;
    const { record, problem } = restoreRecord(text, flow, now());
    if (problem !== 'none') throw new Error(`saved record restores with "${problem}": ${text}`);
    // Nothing but ids and times: no free text other than notes and call details (none in these runs).
    const fields = Object.keys(JSON.parse(text) as object)
      .sort()
      .join();
    if (
      fields !== RECORD_KEYS.join() ||
      Object.values(record?.notes ?? {}).some((note) => !NOTES.includes(note)) ||
      Object.keys(record?.details ?? {}).length > 0
    ) {
      throw new Error(`unexpected content saved: ${text}`);
    }
    return record;
  };

  open(0);
  open(1);
  for (const action of actions) {
    time += 1000;
    const writesBefore = writes;
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
        const question = screenOf(snapshot);
        const q = flow.questions[question];
        if (!q) break;
        let answer: string | string[];
        if (q.kind === 'multi') {
          const chosen = q.options.filter((_, i) => (action.pick >> i) & 1);
          answer = chosen.length > 0 ? chosen : [q.options[action.pick % q.options.length] ?? ''];
        } else {
          // The answer that continues in the scam check opens another flow: not this test's record.
          const options = Object.keys(q.answers).filter((a) => !handoffOf(flow, question, a));
          answer = options[action.pick % options.length] ?? '';
        }
        const box = new Map(answers ? [['answers', answers]] : []);
        expectLast(box, 'answers', {} as Answers, tab, at);
        tab.actor.send({ type: 'answer.select', answer, at });
        answers = box.get('answers');
        if (answers) answers.value = tab.actor.getSnapshot().context.answers;
        break;
      }
      case 'back':
        tab.actor.send({ type: 'wizard.back' });
        break;
      case 'edit':
        tab.actor.send({ type: 'wizard.edit' });
        break;
      case 'toggle': {
        if (screenOf(snapshot) !== PLAN) break;
        // The steps a person can tick: steps to know ('info') have no tick box.
        const plan = planFor(flow, snapshot.context.answers).filter(
          (id) => flow.steps[id]?.kind !== 'info',
        );
        const step = plan[action.pick % plan.length];
        if (step === undefined) break;
        expectLast(ticks, step, snapshot.context.ticks[step] === undefined, tab, at);
        tab.actor.send({ type: 'step.toggle', step, at });
        break;
      }
      case 'note': {
        if (screenOf(snapshot) !== PLAN) break;
        const plan = planFor(flow, snapshot.context.answers);
        const step = plan[action.pick % plan.length];
        if (step === undefined) break;
        const note = NOTES[action.text] ?? '';
        expectLast(notes, step, note, tab, at);
        tab.actor.send({ type: 'step.note', step, note, at });
        break;
      }
      case 'mail': {
        const value = MAIL_TIMES[action.pick] ?? '';
        const box = new Map(mail ? [['mail', mail]] : []);
        expectLast(box, 'mail', value, tab, at);
        mail = box.get('mail');
        tab.actor.send({ type: 'mail.arrived', at: value, changedAt: at });
        break;
      }
      case 'reload':
        if (clearedAt !== '' && tabs.some((t) => t !== tab && t.unaware > 0)) clearForgotten = true;
        forgetUnsaved(tab);
        tab.stop();
        open(action.tab);
        break;
      case 'clear':
        cleared(tab, at);
        tab.app.send({ type: 'app.restart' });
        unawareOfClear(tab, writesBefore);
        break;
      case 'delete': {
        // As the record screen does: start over, then every key of the app goes.
        cleared(tab, at);
        tab.app.send({ type: 'app.restart' });
        const view = viewFor(() => tab);
        for (const k of [...shared.data.keys()]) {
          try {
            view.removeItem(k);
          } catch {
            // removeItem throws: said as "not everything was deleted" (clear-wins.test.ts).
          }
        }
        unawareOfClear(tab, writesBefore);
        break;
      }
      case 'deliver':
        deliver(tab);
        break;
    }
    checkStored();
    const caused = writes - writesBefore;
    if (caused > MAX_WRITES_PER_ACTION) {
      throw new Error(`${caused} writes for one ${action.kind}: the tabs rewrite each other`);
    }
    maxWrites = Math.max(maxWrites, caused);
  }

  // Storage works again and every late event arrives: both tabs and storage agree, nothing lost.
  delete shared.faults.get;
  delete shared.faults.set;
  delete shared.faults.remove;
  let rounds = 0;
  const writesBeforeSettling = writes;
  do {
    for (const tab of tabs) tab.hide();
    for (const tab of tabs) while (tab.inbox.length > 0) deliver(tab);
    rounds++;
  } while (tabs.some((t) => t.inbox.length > 0) && rounds < 10);
  expect(rounds, 'the tabs stop waking each other').toBeLessThan(10);
  expect(writes - writesBeforeSettling, 'writes while settling').toBeLessThanOrEqual(6);

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
  for (const tab of tabs) {
    const { context } = tab.actor.getSnapshot();
    expect(context.notes).toEqual(stored?.notes ?? {});
    expect(context.mailArrivedAt).toEqual(stored?.mailArrivedAt ?? '');
  }
  for (const [step, e] of notes) expect(stored?.notes[step] ?? '', `note of ${step}`).toBe(e.value);
  if (mail) expect(stored?.mailArrivedAt ?? '', 'mail time').toBe(mail.value);
  // Nothing from before the last start over came back (but what never reached storage then).
  // (Content only: the time of a removal holds nothing of before.)
  const times = [
    Object.keys(stored?.answers ?? {}).length > 0 ? (stored?.answeredAt ?? '') : '',
    ...Object.values(stored?.ticks ?? {}),
    ...Object.keys(stored?.notes ?? {}).map((step) => stored?.noteAt[step] ?? ''),
    stored?.mailArrivedAt ? stored.mailSetAt : '',
  ].filter((t) => t !== '');
  for (const t of clearForgotten ? [] : times) {
    expect(t > clearedAt || excused.has(t), `${t} from before the start over at ${clearedAt}`).toBe(
      true,
    );
  }
  for (const tab of tabs) tab.stop();
  return maxWrites;
}

let mostWrites = 0;

/**
 * Found by this property (seed -1831672772): storage cannot be read; tab 1 deletes everything and
 * sets the mail's time; then the storage event of tab 0's earlier tick reaches it. Its stale value
 * made tab 1 take the empty storage, once readable, for another tab's start over, and drop the
 * mail time. Always run, so it stays fixed.
 */
const STALE_EVENT_AFTER_DELETE: [Answers | null, Action[]] = [
  OPENED_ONLY,
  [
    { kind: 'toggle', tab: 0, pick: 0 },
    { kind: 'fault', fault: 'get' },
    { kind: 'delete', tab: 1 },
    { kind: 'mail', tab: 1, pick: 0 },
    { kind: 'deliver', tab: 1 },
  ],
];

describe('saved progress under random use of two tabs (fast-check)', () => {
  it('loses nothing valid, always saves a clean record, and stores no free text', () => {
    fc.assert(
      fc.property(
        fc.option(answerSetArb, { freq: 4 }),
        fc.array(actionArb, { maxLength: 40 }),
        (start, actions) => {
          mostWrites = Math.max(mostWrites, run(start ?? undefined, actions));
        },
      ),
      { numRuns: 1000, examples: [STALE_EVENT_AFTER_DELETE] },
    );
    // The most writes any one action caused, in any run (a loop would have thrown above).
    expect(mostWrites).toBeLessThanOrEqual(MAX_WRITES_PER_ACTION);
  }, 60_000);
});
