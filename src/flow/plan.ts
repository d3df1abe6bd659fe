import { holds } from './condition';
import { walk } from './path';
import type { Answers, Flow } from './types';

/** The ordered step ids for these answers: the first order rule that holds, filtered by each step's own condition. */
export function planFor(flow: Flow, answers: Answers): string[] {
  const onPath = walk(flow, answers).answers;
  const rule = flow.order.find((r) => holds(r.when, onPath));
  if (!rule) return [];
  return rule.steps.filter((id) => holds(flow.steps[id]?.when, onPath));
}
