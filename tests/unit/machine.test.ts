import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  flowMachine,
  HANDOFF,
  PLAN,
  progressOf,
  screenOf,
  type WizardEvent,
} from '../../src/flow/machine';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { planFor } from '../../src/flow/plan';
import { getFlow } from '../../src/flow/registry';
import type { Answers, Flow } from '../../src/flow/types';

const flow = getFlow('mynaportal-phishing');
const at = '2026-11-29T05:00:00.000Z';
/** Through the front door: a mail that claimed to be マイナポータル. */
const FRONT = { arrived: 'mail', claimed: 'mynaportal' };
const start = (
  input: { answers?: Answers; ticks?: Record<string, string>; answeredAt?: string } = {},
) =>
  createActor(flowMachine, {
    input: { flow, ...input, answers: { ...FRONT, ...input.answers } },
  }).start();
const CLICKED = { ...FRONT, 'what-happened': 'clicked', downloaded: 'no', 'money-gone': 'no' };
const answer = (value: string | string[]): WizardEvent => ({
  type: 'answer.select',
  answer: value,
  at,
});

describe('the flow machine without React', () => {
  it('is done, handing over to the other flow, when an answer continues there', () => {
    const actor = start();
    actor.send(answer('not-sure'));
    expect(screenOf(actor.getSnapshot())).toBe(HANDOFF);
    expect(actor.getSnapshot().output).toMatchObject({
      handoff: { flow: 'is-it-a-scam', answers: {} },
      asked: 3,
      progress: { answers: { ...FRONT, 'what-happened': 'not-sure' }, answeredAt: at },
    });
  });

  it('answers "only opened" with the plan at once, and takes the plan\'s offer of the scam check', () => {
    const actor = start();
    actor.send(answer('opened'));
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
    actor.send({ type: 'offer.take', step: 'check-if-scam' });
    expect(screenOf(actor.getSnapshot())).toBe(HANDOFF);
    expect(actor.getSnapshot().context.offer).toEqual({
      flow: 'is-it-a-scam',
      answers: {},
    });
  });

  it('restores a handed-off answer to its question, so Back from the other flow lands there', () => {
    const actor = start({ answers: { 'what-happened': 'not-sure' } });
    expect(screenOf(actor.getSnapshot())).toBe('what-happened');
  });

  it('starts past answers known from another flow', () => {
    const actor = start({ answers: { 'what-happened': 'clicked' } });
    expect(screenOf(actor.getSnapshot())).toBe('downloaded');
  });

  it('opens one question again on entering, its answer marked, Back returning to the plan', () => {
    const actor = createActor(flowMachine, {
      input: { flow, answers: CLICKED, ask: 'downloaded' },
    }).start();
    expect(screenOf(actor.getSnapshot())).toBe('downloaded');
    expect(actor.getSnapshot().context.editing).toBe('downloaded');
    actor.send({ type: 'wizard.back' });
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
  });

  it('runs a flow whose question is named like a state of the machine', () => {
    const named: Flow = {
      ...flow,
      id: 'named',
      start: 'handoff',
      questions: {
        handoff: { kind: 'single' as const, answers: { yes: { next: 'plan' }, no: {} } },
        plan: { kind: 'single' as const, answers: { ok: {} } },
      },
    };
    const actor = createActor(flowMachine, { input: { flow: named } }).start();
    expect(screenOf(actor.getSnapshot())).toBe('handoff');
    actor.send(answer('yes'));
    expect(actor.getSnapshot().context.question).toBe('plan');
    expect(actor.getSnapshot().value).toBe('question');
    actor.send(answer('ok'));
    expect(actor.getSnapshot().value).toBe(PLAN);
    expect(actor.getSnapshot().context.answers).toEqual({ handoff: 'yes', plan: 'ok' });
  });

  it('starts at the first question', () => {
    expect(screenOf(start().getSnapshot())).toBe('what-happened');
  });

  it('walks "entered → sent → card" to the plan', () => {
    const actor = start();
    for (const e of [
      answer('entered'),
      answer('sent'),
      answer(['card']),
      answer('no'),
      answer('yes'),
    ]) {
      actor.send(e);
    }
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
    expect(actor.getSnapshot().context.answers).toEqual({
      ...FRONT,
      'what-happened': 'entered',
      sent: 'sent',
      'what-entered': ['card'],
      downloaded: 'no',
      'money-gone': 'yes',
    });
  });

  it('ignores an answer the question does not have, and an empty multi answer', () => {
    const actor = start();
    actor.send(answer('nonsense'));
    expect(screenOf(actor.getSnapshot())).toBe('what-happened');
    actor.send(answer('entered'));
    actor.send(answer('sent'));
    actor.send(answer([]));
    actor.send(answer(['card', 'not-an-option']));
    expect(screenOf(actor.getSnapshot())).toBe('what-entered');
  });

  it('goes back to the previous question with the answer kept', () => {
    const actor = start();
    actor.send(answer('clicked'));
    actor.send({ type: 'wizard.back' });
    expect(screenOf(actor.getSnapshot())).toBe('what-happened');
    expect(actor.getSnapshot().context.answers['what-happened']).toBe('clicked');
    actor.send({ type: 'wizard.back' });
    expect(screenOf(actor.getSnapshot())).toBe('claimed');
  });

  it('records and clears tick times on the plan', () => {
    const actor = start({ answers: CLICKED });
    actor.send({ type: 'step.toggle', step: 'report-mail', at });
    expect(actor.getSnapshot().context.ticks).toEqual({ 'report-mail': at });
    actor.send({ type: 'step.toggle', step: 'report-mail', at });
    expect(actor.getSnapshot().context.ticks).toEqual({});
  });

  it('restores to the plan when every answer is there, with Back to the last question', () => {
    const actor = start({
      answers: { 'what-happened': 'clicked', downloaded: 'no', 'money-gone': 'no' },
      ticks: { 'close-page': at },
    });
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
    expect(actor.getSnapshot().context.ticks).toEqual({ 'close-page': at });
    actor.send({ type: 'wizard.back' });
    expect(screenOf(actor.getSnapshot())).toBe('money-gone');
  });

  it('restores to the first unanswered question', () => {
    const actor = start({ answers: { 'what-happened': 'entered', sent: 'part-way' } });
    expect(screenOf(actor.getSnapshot())).toBe('what-entered');
    expect(actor.getSnapshot().context.history).toEqual([
      'arrived',
      'claimed',
      'what-happened',
      'sent',
    ]);
  });

  it('"change answers" returns to the first question with every answer kept', () => {
    const actor = start({ answers: { 'what-happened': 'opened' } });
    actor.send({ type: 'wizard.edit' });
    expect(screenOf(actor.getSnapshot())).toBe('arrived');
    expect(actor.getSnapshot().context.answers).toEqual({ ...FRONT, 'what-happened': 'opened' });
  });

  it('start over clears answers and ticks', () => {
    const actor = start({ answers: { 'what-happened': 'opened' }, ticks: { 'report-mail': at } });
    actor.send({ type: 'wizard.restart' });
    expect(screenOf(actor.getSnapshot())).toBe('arrived');
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, ticks: {} });
  });

  it('merges another tab: ticks as a union, the newer answers win and move the screen', () => {
    const actor = start({
      answers: { 'what-happened': 'opened' },
      answeredAt: at,
      ticks: { 'report-mail': at },
    });
    const later = '2026-11-29T06:00:00.000Z';
    actor.send({
      type: 'progress.merge',
      progress: progressOf({
        answers: { ...FRONT, 'what-happened': 'clicked' },
        answeredAt: later,
        ticks: { 'check-sender': later },
      }),
    });
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.ticks).toEqual({ 'report-mail': at, 'check-sender': later });
    expect(snapshot.context.answers).toEqual({ ...FRONT, 'what-happened': 'clicked' });
    expect(screenOf(snapshot)).toBe('downloaded');
  });

  it('keeps its own answers when the other tab holds older ones', () => {
    const actor = start({ answers: CLICKED, answeredAt: at });
    actor.send({
      type: 'progress.merge',
      progress: progressOf({
        answers: { 'what-happened': 'clicked' },
        answeredAt: '2026-11-28T00:00:00.000Z',
      }),
    });
    expect(actor.getSnapshot().context.answers).toEqual(CLICKED);
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
  });
});

describe('every path through the machine (xstate/graph)', () => {
  const machine = flowMachine;
  const what = flow.questions['what-entered'];
  const options = what?.kind === 'multi' ? what.options : [];
  // An explicit event list: the front door by mail and by phone, "other" for who it claimed to be
  // (every lure joins the same way: tests/unit/lures.test.ts), every other single answer, and each
  // multi option alone and all together.
  const front = ['mail', 'call', 'other', 'hung-up', 'told', 'paid'];
  const events: WizardEvent[] = [
    ...front,
    ...['opened', 'clicked', 'entered', 'not-sure', 'sent', 'part-way', 'unsure', 'yes', 'no'],
  ]
    .map(answer)
    .concat(
      options.map((o) => answer([o])),
      answer(options),
    );
  const graph = {
    events,
    input: { flow },
    // Answers decide the state; timestamps and history do not.
    serializeState: (s: SnapshotFrom<typeof flowMachine>) =>
      JSON.stringify([screenOf(s), s.context.answers]),
  };
  // The answer sets those events can give, from the enumeration the plan tests use.
  const reachable = allAnswerPaths(flow).filter(
    (a) =>
      ['mail', 'call'].includes(String(a.arrived)) &&
      [undefined, 'other'].includes(a.claimed as string | undefined) &&
      (!Array.isArray(a['what-entered']) ||
        a['what-entered'].length === 1 ||
        a['what-entered'].length === options.length),
  );

  it('reaches the plan on every simple path, each with a non-empty plan', () => {
    const paths = getSimplePaths(machine, graph);
    const toPlan = paths.filter((p) => screenOf(p.state) === PLAN);
    console.log(`simple paths: ${paths.length}, to the plan: ${toPlan.length}`);
    // One plan state per answer set; one handoff ("not sure" continues in the scam check).
    expect(toPlan).toHaveLength(reachable.length);
    expect(paths.filter((p) => screenOf(p.state) === HANDOFF)).toHaveLength(1);
    for (const p of toPlan)
      expect(planFor(flow, p.state.context.answers).length).toBeGreaterThan(0);
  }, 120_000); // Walking every path takes seconds on a loaded 2-core machine.

  it('reaches every question', () => {
    const reached = new Set(getShortestPaths(machine, graph).map((p) => screenOf(p.state)));
    for (const question of Object.keys(flow.questions)) expect(reached).toContain(question);
    expect(reached).toContain(PLAN);
  });
});
