import { handoffOf, nextQuestion } from './path';
import type { Answer, Answers, Flow } from './types';

/** Every non-empty subset of the options, in a stable order. */
function subsets(options: string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << options.length; mask++) {
    out.push(options.filter((_, i) => mask & (1 << i)));
  }
  return out;
}

function choices(flow: Flow, question: string): Answer[] {
  const q = flow.questions[question];
  if (!q) return [];
  return q.kind === 'multi' ? subsets(q.options) : Object.keys(q.answers);
}

/** Every complete set of answers a person can give, from the start question to the plan (handoffs to another flow end elsewhere and are left out). */
export function allAnswerPaths(flow: Flow): Answers[] {
  const out: Answers[] = [];
  const visit = (question: string | undefined, answers: Answers, depth: number) => {
    // A cycle is reported by the checker; stop here rather than loop.
    if (question === undefined || depth > Object.keys(flow.questions).length) {
      out.push(answers);
      return;
    }
    for (const answer of choices(flow, question)) {
      if (handoffOf(flow, question, answer)) continue;
      visit(nextQuestion(flow, question, answer), { ...answers, [question]: answer }, depth + 1);
    }
  };
  visit(flow.start, {}, 0);
  return out;
}
