import { holds } from './condition';
import { walk } from './path';
import { SECTIONS, type Answers, type Flow, type OrderRule } from './types';

/** At most this many "now" cards: more would hide the first thing to do. */
export const NOW_CARDS = 3;

export interface PlanSections {
  /** One-line checks for the top of the plan ("have you closed the page?"). */
  checks: string[];
  now: string[];
  today: string[];
  later: string[];
}

/** Whether a step has a tick box (a step to know, 'info', has none). */
export const isTickable = (flow: Flow, id: string): boolean =>
  Object.hasOwn(flow.steps, id) && flow.steps[id]?.kind !== 'info';

/** The locale key that says a step is done: a check's title is a question, so it has its own. */
export const doneTitleKey = (flow: Flow, id: string): string =>
  flow.steps[id]?.kind === 'check' ? `steps.${id}.done` : `steps.${id}.title`;

/** Every step id an order entry lists, in plan order. */
export const ruleSteps = (rule: OrderRule): string[] => SECTIONS.flatMap((s) => rule[s]);

function ruleFor(flow: Flow, answers: Answers): { rule: OrderRule | undefined; onPath: Answers } {
  const onPath = walk(flow, answers).answers;
  return { rule: flow.order.find((r) => holds(r.when, onPath)), onPath };
}

/** The ordered step ids for these answers: the first order rule that holds, filtered by each step's own condition. */
export function planFor(flow: Flow, answers: Answers): string[] {
  const { rule, onPath } = ruleFor(flow, answers);
  return rule ? ruleSteps(rule).filter((id) => holds(flow.steps[id]?.when, onPath)) : [];
}

/**
 * The plan in its parts. `closedNow` says which steps' lines are closed at this moment: within
 * "now" and "today" an open line (or a step that needs none) goes before a closed one, and the
 * "now" cards beyond the third open "today".
 */
export function planSections(
  flow: Flow,
  answers: Answers,
  closedNow: (step: string) => boolean = () => false,
): PlanSections {
  const { rule, onPath } = ruleFor(flow, answers);
  const applies = (id: string) => holds(flow.steps[id]?.when, onPath);
  const openFirst = (ids: string[]) => [
    ...ids.filter((id) => !closedNow(id)),
    ...ids.filter((id) => closedNow(id)),
  ];
  const listed = (section: 'now' | 'today' | 'later') =>
    rule ? rule[section].filter(applies) : [];
  const isCheck = (id: string) => flow.steps[id]?.kind === 'check';
  const now = openFirst(listed('now').filter((id) => !isCheck(id)));
  return {
    checks: listed('now').filter(isCheck),
    now: now.slice(0, NOW_CARDS),
    today: openFirst([...now.slice(NOW_CARDS), ...listed('today')]),
    later: listed('later'),
  };
}
