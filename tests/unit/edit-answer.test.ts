import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { flowMachine, HANDOFF, PLAN, type WizardEvent, screenOf } from '../../src/flow/machine';
import { getFlow } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { clicked } from '../builders';

const flow = getFlow('mynaportal-phishing');
const at = '2026-11-29T05:00:00.000Z';
const tickedAt = '2026-11-29T04:00:00.000Z';
const CLICKED: Answers = clicked('no', 'no');

/** A person on the plan, with these answers and one step ticked. */
function onPlan(answers: Answers = CLICKED) {
  const actor = createActor(flowMachine, {
    input: { flow, answers, answeredAt: tickedAt, ticks: { 'close-page': tickedAt } },
  }).start();
  expect(screenOf(actor.getSnapshot())).toBe(PLAN);
  return actor;
}
const select = (answer: string | string[]): WizardEvent => ({ type: 'answer.select', answer, at });
const edit = (question: string): WizardEvent => ({ type: 'answer.edit', question });

describe('changing one answer from the plan', () => {
  it('opens that question with the earlier answer still there', () => {
    const actor = onPlan();
    actor.send(edit('downloaded'));
    expect(screenOf(actor.getSnapshot())).toBe('downloaded');
    expect(actor.getSnapshot().context.answers.downloaded).toBe('no');
    // The progress line counts the questions before it.
    expect(actor.getSnapshot().context.history).toEqual(['arrived', 'claimed', 'what-happened']);
  });

  it('returns straight to the plan when the other answers still complete the path', () => {
    const actor = onPlan();
    actor.send(edit('downloaded'));
    actor.send(select('yes'));
    const { value, context } = actor.getSnapshot();
    expect(value).toBe(PLAN);
    expect(context.answers).toEqual({ ...CLICKED, downloaded: 'yes' });
    expect(context.ticks).toEqual({ 'close-page': tickedAt });
  });

  it('asks only the questions the new answer leads to that were not answered yet', () => {
    const actor = onPlan();
    actor.send(edit('what-happened'));
    actor.send(select('entered'));
    expect(screenOf(actor.getSnapshot())).toBe('sent');
    actor.send(select('sent'));
    expect(screenOf(actor.getSnapshot())).toBe('what-entered');
    actor.send(select(['card']));
    // "downloaded" and "money-gone" were answered before: not asked again.
    const { value, context } = actor.getSnapshot();
    expect(value).toBe(PLAN);
    expect(context.answers).toEqual({
      ...CLICKED,
      'what-happened': 'entered',
      sent: 'sent',
      'what-entered': ['card'],
    });
    expect(context.ticks).toEqual({ 'close-page': tickedAt });
    // Back from the plan goes through the path as it is now.
    expect(context.history).toEqual([
      'arrived',
      'claimed',
      'what-happened',
      'sent',
      'what-entered',
      'downloaded',
      'money-gone',
    ]);
  });

  it('goes back to the plan, answers unchanged, on Back from the question it opened', () => {
    const actor = onPlan();
    actor.send(edit('money-gone'));
    actor.send({ type: 'wizard.back' });
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
    expect(actor.getSnapshot().context.answers).toEqual(CLICKED);
  });

  it('hands off to the other flow when the new answer continues there', () => {
    // The first question on the path (past the front door) with an answer that continues there.
    const handoff = Object.keys(CLICKED)
      .map((id) => {
        const question = flow.questions[id];
        const answers = question?.kind === 'multi' ? {} : (question?.answers ?? {});
        const answer = Object.entries(answers).find(([, target]) => target.flow)?.[0];
        return answer === undefined ? undefined : { id, answer };
      })
      .find((found) => found !== undefined);
    if (!handoff) throw new Error('The main flow has no answer that continues in another flow');
    const actor = onPlan();
    actor.send(edit(handoff.id));
    actor.send(select(handoff.answer));
    expect(screenOf(actor.getSnapshot())).toBe(HANDOFF);
  });

  it('does not open a question that is not on the path', () => {
    const actor = onPlan();
    actor.send(edit('sent'));
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
  });

  it('walks every question again with "change answers" after one answer was changed', () => {
    const actor = onPlan();
    actor.send(edit('downloaded'));
    actor.send(select('yes'));
    actor.send({ type: 'wizard.edit' });
    expect(screenOf(actor.getSnapshot())).toBe(flow.start);
    actor.send(select('mail'));
    actor.send(select('mynaportal'));
    actor.send(select('clicked'));
    expect(screenOf(actor.getSnapshot())).toBe('downloaded');
  });
});
