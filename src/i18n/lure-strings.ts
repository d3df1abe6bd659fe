import type { LocaleFile } from './locale-files';

/**
 * A lure's strings, one file per language: src/i18n/locales/<lng>/lures/<id>.json, beside the lure
 * itself (flows/lures/<id>.json). Its shape does not depend on what the flow calls the question it
 * answers:
 *
 *   { "answer": "its label on the front door",
 *     "script": "its sentence in the call script",
 *     "steps": { "<its own step>": { "title": "…", "why": "…", "how": "…", "action": "…" } },
 *     "answers": { "<question>": { "<answer>": "its own label for an answer it names" } } }
 *
 * The app, the tests and the checker read them merged into the flow's namespace
 * (withLureStrings): `answers.<question>.<id>`, `script.answers.<question>.<id>`, `steps.<step>`,
 * and `answers.<question>.<answer>_<id>` for each of its `labels` (flows/lures/<id>.json).
 */
export interface LureStrings {
  answer?: string;
  script?: string;
  steps?: Record<string, Record<string, string>>;
  answers?: Record<string, Record<string, string>>;
}

/**
 * i18next's context separator (its default): `answers.<question>.<answer>_<lure>` is the lure's
 * label for that answer, read with the lure as context (labelContext) and falling back to the
 * answer's own label for every other lure.
 */
const CONTEXT = '_';

/** Where a key of a lure's file (`answer`, `steps.<step>.title`…) is in its flow's namespace. */
export function flowKeyOf(question: string, lure: string, key: string): string | undefined {
  if (key === 'answer') return `answers.${question}.${lure}`;
  if (key === 'script') return `script.answers.${question}.${lure}`;
  if (/^steps\.[^.]+\.[^.]+$/.test(key)) return key;
  if (/^answers\.[^.]+\.[^.]+$/.test(key)) return `${key}${CONTEXT}${lure}`;
  return undefined;
}

/**
 * An answer's label as the person saw it, for every place that shows one (the question screen,
 * "your answers", the call script, My record): `answers.<question>.<answer>`, read with the lure
 * picked as i18next's context, so a lure's own label for it (`answers.<question>.<answer>_<lure>`)
 * shows in place of the answer's own.
 */
export function answerLabels(
  flow: { lures?: string },
  answers: Readonly<Record<string, unknown>>,
  text: (key: string, values?: Record<string, string>) => string,
): (question: string, answer: string) => string {
  const lure = flow.lures === undefined ? undefined : answers[flow.lures];
  const context: Record<string, string> = typeof lure === 'string' ? { context: lure } : {};
  return (question, answer) => text(`answers.${question}.${answer}`, context);
}

/**
 * Which lure's file holds a key of the flow's namespace, and under which key there: its answer,
 * its script sentence, or a text of one of its own steps; undefined for the flow's own keys.
 */
export function lureKeyOf(
  question: string,
  lures: readonly { id: string; steps: Readonly<Record<string, unknown>> }[],
  key: string,
): { lure: string; key: string } | undefined {
  for (const lure of lures) {
    if (key === `answers.${question}.${lure.id}`) return { lure: lure.id, key: 'answer' };
    if (key === `script.answers.${question}.${lure.id}`) return { lure: lure.id, key: 'script' };
    const [top, step] = key.split('.');
    if (top === 'steps' && step !== undefined && Object.hasOwn(lure.steps, step)) {
      return { lure: lure.id, key };
    }
  }
  return undefined;
}

/** Every text of a locale tree, by dotted key. */
export function leaves(tree: unknown, prefix = ''): Record<string, unknown> {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return { [prefix]: tree };
  return Object.assign(
    {},
    ...Object.entries(tree).map(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)),
  ) as Record<string, unknown>;
}

function setKey(tree: LocaleFile, key: string, value: unknown): void {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node = tree;
  for (const part of parts) {
    const next = node[part];
    node = node[part] = next && typeof next === 'object' ? { ...(next as LocaleFile) } : {};
  }
  node[last] = value;
}

/**
 * A flow's locale file with its lures' files of the same language merged in, under the flow's
 * question for lures (`"lures"` in the flow file): what the screens read. The one place lure
 * strings join a flow's, for the page's chunks (vite.config.ts), the bundled resources of the
 * tests and the pre-rendering (./resources.ts) and the end-to-end tests. A field of a lure's file
 * that has no place in the flow is left out (the flow checker names it).
 */
export function withLureStrings(
  file: LocaleFile,
  question: string,
  lures: Readonly<Record<string, unknown>>,
): LocaleFile {
  // The lures' answers go before the flow's own ("don't know / other"), as on the front door.
  const answers = (file.answers ?? {}) as LocaleFile;
  const own = (answers[question] ?? {}) as LocaleFile;
  const merged: LocaleFile = { ...file, answers: { ...answers, [question]: {} } };
  for (const [id, strings] of Object.entries(lures)) {
    for (const [key, value] of Object.entries(leaves(strings))) {
      const at = flowKeyOf(question, id, key);
      if (at !== undefined) setKey(merged, at, value);
    }
  }
  for (const [id, text] of Object.entries(own)) setKey(merged, `answers.${question}.${id}`, text);
  return merged;
}
