import { own } from './own';
import type { Answers, Condition } from './types';

/** Evaluates the closed condition language of flow files against the answers. */
export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('is' in condition) return own(answers, condition.is[0]) === condition.is[1];
  if ('has' in condition) {
    const answer = own(answers, condition.has[0]);
    return Array.isArray(answer) && answer.includes(condition.has[1]);
  }
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  return !holds(condition.not, answers);
}
