import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine } from '../../src/flow/machine';
import { planFor } from '../../src/flow/plan';
import { getFlow } from '../../src/flow/registry';
import { progressKey } from '../../src/progress/keys';
import { mergeRecords, mergeTicks } from '../../src/progress/merge';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { openStorage } from '../../src/progress/safe-storage';
import { createProgressSync } from '../../src/progress/sync';
import { faultyStorage } from './progress-fakes';

const flow = getFlow('mynaportal-phishing');
const key = progressKey(flow.id);
const at = (minute: number) => `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** A tab: the machine, saved through its own sync, over a shared storage; events are delivered by hand. */
function openTab(raw: Storage, clock: () => Date) {
  const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
  const r = sync.restored.record;
  const actor = createActor(createFlowMachine(flow), { input: { flow, ...r } }).start();
  actor.subscribe((s) => {
    const { merge } = sync.save(s.context);
    if (merge) actor.send(merge);
  });
  const deliver = () => {
    const incoming = sync.receive(key);
    if (incoming.kind === 'merge') actor.send(incoming.event);
    if (incoming.kind === 'restart') actor.send({ type: 'wizard.restart' });
  };
  return { actor, deliver, ticks: () => actor.getSnapshot().context.ticks };
}

function twoTabsOnThePlan() {
  const raw = faultyStorage();
  let minute = 0;
  const clock = () => new Date(at(minute));
  const a = openTab(raw, clock);
  minute = 1;
  for (const answer of ['clicked', 'yes', 'no']) {
    a.actor.send({ type: 'answer.select', answer, at: at(1) });
  }
  expect(planFor(flow, a.actor.getSnapshot().context.answers)).toEqual(
    expect.arrayContaining(['report-mail', 'check-sender']),
  );
  const b = openTab(raw, clock);
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
    b.actor.send({ type: 'answer.select', answer: 'entered', at: at(5) });
    a.deliver();
    expect(a.actor.getSnapshot().context.answers['what-happened']).toBe('entered');
    expect(a.actor.getSnapshot().value).toBe('sent');
    expect(stored()?.answers['what-happened']).toBe('entered');
    // An older answer set arriving late does not win.
    const older = { ...stored(), answers: { 'what-happened': 'clicked' }, answeredAt: at(1) };
    const merged = a.actor.getSnapshot().context;
    a.actor.send({ type: 'progress.merge', ...older, ticks: {} });
    expect(a.actor.getSnapshot().context.answers).toEqual(merged.answers);
  });
});

describe('merge rules', () => {
  it('keeps the earlier time when both tabs ticked a step, and drops ticks no later than an untick', () => {
    expect(
      mergeTicks({ a: at(2), b: at(1) }, { a: at(1), c: at(3) }, { b: at(1), c: at(2) }),
    ).toEqual({ a: at(1), c: at(3) });
  });

  it('keeps this tab’s answers on a tie and its notes over the other’s', () => {
    const mine = {
      ...emptyRecord(flow),
      answers: { 'what-happened': 'opened' },
      answeredAt: at(1),
      notes: { 'report-mail': 'mine' },
    };
    const other = {
      ...mine,
      answers: { 'what-happened': 'clicked' },
      notes: { 'report-mail': 'theirs', 'check-sender': 'theirs' },
    };
    expect(mergeRecords(mine, other)).toMatchObject({
      answers: { 'what-happened': 'opened' },
      notes: { 'report-mail': 'mine', 'check-sender': 'theirs' },
    });
  });
});
