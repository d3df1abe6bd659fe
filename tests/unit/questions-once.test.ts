import { describe, expect, it } from 'vitest';
import { handoffOf, walk } from '../../src/flow/path';
import { flows, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answer, Answers } from '../../src/flow/types';

/**
 * Every answer a question offers, one for each place they lead: answers leading to the same next
 * question (or flow, or plan) give the same journeys, as the lures of "who was it?" all lead to
 * "what happened?" (and for a multi question, one option stands for all: the path is the same).
 */
function choices(flowId: string, question: string): Answer[] {
  const q = flows[flowId]?.questions[question];
  if (!q) return [];
  if (q.kind === 'multi') return [q.options.slice(0, 1)];
  const byTarget = new Map<string, string>();
  for (const [answer, target] of Object.entries(q.answers)) {
    const leadsTo = JSON.stringify([target.next ?? '', target.flow ?? '', target.set ?? {}]);
    if (!byTarget.has(leadsTo)) byTarget.set(leadsTo, answer);
  }
  return [...byTarget.values()];
}

/**
 * Every journey a person can take from the first screen, across the flows an answer (or a plan's
 * offer) continues in: the questions shown, in order, as "flow/question".
 */
function journeys(): string[][] {
  const out: string[][] = [];
  const visit = (flowId: string, answers: Answers, shown: string[], depth: number) => {
    const flow = flows[flowId];
    if (!flow || depth > 40) throw new Error(`runaway journey: ${shown.join(' → ')}`);
    const question = walk(flow, answers).pending;
    if (question === undefined) {
      out.push(shown);
      // An offer on the plan is the person's choice to go on elsewhere ("I did click after
      // all"): a journey of its own, which may ask again what has changed.
      for (const step of Object.values(flow.steps)) {
        if (step.opens && depth < 20) visit(step.opens.flow, { ...step.opens.set }, [], depth + 20);
      }
      return;
    }
    const here = [...shown, `${flowId}/${question}`];
    for (const answer of choices(flowId, question)) {
      const handoff = handoffOf(flow, question, answer);
      if (handoff) visit(handoff.flow, handoff.answers, here, depth + 1);
      else visit(flowId, { ...answers, [question]: answer }, here, depth + 1);
    }
  };
  visit(MAIN_FLOW_ID, {}, [], 0);
  return out;
}

describe('questions across every flow', () => {
  const all = journeys();

  it('never shows a question twice on any journey from the first screen', () => {
    expect(all.length).toBeGreaterThan(Object.keys(flows).length);
    const repeated = all.filter((shown) => new Set(shown).size !== shown.length);
    expect(repeated.map((shown) => shown.join(' → '))).toEqual([]);
  });

  it('never asks in the scam check what the first screen asked', () => {
    const check = flows['is-it-a-scam'];
    const main = flows[MAIN_FLOW_ID];
    expect(check && main).toBeTruthy();
    const asked = Object.keys(check?.questions ?? {}).filter((id) => main?.questions[id]);
    expect(asked).toEqual([]);
  });

  it('answers "only opened" with the plan after one tap past the front door', () => {
    const opened = all.filter((shown) => shown.length === 3);
    expect(opened).toContainEqual([
      `${MAIN_FLOW_ID}/arrived`,
      `${MAIN_FLOW_ID}/claimed`,
      `${MAIN_FLOW_ID}/what-happened`,
    ]);
  });
});
