import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { flowMachine, type WizardContext } from '../../src/flow/machine';
import { getFlow } from '../../src/flow/registry';
import { keptNewerKey, progressKey } from '../../src/progress/keys';
import { requestPersistence } from '../../src/progress/persist';
import { RECORD_VERSION, restoreRecord } from '../../src/progress/record';
import { isQuotaError, openStorage } from '../../src/progress/safe-storage';
import { createProgressSync } from '../../src/progress/sync';
import { OPENED_ONLY } from '../builders';
import { faultyStorage, firefoxQuotaError, quotaError, securityError } from './progress-fakes';

const flow = getFlow('mynaportal-phishing');
const key = progressKey(flow.id);
const at = (minute: number) => `2026-11-29T10:${String(minute).padStart(2, '0')}:00.000Z`;
const clock = () => new Date('2026-11-29T11:00:00.000Z');

function context(parts: Partial<WizardContext> = {}): WizardContext {
  const actor = createActor(flowMachine, { input: { flow } }).start();
  return { ...actor.getSnapshot().context, ...parts };
}
const opened = context({ answers: OPENED_ONLY, answeredAt: at(1) });

describe('openStorage: localStorage that never throws', () => {
  it('says storage is blocked when reading window.localStorage throws a SecurityError', () => {
    const scope = {};
    Object.defineProperty(scope, 'localStorage', {
      get() {
        throw securityError();
      },
    });
    const storage = openStorage(scope);
    expect(storage).toMatchObject({ available: false, trouble: 'blocked' });
    expect(storage.read(key)).toBeNull();
    expect(storage.tryRead(key)).toEqual({ ok: false });
    expect(storage.write(key, 'x')).toBe(false);
    expect(storage.remove(key)).toBe(false);
  });

  it('says storage is blocked when localStorage is undefined', () => {
    const storage = openStorage({ localStorage: undefined });
    expect(storage).toMatchObject({ available: false, trouble: 'blocked' });
    expect(storage.write(key, 'x')).toBe(false);
  });

  it('tells "could not read" apart from "nothing stored" when getItem throws', () => {
    const raw = faultyStorage({ [key]: 'kept' });
    raw.faults.get = securityError;
    const storage = openStorage({ localStorage: raw });
    expect(storage.tryRead(key)).toEqual({ ok: false });
    expect(storage.read(key)).toBeNull();
  });

  it.each([
    ['QuotaExceededError', quotaError],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", firefoxQuotaError],
  ])(
    'says storage is full when setItem throws %s, and recovers when it works again',
    (_, error) => {
      const raw = faultyStorage();
      const storage = openStorage({ localStorage: raw });
      expect(storage.available).toBe(true);
      raw.faults.set = error;
      expect(storage.write(key, 'x')).toBe(false);
      expect(storage).toMatchObject({ available: false, trouble: 'full' });
      delete raw.faults.set;
      expect(storage.write(key, 'x')).toBe(true);
      expect(storage).toMatchObject({ available: true, trouble: 'none' });
    },
  );

  it('says storage is full when even the first probe does not fit', () => {
    const raw = faultyStorage();
    raw.faults.set = quotaError;
    expect(openStorage({ localStorage: raw })).toMatchObject({ available: false, trouble: 'full' });
  });

  it('reports a failed removeItem instead of throwing', () => {
    const raw = faultyStorage({ [key]: 'x' });
    const storage = openStorage({ localStorage: raw });
    raw.faults.remove = securityError;
    expect(storage.remove(key)).toBe(false);
  });

  it('knows quota errors by name and by legacy code', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(firefoxQuotaError())).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(securityError())).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('createProgressSync: saving', () => {
  it('writes at once, a record that restores with nothing dropped', () => {
    const raw = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    expect(sync.save({ ...opened, ticks: { 'report-mail': at(2) } }).saved).toBe(true);
    const restored = restoreRecord(raw.data.get(key) ?? null, flow, clock());
    expect(restored.problem).toBe('none');
    expect(restored.record?.ticks).toEqual({ 'report-mail': at(2) });
  });

  it('keeps the progress in memory while setItem throws, and writes it once storage is back', () => {
    const raw = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    raw.faults.set = quotaError;
    const ticked = { ...opened, ticks: { 'report-mail': at(2) } };
    expect(sync.save(ticked).saved).toBe(false);
    expect(raw.data.has(key)).toBe(false);
    delete raw.faults.set;
    expect(sync.retry(ticked).saved).toBe(true);
    expect(JSON.parse(raw.data.get(key) ?? '{}').ticks).toEqual({ 'report-mail': at(2) });
  });

  it('never writes over what it could not read (getItem throws)', () => {
    const raw = faultyStorage({ [key]: JSON.stringify({ ...opened, v: 3 }) });
    const stored = raw.data.get(key);
    raw.faults.get = securityError;
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    expect(sync.restored).toEqual({ record: undefined, problem: 'none' });
    expect(sync.save({ ...opened, ticks: { 'check-sender': at(3) } }).saved).toBe(false);
    expect(raw.data.get(key)).toBe(stored);
  });

  it('merges what is stored before writing once it can read again, losing nothing', () => {
    const raw = faultyStorage();
    const first = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    first.save({ ...opened, ticks: { 'report-mail': at(2) } });
    raw.faults.get = securityError;
    const second = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    delete raw.faults.get;
    const result = second.save({
      ...context({ answers: OPENED_ONLY, answeredAt: at(4) }),
      ticks: { 'check-sender': at(5) },
    });
    expect(result.saved).toBe(true);
    expect(result.merge?.progress.ticks).toEqual({ 'report-mail': at(2) });
    expect(JSON.parse(raw.data.get(key) ?? '{}').ticks).toEqual({
      'check-sender': at(5),
      'report-mail': at(2),
    });
  });

  it('starts over by removing the record, or by writing an empty one when removeItem throws', () => {
    const raw = faultyStorage();
    const storage = openStorage({ localStorage: raw });
    const sync = createProgressSync(flow, storage, clock);
    sync.save(opened);
    raw.faults.remove = securityError;
    expect(sync.save(context()).saved).toBe(true);
    const left = restoreRecord(raw.data.get(key) ?? null, flow, clock());
    expect(left.problem).toBe('none');
    expect(left.record).toMatchObject({ answers: {}, ticks: {} });
    // A reload finds nothing to restore.
    expect(createProgressSync(flow, storage, clock).restored.record?.answers).toEqual({});
  });

  it('asks the browser to keep the data where it can, and never fails where it cannot', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persist, persisted: async () => false })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await requestPersistence({ persist, persisted: async () => true })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await requestPersistence(undefined)).toBe(false);
    expect(await requestPersistence({})).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(securityError()) })).toBe(
      false,
    );
    expect(
      await requestPersistence({
        persist: () => {
          throw new TypeError('not here');
        },
      }),
    ).toBe(false);
  });
});

describe('createProgressSync: a record from a newer version', () => {
  const newer = JSON.stringify({ v: 99, flowId: flow.id, whatever: { 'what-happened': 'x' } });

  it('keeps it aside untouched, starts fresh, and only then writes its own record', () => {
    const raw = faultyStorage({ [key]: newer });
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    expect(sync.restored.problem).toBe('newer');
    expect(sync.keptNewer).toBe(true);
    expect(raw.data.get(keptNewerKey(flow.id))).toBe(newer);
    expect(sync.save(opened).saved).toBe(true);
    expect(raw.data.get(keptNewerKey(flow.id))).toBe(newer);
    expect(JSON.parse(raw.data.get(key) ?? '{}').v).toBe(RECORD_VERSION);
  });

  it('does not overwrite it when it cannot be kept aside', () => {
    const raw = faultyStorage({ [key]: newer });
    raw.faults.set = quotaError;
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    expect(sync.keptNewer).toBe(false);
    delete raw.faults.set;
    // Storage works again, but the kept copy is still missing: it is made first.
    expect(sync.save(opened).saved).toBe(true);
    expect(raw.data.get(keptNewerKey(flow.id))).toBe(newer);
    raw.data.delete(keptNewerKey(flow.id));
    raw.data.set(key, newer);
    raw.faults.set = quotaError;
    expect(sync.save({ ...opened, answeredAt: at(9) }).saved).toBe(false);
    expect(raw.data.get(key)).toBe(newer);
  });

  it('keeps aside one that another tab writes, and deletes it only when the person chooses', () => {
    const raw = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    sync.save(opened);
    raw.data.set(key, newer);
    expect(sync.receive(key)).toEqual({ kind: 'newer' });
    expect(raw.data.get(keptNewerKey(flow.id))).toBe(newer);
    expect(sync.dropKeptNewer()).toBe(true);
    expect(sync.keptNewer).toBe(false);
    expect(raw.data.has(keptNewerKey(flow.id))).toBe(false);
  });
});

describe('createProgressSync: storage events from another tab', () => {
  it('ignores other keys, its own write, and a damaged value (which its next save replaces)', () => {
    const raw = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    sync.save(opened);
    expect(sync.receive('first-aid:language')).toEqual({ kind: 'none' });
    expect(sync.receive(key)).toEqual({ kind: 'none' });
    raw.data.set(key, '{"v":3,');
    expect(sync.receive(key)).toEqual({ kind: 'none', problem: 'unreadable' });
    expect(sync.save({ ...opened, ticks: { 'report-mail': at(3) } }).saved).toBe(true);
    expect(restoreRecord(raw.data.get(key) ?? null, flow, clock()).problem).toBe('none');
  });

  it('follows a clear (key removed, or null after localStorage.clear())', () => {
    const raw = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    sync.save(opened);
    raw.data.clear();
    expect(sync.receive(null)).toEqual({ kind: 'restart' });
  });

  it('follows a start over written as an empty record', () => {
    const raw = faultyStorage();
    const storage = openStorage({ localStorage: raw });
    const mine = createProgressSync(flow, storage, clock);
    const other = createProgressSync(flow, storage, clock);
    mine.save(opened);
    other.receive(key);
    raw.faults.remove = securityError;
    other.save(context());
    expect(mine.receive(key)).toEqual({ kind: 'restart' });
  });

  it('ignores an event it cannot read (getItem throws) rather than starting over', () => {
    const raw = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: raw }), clock);
    sync.save(opened);
    raw.faults.get = securityError;
    expect(sync.receive(key)).toEqual({ kind: 'none' });
  });
});
