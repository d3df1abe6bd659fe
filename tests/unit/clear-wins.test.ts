// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { removeAppKeys } from '../../src/features/record/remove-app-keys';
import { openStorage } from '../../src/progress/safe-storage';
import { createProgressSync } from '../../src/progress/sync';
import { OPENED_ONLY } from '../builders';
import { faultyStorage, securityError } from './progress-fakes';
import { flow, key, tabs } from './two-tabs';

// Issue 16, defect 6: a stale tab's tick within moments of a start over brought everything back.
describe('a start over wins over a tab that has not heard of it', () => {
  it('does not write back the old record when the other tab ticks before the event arrives', () => {
    const { open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    a.actor.send({ type: 'step.toggle', step: 'keep-mail', at: tick() });
    settleAll();
    // Start over: the record goes, and the tab starts again remembering when.
    tick();
    a.app.send({ type: 'app.restart' });
    expect(stored()).toBeUndefined();
    b.actor.send({ type: 'step.toggle', step: 'report-mail', at: tick() });
    settleAll();
    expect(stored()).toBeUndefined();
    expect(b.context().answers).toEqual({});
    expect(b.context().ticks).toEqual({});
  });

  it('drops what is older than the start over when the other tab read a stale record', () => {
    const { shared, open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    a.actor.send({ type: 'step.toggle', step: 'keep-mail', at: tick() });
    settleAll();
    const old = shared.data.get(key) ?? '';
    tick();
    a.app.send({ type: 'app.restart' });
    for (const answer of ['mail', 'mynaportal', 'opened'])
      a.actor.send({ type: 'answer.select', answer, at: tick() });
    // b's write raced a's (another process saw the old value): the stale record lands in storage.
    shared.data.set(key, old);
    a.inbox.push([key, old]);
    b.inbox.length = 0;
    settleAll();
    b.actor.send({ type: 'step.toggle', step: 'report-mail', at: tick() });
    settleAll();
    expect(stored()?.answers).toEqual(OPENED_ONLY);
    expect(stored()?.ticks).not.toHaveProperty('keep-mail');
    for (const t of [a, b]) expect(t.context().answers).toEqual(OPENED_ONLY);
  });

  it('follows a start over left as an empty record (removeItem throws), whatever it ticks next', () => {
    const { shared, open, settleAll, stored, tick } = tabs();
    const a = open();
    const b = open();
    shared.faults.remove = securityError;
    tick();
    a.app.send({ type: 'app.restart' });
    expect(stored()).toMatchObject({ answers: {}, ticks: {} });
    b.actor.send({ type: 'step.toggle', step: 'report-mail', at: tick() });
    settleAll();
    expect(stored()?.answers).toEqual({});
    expect(b.context().answers).toEqual({});
  });
});

// Issue 16, defects 7, 8 and 9: what the app says about storage is true.
describe('storage notices tell the truth', () => {
  afterEach(() => localStorage.clear());

  it('says "deleted" only when no key of the app is left', () => {
    localStorage.setItem('first-aid:progress:x', '1');
    localStorage.setItem('other-site', '1');
    expect(removeAppKeys()).toBe(true);
    expect(Object.keys(localStorage)).toEqual(['other-site']);
    localStorage.setItem('first-aid:progress:x', '1');
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = () => {
      throw securityError();
    };
    try {
      expect(removeAppKeys()).toBe(false);
    } finally {
      Storage.prototype.removeItem = remove;
    }
  });

  it('gives no "cannot save" notice and leaves no probe key when only removeItem throws', () => {
    const raw = faultyStorage();
    raw.faults.remove = securityError;
    const storage = openStorage({ localStorage: raw });
    expect(storage.available).toBe(true);
    expect([...raw.data.keys()]).toEqual([]);
    const sync = createProgressSync(flow, storage);
    expect(sync.restored.problem).toBe('none');
    expect(storage.available).toBe(true);
  });

  it('says at once, not at the first tap, when getItem throws at load', () => {
    const raw = faultyStorage();
    raw.faults.get = securityError;
    const storage = openStorage({ localStorage: raw });
    createProgressSync(flow, storage);
    expect(storage.available).toBe(false);
    expect(storage.trouble).toBe('blocked');
  });
});
