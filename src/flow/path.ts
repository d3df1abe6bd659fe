import { own } from './own';
import type { Answer, Answers, Flow, Handoff } from './types';

/** The question that follows `question` when it is answered with `answer`; undefined means the plan. */
export function nextQuestion(flow: Flow, question: string, answer: Answer): string | undefined {
  const q = own(flow.questions, question);
  if (!q) return undefined;
  if (q.kind === 'multi') return q.next;
  return typeof answer === 'string' ? own(q.answers, answer)?.next : undefined;
}

/** The other flow this answer continues in, if it is a handoff answer. */
export function handoffOf(
  flow: Flow,
  question: string,
  answer: Answer | undefined,
): Handoff | undefined {
  const q = own(flow.questions, question);
  if (!q || q.kind === 'multi' || typeof answer !== 'string') return undefined;
  const target = own(q.answers, answer);
  return target?.flow ? { flow: target.flow, answers: target.set ?? {} } : undefined;
}

// Own properties only: a stored answer under "constructor" or "toString" is no question of the flow.
export function isValidAnswer(flow: Flow, question: string, answer: unknown): answer is Answer {
  const q = own(flow.questions, question);
  if (!q) return false;
  if (q.kind === 'multi') {
    return (
      Array.isArray(answer) &&
      answer.length > 0 &&
      answer.every((a) => typeof a === 'string' && q.options.includes(a)) &&
      new Set(answer).size === answer.length
    );
  }
  return typeof answer === 'string' && Object.hasOwn(q.answers, answer);
}

export interface Walk {
  /** Questions answered along the path from the start, in order. */
  asked: string[];
  /** Only the answers on that path: answers left over from a changed path are ignored. */
  answers: Answers;
  /**
   * The first unanswered question (or the question whose answer hands off to another flow,
   * shown again when the person comes back), or undefined when the path reaches the plan.
   */
  pending: string | undefined;
}

/** Follows the answers from the start question, as far as they reach. */
export function walk(flow: Flow, answers: Answers): Walk {
  const asked: string[] = [];
  const onPath: Answers = {};
  let current: string | undefined = flow.start;
  while (current !== undefined) {
    const answer = own(answers, current);
    if (!isValidAnswer(flow, current, answer) || asked.includes(current)) break;
    if (handoffOf(flow, current, answer)) break;
    asked.push(current);
    onPath[current] = answer;
    current = nextQuestion(flow, current, answer);
  }
  return { asked, answers: onPath, pending: current };
}

/**
 * The most questions still to ask from `question` (inclusive): later questions already answered
 * (given by another flow, or on the way back) are passed through, not counted.
 */
export function questionsLeft(
  flow: Flow,
  question: string,
  answers: Answers,
  first = true,
  seen: Set<string> = new Set(),
): number {
  const q = own(flow.questions, question);
  if (!q || seen.has(question)) return 0;
  const inner = new Set(seen).add(question);
  const known = own(answers, question);
  if (!first && isValidAnswer(flow, question, known) && !handoffOf(flow, question, known)) {
    const next = nextQuestion(flow, question, known);
    return next ? questionsLeft(flow, next, answers, false, inner) : 0;
  }
  const nexts = q.kind === 'multi' ? [q.next] : Object.values(q.answers).map((a) => a.next);
  return (
    1 + Math.max(0, ...nexts.map((n) => (n ? questionsLeft(flow, n, answers, false, inner) : 0)))
  );
}
