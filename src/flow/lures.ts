import type { Condition, Flow, Step } from './types';

/**
 * A lure: what a scam mail, SMS or call claimed to be (国税庁, a card company, a delivery firm…).
 * One file in flows/lures/ with its steps (each shown only when the person picked this lure) and
 * where they go in every plan; its prose is in src/i18n/locales/<lng>/lures/<id>.json
 * (src/i18n/lure-strings.ts).
 */
export interface Lure {
  id: string;
  /** Its place on the front door (lower first); "don't know / other" is always last. */
  rank: number;
  steps: Record<string, Step>;
  /**
   * Answers of the flow's questions it names in words of its own, by question (a securities
   * company's lure: what-entered's "password" is the securities login): its locale files hold each
   * label (src/i18n/lure-strings.ts), shown in place of the answer's own once it was picked.
   */
  labels?: Record<string, string[]>;
  place: { now?: string[]; today?: string[]; later?: string[] };
}

/** Lures in their order on the front door: by rank, then by id. */
const inRankOrder = <T extends Pick<Lure, 'id' | 'rank'>>(lures: readonly T[]): T[] =>
  [...lures].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));

const both = (a: Condition, b: Condition | undefined): Condition => (b ? { all: [a, b] } : a);

/**
 * The flow with its lures: each is one more answer of the question the flow names in `lures`
 * (before its last answer, "other", and leading where that one leads), and its steps join every
 * plan (its "now" steps first but for the flow's `first` steps, the rest after the flow's own),
 * each shown only when that lure was picked. A flow without `lures` is returned as it is.
 */
export function withLures(flow: Flow, lures: Lure[]): Flow {
  const question = flow.lures === undefined ? undefined : flow.questions[flow.lures];
  if (!question || question.kind === 'multi' || flow.lures === undefined) return flow;
  const own = Object.entries(question.answers);
  const last = own.at(-1);
  const sorted = inRankOrder(lures);
  const next = last?.[1].next;
  const answers = Object.fromEntries([
    ...own.slice(0, -1),
    ...sorted.map((lure) => [lure.id, next ? { next } : {}] as const),
    ...(last ? [last] : []),
  ]);
  const picked = (lure: Lure): Condition => ({ is: [flow.lures ?? '', lure.id] });
  const steps = { ...flow.steps };
  for (const lure of sorted) {
    for (const [id, step] of Object.entries(lure.steps)) {
      steps[id] = { ...step, when: both(picked(lure), step.when) };
    }
  }
  const placed = (section: 'now' | 'today' | 'later') =>
    sorted.flatMap((lure) => lure.place[section] ?? []);
  return {
    ...flow,
    questions: { ...flow.questions, [flow.lures]: { ...question, answers } },
    steps,
    // A lure's "now" step is its own protective action: it goes first, after only the steps the
    // flow marks `first` (airplane mode for an installed app, stopping the card, the bank).
    order: flow.order.map((rule) => {
      // After the checks at the top and the last step the flow marks `first`; the order stays.
      const after = rule.now.reduce(
        (at, id, i) => (flow.steps[id]?.first || flow.steps[id]?.kind === 'check' ? i + 1 : at),
        0,
      );
      return {
        ...rule,
        now: [...rule.now.slice(0, after), ...placed('now'), ...rule.now.slice(after)],
        today: [...rule.today, ...placed('today')],
        later: [...rule.later, ...placed('later')],
      };
    }),
  };
}
