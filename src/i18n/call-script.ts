import { doneTitleKey } from '../flow/plan';
import { walk } from '../flow/path';
import type { Answers, Flow } from '../flow/types';
import { answerLabels } from './lure-strings';

export interface ScriptInput {
  flow: Flow;
  answers: Answers;
  /** Titles of the steps already done, in plan order. */
  doneTitles: string[];
  /** When the mail arrived, already formatted for reading out; '' when not given. */
  mailArrived: string;
}

export type Text = (key: string, values?: Record<string, string>) => string;

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
  // The lure picked names some answers in its own words (a securities company's login).
  const label = answerLabels(flow, answers, flowText);
  const lines = [flowText('script.intro')];
  if (mailArrived) lines.push(commonText('script.mailArrived', { time: mailArrived }));
  for (const question of path.asked) {
    const answer = path.answers[question];
    if (Array.isArray(answer)) {
      const chosen = answer.map((a) => label(question, a));
      lines.push(flowText(`script.lists.${question}`, { list: list(chosen) }));
    } else if (answer !== undefined) {
      lines.push(flowText(`script.answers.${question}.${answer}`));
    }
  }
  if (doneTitles.length) lines.push(commonText('script.done', { list: list(doneTitles) }));
  return lines;
}

/** One language's texts for the call script: the flow's namespace and the common one. */
export interface ScriptTexts {
  lng: string;
  flowText: Text;
  commonText: Text;
}

export interface ScriptAnswers {
  flow: Flow;
  answers: Answers;
  /** Ids of the steps already done, in plan order. */
  doneSteps: string[];
  /** When the mail arrived (ISO time), or '' when not given. */
  mailArrivedAt: string;
  /** The call this script is for: what to ask for is said first. */
  step?: string;
}

/**
 * The call script in one language: the done steps' titles, the mail's time and the lists are all
 * written in that language, so the same answers give the English and the Japanese script.
 */
export function scriptIn(
  { flow, answers, doneSteps, mailArrivedAt, step }: ScriptAnswers,
  { lng, flowText, commonText }: ScriptTexts,
): string[] {
  const list = (items: string[]) => new Intl.ListFormat(lng, { type: 'conjunction' }).format(items);
  const mailArrived = mailArrivedAt
    ? new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(mailArrivedAt),
      )
    : '';
  const doneTitles = doneSteps.map((id) => flowText(doneTitleKey(flow, id)));
  const request = step ? [flowText(`steps.${step}.request`)] : [];
  return [
    ...request,
    ...callScript({ flow, answers, doneTitles, mailArrived }, flowText, commonText, list),
  ];
}

/**
 * What a caller who does not speak Japanese reads out or shows: one opening line ("I do not speak
 * Japanese well, please speak slowly"), then the call script, all from the Japanese texts.
 */
export function readOutLines(input: ScriptAnswers, japanese: Omit<ScriptTexts, 'lng'>): string[] {
  return [japanese.commonText('script.opening'), ...scriptIn(input, { lng: 'ja', ...japanese })];
}
