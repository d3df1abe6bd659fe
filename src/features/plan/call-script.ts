import { walk } from '../../flow/path';
import type { Answers, Flow } from '../../flow/types';

export interface ScriptInput {
  flow: Flow;
  answers: Answers;
  /** Titles of the steps already done, in plan order. */
  doneTitles: string[];
  /** When the mail arrived, already formatted for reading out; '' when not given. */
  mailArrived: string;
}

type Text = (key: string, values?: Record<string, string>) => string;

/**
 * "What to say on the call": the flow's intro sentence, one sentence per answer on the path,
 * when the mail came, and what has been done already. Categories only, never what was typed.
 */
export function callScript(
  { flow, answers, doneTitles, mailArrived }: ScriptInput,
  flowText: Text,
  commonText: Text,
  list: (items: string[]) => string,
): string[] {
  const path = walk(flow, answers);
  const lines = [flowText('script.intro')];
  if (mailArrived) lines.push(commonText('script.mailArrived', { time: mailArrived }));
  for (const question of path.asked) {
    const answer = path.answers[question];
    if (Array.isArray(answer)) {
      const labels = answer.map((a) => flowText(`answers.${question}.${a}`));
      lines.push(flowText(`script.lists.${question}`, { list: list(labels) }));
    } else if (answer !== undefined) {
      lines.push(flowText(`script.answers.${question}.${answer}`));
    }
  }
  if (doneTitles.length) lines.push(commonText('script.done', { list: list(doneTitles) }));
  return lines;
}
