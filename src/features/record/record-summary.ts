import type { CallDetails } from '../../flow/details';
import { looksSecret } from '../../flow/looks-secret';
import { walk } from '../../flow/path';
import { doneTitleKey, isTickable, planFor } from '../../flow/plan';
import { hotlines } from '../../flow/registry';
import type { Answers, Flow } from '../../flow/types';
import { answerLabels } from '../../i18n/lure-strings';

/** What the record is made from: the saved progress of one flow. */
export interface RecordInput {
  flow: Flow;
  answers: Answers;
  answeredAt: string;
  ticks: Record<string, string>;
  notes: Record<string, string>;
  mailArrivedAt: string;
  details: CallDetails;
}

export interface RecordStep {
  id: string;
  title: string;
  /** When it was ticked (ISO); only for steps done. */
  at: string;
  note: string | undefined;
}

export interface RecordHotline {
  id: string;
  name: string;
  number: string;
  hours: string;
}

export interface RecordReference {
  step: string;
  title: string;
  /** The number-like words of the note: what is read out on the phone. */
  numbers: string[];
}

/** The record with every text resolved: the screen, the .txt and the copied text all show this. */
export interface RecordSummary {
  answers: { question: string; answer: string }[];
  answeredAt: string;
  mailArrivedAt: string;
  /** What the phone call asks, as stored (labels and words come with the language: call-details-lines.ts). */
  details: CallDetails;
  done: RecordStep[];
  todo: RecordStep[];
  hotlines: RecordHotline[];
  references: RecordReference[];
}

/** Text for a key of a namespace ('catalog', or a flow id). */
export type DataText = (ns: string, key: string, values?: Record<string, string>) => string;

/** A reference number, case number or the like: a word of 4 or more letters, digits and hyphens with a digit in it. */
const NUMBER_WORD = /[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]/g;

export function numbersIn(note: string): string[] {
  return [...note.normalize('NFKC').matchAll(NUMBER_WORD)]
    .map((m) => m[0])
    .filter((word) => word.length >= 4 && /\d/.test(word) && looksSecret(word) === undefined);
}

/**
 * The last net under the machine's guard and the restore: text that looks secret never reaches
 * the screen, the print, the copied text, the .txt or the lines read out, however it got in.
 */
const kept = (text: string | undefined) =>
  text !== undefined && looksSecret(text) === undefined ? text : undefined;

/**
 * The summary of a record: the answers on the path taken, steps done (in the order they were
 * done, with times and notes), steps still open (in the plan's order), and the hotlines of the
 * plan's steps.
 */
export function summarize(input: RecordInput, text: DataText, lng: string): RecordSummary {
  const { flow } = input;
  const list = new Intl.ListFormat(lng, { type: 'unit' });
  const path = walk(flow, input.answers);
  const label = answerLabels(flow, input.answers, (key, values) => text(flow.id, key, values));
  const answers = path.asked.map((question) => {
    const answer = path.answers[question] ?? [];
    const chosen = Array.isArray(answer) ? answer : [answer];
    return {
      question: text(flow.id, `questions.${question}.title`),
      answer: list.format(chosen.map((a) => label(question, a))),
    };
  });

  const steps = planFor(flow, input.answers);
  const step = (id: string): RecordStep => ({
    id,
    title: text(flow.id, input.ticks[id] ? doneTitleKey(flow, id) : `steps.${id}.title`),
    at: input.ticks[id] ?? '',
    note: kept(input.notes[id]),
  });
  const done = steps
    .filter((id) => input.ticks[id])
    .map(step)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  // Steps to know have no tick box, so they are never "still to do".
  const todo = steps.filter((id) => !input.ticks[id] && isTickable(flow, id)).map(step);

  const hotlineIds = [...new Set(steps.flatMap((id) => flow.steps[id]?.hotlines ?? []))];
  const lines = hotlineIds.flatMap((id) => {
    const hotline = hotlines[id];
    return hotline
      ? [
          {
            id,
            name: text('catalog', `hotlines.${id}.name`),
            number: hotline.number,
            hours: text('catalog', `hotlines.${id}.hours`),
          },
        ]
      : [];
  });

  const references = [...done, ...todo].flatMap((s) => {
    const numbers = s.note ? numbersIn(s.note) : [];
    return numbers.length > 0 ? [{ step: s.id, title: s.title, numbers }] : [];
  });

  return {
    answers,
    answeredAt: input.answeredAt,
    mailArrivedAt: input.mailArrivedAt,
    details: Object.fromEntries(
      Object.entries(input.details).filter(([, value]) => kept(value) !== undefined),
    ),
    done,
    todo,
    hotlines: lines,
    references,
  };
}
