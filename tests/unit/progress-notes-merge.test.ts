import { describe, expect, it } from 'vitest';
import { PLAN, screenOf } from '../../src/flow/machine';
import { tabs } from './two-tabs';

// Issue 16, defects 1 and 2: notes, call details and the mail time across two tabs.
describe('notes, call details and the mail time in two tabs', () => {
  it('settle on the later note in both tabs and storage, with a bounded number of writes', () => {
    const { open, settleAll, stored, writes, tick } = tabs();
    const a = open();
    const b = open();
    expect(screenOf(a.actor.getSnapshot())).toBe(PLAN);
    a.actor.send({ type: 'step.note', step: 'keep-mail', note: 'a', at: tick() });
    b.actor.send({ type: 'step.note', step: 'keep-mail', note: 'b', at: tick() });
    const before = writes();
    const rounds = settleAll();
    // Before the fix the tabs rewrote each other forever (rounds hit the limit).
    expect(rounds).toBeLessThan(5);
    expect(writes() - before).toBeLessThanOrEqual(2);
    for (const t of [a, b]) expect(t.context().notes).toEqual({ 'keep-mail': 'b' });
    expect(stored()?.notes).toEqual({ 'keep-mail': 'b' });
  });

  it('shows the other tab’s note as soon as it arrives, and keeps it when the writer closes', () => {
    const { open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    b.actor.send({ type: 'step.note', step: 'keep-mail', note: 'old', at: tick() });
    settleAll();
    a.actor.send({ type: 'step.note', step: 'keep-mail', note: 'new', at: tick() });
    a.app.stop();
    settleAll();
    expect(b.context().notes).toEqual({ 'keep-mail': 'new' });
    expect(stored()?.notes).toEqual({ 'keep-mail': 'new' });
  });

  it('does not bring back a removed note from the other tab', () => {
    const { open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    a.actor.send({ type: 'step.note', step: 'keep-mail', note: 'to go', at: tick() });
    settleAll();
    expect(b.context().notes).toEqual({ 'keep-mail': 'to go' });
    a.actor.send({ type: 'step.note', step: 'keep-mail', note: '', at: tick() });
    // b ticks something before it hears of the removal: its save merges, it must not restore the note.
    b.actor.send({ type: 'step.toggle', step: 'report-mail', at: tick() });
    settleAll();
    for (const t of [a, b]) expect(t.context().notes).toEqual({});
    expect(stored()?.notes).toEqual({});
    expect(stored()?.noteAt['keep-mail']).toBeDefined();
  });

  it('takes the later mail time even when both tabs answered at the same moment', () => {
    const { open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    a.actor.send({ type: 'mail.arrived', at: '2026-11-28T09:00:00.000Z', changedAt: tick() });
    b.actor.send({ type: 'mail.arrived', at: '2026-11-28T10:00:00.000Z', changedAt: tick() });
    expect(settleAll()).toBeLessThan(5);
    for (const t of [a, b]) expect(t.context().mailArrivedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(stored()?.mailArrivedAt).toBe('2026-11-28T10:00:00.000Z');
    // Cleared in one tab: cleared in both.
    a.actor.send({ type: 'mail.arrived', at: '', changedAt: tick() });
    settleAll();
    for (const t of [a, b]) expect(t.context().mailArrivedAt).toBe('');
  });

  it('treats call details as notes: the later change wins, and an emptied field stays empty', () => {
    const { open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    a.actor.send({ type: 'details.set', field: 'company', value: 'みらいカード', at: tick() });
    b.actor.send({ type: 'details.set', field: 'company', value: 'あおぞら銀行', at: tick() });
    expect(settleAll()).toBeLessThan(5);
    for (const t of [a, b]) expect(t.context().details).toEqual({ company: 'あおぞら銀行' });
    b.actor.send({ type: 'details.set', field: 'company', value: '', at: tick() });
    a.actor.send({ type: 'step.toggle', step: 'report-mail', at: tick() });
    settleAll();
    for (const t of [a, b]) expect(t.context().details).toEqual({});
    expect(stored()?.details).toEqual({});
  });
});
