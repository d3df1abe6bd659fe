import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { flowMachine, screenOf } from '../../src/flow/machine';
import { isValidAnswer, walk } from '../../src/flow/path';
import { emptyRecord, restoreRecord } from '../../src/progress/record';
import { canonical } from '../../src/progress/save';
import { OPENED_ONLY } from '../builders';
import { CLICKED, flow, key, tabs } from './two-tabs';

const now = new Date('2026-11-29T12:00:00.000Z');
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

// Issue 16, defect 3: names that live on Object.prototype, with a string value.
describe('restore reads own keys only', () => {
  it('never takes a name from Object.prototype for a question or an answer', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(isValidAnswer(flow, name, 'x')).toBe(false);
      expect(isValidAnswer(flow, 'what-happened', name)).toBe(false);
    }
    expect(walk(flow, JSON.parse('{"constructor":"x","toString":"y"}')).asked).toEqual([]);
  });

  it.each(PROTOTYPE_NAMES)('restores a record whose answers use "%s" without throwing', (name) => {
    const raw = `{"v":4,"flowId":"${flow.id}","flowVersion":1,"answers":{"${name}":"x","what-happened":"opened"},"answeredAt":"2026-11-29T10:00:00.000Z","ticks":{"${name}":"2026-11-29T10:00:00.000Z"},"unticked":{},"notes":{"${name}":"x"},"mailArrivedAt":"","details":{"${name}":"x"},"updatedAt":""}`;
    const { record, problem } = restoreRecord(raw, flow, now);
    expect(problem).toBe('partial');
    // A version 4 record, from before the front door: it gets a mail that claimed マイナポータル.
    expect(record?.answers).toEqual(OPENED_ONLY);
    const actor = createActor(flowMachine, { input: { flow, ...record } }).start();
    expect(screenOf(actor.getSnapshot())).toBe('plan'); // "opened" leads straight to the plan
  });

  it('drops such a value arriving from another tab, says so, and keeps saving', () => {
    const { shared, open, stored, tick } = tabs();
    const tab = open();
    shared.data.set(
      key,
      JSON.stringify({
        ...canonical({ ...emptyRecord(flow), answers: CLICKED, answeredAt: tick() }),
        answers: { ...CLICKED, constructor: 'x', toString: 'y' },
      }),
    );
    tab.storageEvent(key, shared.data.get(key) ?? null);
    expect(tab.app.getSnapshot().context.notices.restoreProblem).toBe('partial');
    expect(tab.context().answers).toEqual(CLICKED);
    tab.actor.send({ type: 'step.toggle', step: 'keep-mail', at: tick() });
    expect(stored()?.ticks).toHaveProperty('keep-mail');
    expect(Object.hasOwn(stored()?.answers ?? {}, 'constructor')).toBe(false);
  });
});

// Issue 16, defect 10.
describe('stored times are checked', () => {
  const record = (at: string) =>
    JSON.stringify({
      ...canonical({
        ...emptyRecord(flow),
        answers: CLICKED,
        answeredAt: '2026-11-28T00:00:00.000Z',
      }),
      mailArrivedAt: at,
      ticks: { 'keep-mail': at },
    });
  it.each([
    ['year 0001', '0001-01-01T00:00:00.000Z'],
    ['30 February', '2026-02-30T10:00:00.000Z'],
    ['25 o’clock', '2026-11-28T25:00:00.000Z'],
    ['far in the future', '2999-01-01T00:00:00.000Z'],
  ])('drops an impossible time (%s) and says so', (_, at) => {
    const { record: restored, problem } = restoreRecord(record(at), flow, now);
    expect(problem).toBe('partial');
    expect(restored?.mailArrivedAt).toBe('');
    expect(restored?.ticks).toEqual({});
  });
  it('keeps a real time', () => {
    expect(restoreRecord(record('2026-11-28T10:00:00.000Z'), flow, now).problem).toBe('none');
  });
});
