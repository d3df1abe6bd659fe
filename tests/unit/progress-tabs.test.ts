import { describe, expect, it } from 'vitest';
import { PLAN, progressOf, screenOf } from '../../src/flow/machine';
import { mergeProgress, mergeTicks } from '../../src/flow/merge';
import { planFor } from '../../src/flow/plan';
import { getFlow } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { progressKey } from '../../src/progress/keys';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { canonical } from '../../src/progress/save';
import { clicked, FRONT_DOOR, OPENED_ONLY } from '../builders';
import { openTab, type AppTab } from './app-tab';
import { faultyStorage, securityError, tabView } from './progress-fakes';

const flow = getFlow('mynaportal-phishing');
const key = progressKey(flow.id);
const at = (minute: number) => `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A tab of the app over a shared storage; another tab's storage event is delivered by hand. */
function tabOver(raw: Storage, clock: () => Date) {
  const tab = openTab(raw, clock);
  const deliver = () => tab.storageEvent(key, raw.getItem(key));
  return Object.assign(tab, { deliver, ticks: () => tab.context().ticks });
}

function twoTabsOnThePlan() {
  const raw = faultyStorage();
  let minute = 0;
  const clock = () => new Date(at(minute));
  const a = tabOver(raw, clock);
  minute = 1;
  for (const answer of [...Object.values(FRONT_DOOR), 'clicked', 'yes', 'no']) {
    a.actor.send({ type: 'answer.select', answer, at: at(1) });
  }
  expect(planFor(flow, a.actor.getSnapshot().context.answers)).toEqual(
    expect.arrayContaining(['report-mail', 'check-sender']),
  );
  const b = tabOver(raw, clock);
  const stored = () => restoreRecord(raw.getItem(key), flow, new Date(at(59))).record;
  return { raw, a, b, stored, setMinute: (m: number) => (minute = m) };
}

describe('two tabs', () => {
  it('loses nothing when both tick at once, before either hears of the other', () => {
    const { a, b, stored, setMinute } = twoTabsOnThePlan();
    setMinute(2);
    a.actor.send({ type: 'step.toggle', step: 'report-mail', at: at(2) });
    b.actor.send({ type: 'step.toggle', step: 'check-sender', at: at(2) });
    // b read a's record just before writing, so the stored record holds both already.
    expect(stored()?.ticks).toEqual({ 'report-mail': at(2), 'check-sender': at(2) });
    a.deliver();
    expect(a.ticks()).toEqual({ 'report-mail': at(2), 'check-sender': at(2) });
    expect(b.ticks()).toEqual(a.ticks());
  });

  it('does not bring back a tick that the other tab took away', () => {
    const { a, b, stored, setMinute } = twoTabsOnThePlan();
    setMinute(2);
    a.actor.send({ type: 'step.toggle', step: 'report-mail', at: at(2) });
    b.deliver();
    setMinute(3);
    b.actor.send({ type: 'step.toggle', step: 'report-mail', at: at(3) });
    expect(stored()?.ticks).toEqual({});
    expect(stored()?.unticked).toEqual({ 'report-mail': at(3) });
    // a has not heard yet and ticks something else: its write must not revive report-mail.
    setMinute(4);
    a.actor.send({ type: 'step.toggle', step: 'check-sender', at: at(4) });
    expect(stored()?.ticks).toEqual({ 'check-sender': at(4) });
    expect(a.ticks()).toEqual({ 'check-sender': at(4) });
    b.deliver();
    expect(b.ticks()).toEqual({ 'check-sender': at(4) });
  });

  it('lets a step be ticked again after an untick, in either tab', () => {
    const { a, b, stored, setMinute } = twoTabsOnThePlan();
    setMinute(2);
    a.actor.send({ type: 'step.toggle', step: 'report-mail', at: at(2) });
    setMinute(3);
    a.actor.send({ type: 'step.toggle', step: 'report-mail', at: at(3) });
    b.deliver();
    setMinute(4);
    b.actor.send({ type: 'step.toggle', step: 'report-mail', at: at(4) });
    a.deliver();
    expect(a.ticks()).toEqual({ 'report-mail': at(4) });
    expect(stored()?.ticks).toEqual({ 'report-mail': at(4) });
  });

  it('takes the newer answers, and the screen follows them', () => {
    const { a, b, stored, setMinute } = twoTabsOnThePlan();
    setMinute(5);
    b.actor.send({ type: 'wizard.edit' });
    for (const answer of [...Object.values(FRONT_DOOR), 'entered'])
      b.actor.send({ type: 'answer.select', answer, at: at(5) });
    a.deliver();
    expect(a.actor.getSnapshot().context.answers['what-happened']).toBe('entered');
    expect(screenOf(a.actor.getSnapshot())).toBe('sent');
    expect(stored()?.answers['what-happened']).toBe('entered');
    // An older answer set arriving late does not win.
    const older = {
      ...stored(),
      answers: { ...FRONT_DOOR, 'what-happened': 'clicked' },
      answeredAt: at(1),
    };
    const merged = a.actor.getSnapshot().context;
    a.actor.send({ type: 'progress.merge', progress: progressOf({ ...older, ticks: {} }) });
    expect(a.actor.getSnapshot().context.answers).toEqual(merged.answers);
  });
});

/** The record's own fields (version, flow), which a merge takes from `mine`. */
const pickMeta = (r: ReturnType<typeof emptyRecord>) => ({
  v: r.v,
  flowId: r.flowId,
  flowVersion: r.flowVersion,
  updatedAt: r.updatedAt,
});

describe('merge rules', () => {
  it('keeps the later tick when both tabs ticked a step, and drops ticks no later than an untick', () => {
    expect(
      mergeTicks({ a: at(2), b: at(1) }, { a: at(1), c: at(3) }, { b: at(1), c: at(2) }),
    ).toEqual({ a: at(2), c: at(3) });
  });

  it('settles a tie the same way in both tabs, and keeps the later note', () => {
    const mine = {
      ...emptyRecord(flow),
      answers: OPENED_ONLY,
      answeredAt: at(1),
      notes: { 'report-mail': 'mine' },
      noteAt: { 'report-mail': at(2) },
    };
    const other = {
      ...mine,
      answers: { ...FRONT_DOOR, 'what-happened': 'clicked' },
      notes: { 'report-mail': 'theirs', 'check-sender': 'theirs' },
      noteAt: { 'report-mail': at(3), 'check-sender': at(1) },
    };
    const merged = { ...mine, ...mergeProgress(mine, other) };
    expect({ ...other, ...mergeProgress(other, mine) }).toEqual({ ...merged, ...pickMeta(other) });
    expect(merged).toMatchObject({
      answers: OPENED_ONLY,
      notes: { 'report-mail': 'theirs', 'check-sender': 'theirs' },
    });
  });
});

describe('late storage events, with storage failing', () => {
  /** Two tabs over one storage, as in the property test: each change queues an event in the other tab. */
  function queuedTabs(start: Answers) {
    const shared = faultyStorage();
    const record = { ...emptyRecord(flow), answers: start, answeredAt: '2026-11-28T00:00:00.000Z' };
    shared.data.set(key, JSON.stringify(canonical(record)));
    let time = Date.parse('2026-11-29T00:00:00.000Z');
    const now = () => new Date(time);
    type QueuedTab = AppTab & { inbox: [string | null, string | null][] };
    const tabs: QueuedTab[] = [];
    const open = () => {
      const inbox: QueuedTab['inbox'] = [];
      const view = tabView(shared, (changed, value) => {
        for (const tab of tabs) if (tab.inbox !== inbox) tab.inbox.push([changed, value]);
      });
      const opened: QueuedTab = Object.assign(openTab(view, now), { inbox });
      tabs.push(opened);
      return opened;
    };
    const deliver = (tab: QueuedTab) => {
      const event = tab.inbox.shift();
      if (event !== undefined) tab.storageEvent(...event);
    };
    const tab0 = open();
    const tab1 = open();
    /** Storage works again, retries run and every queued event arrives. */
    const heal = () => {
      delete shared.faults.get;
      delete shared.faults.set;
      delete shared.faults.remove;
      for (const tab of tabs) tab.hide();
      for (const tab of tabs) while (tab.inbox.length > 0) deliver(tab);
    };
    const stored = () => restoreRecord(shared.data.get(key) ?? null, flow, new Date()).record;
    return {
      shared,
      tabs,
      tab0,
      tab1,
      deliver,
      heal,
      stored,
      tick: () => (time += 1000),
    };
  }

  const start = clicked('yes', 'yes');

  it('does not follow a clear its own later save undid, and agrees with storage once it works', () => {
    const { shared, tabs, tab0, tab1, deliver, heal, stored, tick } = queuedTabs(start);
    expect(screenOf(tab0.actor.getSnapshot())).toBe(PLAN);
    // Tab 1 starts over: the record goes, and tab 0 is told (late).
    tick();
    tab1.app.send({ type: 'app.restart' });
    expect(shared.data.has(key)).toBe(false);
    // Tab 0 has not heard and ticks a step: it finds the record gone and follows the start over
    // (issue 16: a stale tick must not bring everything back).
    const step = planFor(flow, tab0.actor.getSnapshot().context.answers)[0] ?? '';
    tab0.actor.send({ type: 'step.toggle', step, at: new Date(tick()).toISOString() });
    expect(stored()).toBeUndefined();
    tick();
    deliver(tab0);
    // Storage is blocked; the old "cleared" event arrives, and only its value can be read.
    shared.faults.get = shared.faults.set = shared.faults.remove = securityError;
    tick();
    deliver(tab0);
    tick();
    deliver(tab0);
    heal();
    expect(stored()).toBeUndefined();
    for (const tab of tabs) {
      expect(tab.actor.getSnapshot().context.ticks).toEqual({});
      expect(tab.actor.getSnapshot().context.answers).toEqual({});
    }
  });

  it('does not wipe, when already started over, what another tab stored since', () => {
    const { shared, tabs, tab0, tab1, heal, stored, tick } = queuedTabs(start);
    tick();
    tab1.actor.send({ type: 'wizard.back' });
    expect(screenOf(tab1.actor.getSnapshot())).toBe('money-gone');
    // The record cannot be removed: tab 0's start over leaves an empty record instead.
    shared.faults.remove = securityError;
    tick();
    tab0.app.send({ type: 'app.restart' });
    expect(stored()).toMatchObject({ answers: {}, ticks: {} });
    // Tab 1, not yet told, answers again: its answers are stored, newer than the start over.
    const at = new Date(tick()).toISOString();
    tab1.actor.send({ type: 'answer.select', answer: 'yes', at });
    const answers = tab1.actor.getSnapshot().context.answers;
    expect(stored()?.answers).toEqual(answers);
    // Tab 0, already empty, goes back (nothing to go back to): it must not clear tab 1's record.
    tick();
    tab0.actor.send({ type: 'wizard.back' });
    expect(stored()?.answers).toEqual(answers);
    heal();
    expect(stored()?.answers).toEqual(answers);
    for (const tab of tabs) expect(tab.actor.getSnapshot().context.answers).toEqual(answers);
  });
});
