/**
 * Helpers for the layout and per-language end-to-end tests: the locale files read from disk (so
 * a new language or key is covered without a change here), a "longest" locale served in place of
 * the Japanese one, the flows walked as data, and a check for what overflows at a narrow width.
 */
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameOf, textContentOf } from './readings-support';
import { LURES, expect, heading } from './support';
import { readFlowLocale } from '../../scripts/flow-locale.ts';
import { withLures } from '../../src/flow/lures';
import { walk } from '../../src/flow/path';
import { planSections } from '../../src/flow/plan';
import type { Answers, Flow } from '../../src/flow/types';

// ---------------------------------------------------------------------------------------------
// Locale files.

/** A text, or a setting such as `translation.reviewed: false`. */
export type Leaf = string | number | boolean;
export interface TextTree {
  [key: string]: Leaf | TextTree;
}
/** One language's texts: namespace (file name) → its JSON. */
export type Texts = Record<string, TextTree>;

const LOCALES_DIR = new URL('../../src/i18n/locales/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

/** Every locale folder in src/i18n/locales/. */
export const localeFolders = (): string[] =>
  readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/**
 * All namespaces of one language, read from its folder as the screens read them: a flow's with
 * its lures' strings (<lng>/lures/<id>.json) merged in.
 */
export function readTexts(lng: string): Texts {
  const dir = new URL(`${lng}/`, LOCALES_DIR);
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .map((ns) => [ns, readFlowLocale(root, lng, ns).strings as TextTree]),
  );
}

/** The string at "a.b.c" in a namespace; a missing key fails the test that asked for it. */
export function text(texts: Texts, ns: string, path: string): string {
  let node: Leaf | TextTree | undefined = texts[ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text ${ns}:${path}`);
  return node;
}

/** The part of a namespace under "a.b"; a missing one fails the test that asked for it. */
export function subtree(texts: Texts, ns: string, path: string): TextTree {
  let node: Leaf | TextTree | undefined = texts[ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') throw new Error(`No texts under ${ns}:${path}`);
  return node;
}

/** Every text and setting of a tree, as [path, value]. */
export function leaves(tree: TextTree, prefix = ''): [string, Leaf][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' ? leaves(value, path) : [[path, value] as [string, Leaf]];
  });
}

function leafAt(tree: TextTree | undefined, path: string): Leaf | undefined {
  let node: Leaf | TextTree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'object' ? undefined : node;
}

function setLeaf(tree: TextTree, path: string, value: Leaf) {
  const parts = path.split('.');
  const last = parts.pop() ?? '';
  let node = tree;
  for (const part of parts) {
    const next = node[part];
    node = typeof next === 'object' ? next : (node[part] = {});
  }
  node[last] = value;
}

// ---------------------------------------------------------------------------------------------
// The longest locale.

/** Characters a phone draws about twice as wide as a Latin letter. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/** A proxy for the drawn width of a text: CJK characters count twice. */
export const textWidth = (value: string): number =>
  [...value].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/**
 * A real word with no place to break, 25 letters long: at the heading's size it is wider than a
 * 320 px screen, in a step title wider than its column. None of the app's languages has words this
 * long, but addresses, names and the next language might; layout must wrap it, not overflow.
 */
export const LONG_WORD = 'Verbraucherschutzzentrale';

/**
 * Which texts get LONG_WORD: short ones (in Japanese at most 20 wide characters), which are
 * headings, labels, button and link texts and names. Not the drawing's labels (an SVG cannot wrap;
 * its longest real strings are tested as they are), not the languages' names (each is written in
 * itself, the same in every locale) and not texts that never show on the screen.
 */
const stretches = (ns: string, path: string, japanese: string): boolean =>
  textWidth(japanese) <= 40 &&
  !(ns === 'common' && /^(pictures|language\.names)\./.test(path)) &&
  !(ns === 'record' && /^(file|text|ics)\./.test(path));

export interface LongestLocale {
  texts: Texts;
  /** How many texts each language gave. */
  from: Record<string, number>;
  stretched: number;
}

/**
 * For every key of Japanese, the widest value any locale has for it; short texts also end with
 * LONG_WORD. Interpolation variables stay (every locale has the same ones). A setting that is not
 * text is taken from the first translation where it differs from Japanese, so what translations
 * add to the screen shows too (`translation.reviewed: false` brings the "not yet checked by a
 * native speaker" line).
 */
export function longestLocale(): LongestLocale {
  const languages = localeFolders();
  const all = Object.fromEntries(languages.map((lng) => [lng, readTexts(lng)]));
  const ja = all.ja;
  if (!ja) throw new Error('No Japanese locale in src/i18n/locales/ja');
  const texts: Texts = {};
  const from: Record<string, number> = {};
  let stretched = 0;
  for (const [ns, tree] of Object.entries(ja)) {
    texts[ns] = {};
    for (const [path, japanese] of leaves(tree)) {
      if (typeof japanese !== 'string') {
        const other = languages
          .map((lng) => leafAt(all[lng]?.[ns], path))
          .find((value) => value !== undefined && value !== japanese);
        setLeaf(texts[ns], path, other ?? japanese);
        continue;
      }
      let best = { lng: 'ja', value: japanese };
      for (const lng of languages) {
        let value: string;
        try {
          value = text(all[lng] ?? {}, ns, path);
        } catch {
          continue; // A key still being translated: the others compete.
        }
        if (textWidth(value) > textWidth(best.value)) best = { lng, value };
      }
      from[best.lng] = (from[best.lng] ?? 0) + 1;
      let value = best.value;
      if (stretches(ns, path, japanese)) {
        value = `${value} ${LONG_WORD}`;
        stretched += 1;
      }
      setLeaf(texts[ns], path, value);
    }
  }
  return { texts, from, stretched };
}

/** The same tree with each text replaced by the one at its path in `texts` (when there is one). */
function replaceTexts(tree: TextTree, replacement: TextTree): TextTree {
  const out: TextTree = {};
  for (const [path, value] of leaves(tree)) setLeaf(out, path, leafAt(replacement, path) ?? value);
  return out;
}

/** Chunks of the build that hold Japanese texts: src/i18n/locales/ja/<ns>.json, whole or in parts. */
const JAPANESE_CHUNK = /^src\/i18n\/locales\/ja\/([^/?]+)\.json(?:\?.*)?$/;

export interface ServedTexts {
  /** How many Japanese chunks the build has. */
  chunks: number;
  /** How many of them the page has fetched (and got these texts in) so far. */
  served: () => number;
}

/**
 * Answers the build's Japanese chunks with these texts, leaving the app as built. The build's
 * manifest names the chunk of each src/i18n/locales/ja/<ns>.json (or of each part of it, when the
 * build splits a file: src/i18n/locales/ja/<ns>.json?part=first). Each chunk is a module whose
 * default export is (part of) the JSON, `var e={…};export{e as default};`: it is read from the
 * build, and every text in it replaced by the one at the same path in `texts`.
 */
export async function serveAsJapanese(page: Page, texts: Texts): Promise<ServedTexts> {
  const dist = resolve(process.env.E2E_DIST ?? 'dist');
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const served = new Set<string>();
  let chunks = 0;
  for (const [source, { file }] of Object.entries(manifest)) {
    const ns = JAPANESE_CHUNK.exec(source)?.[1];
    if (!ns) continue;
    const replacement = texts[ns];
    if (!replacement) throw new Error(`No texts for namespace ${ns} (${source})`);
    const code = readFileSync(resolve(dist, file), 'utf8');
    const real = (
      (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
        default: TextTree;
      }
    ).default;
    const body = `export default ${JSON.stringify(replaceTexts(real, replacement))};\n`;
    chunks += 1;
    await page.route(`**/${file}`, async (route) => {
      served.add(file);
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    });
  }
  if (chunks === 0) throw new Error(`No Japanese locale chunks in ${dist}/.vite/manifest.json`);
  return { chunks, served: () => served.size };
}

// ---------------------------------------------------------------------------------------------
// Flows as data, and walking them.

// The flow files' shapes, as the app reads them.
export type FlowData = Flow;

const FLOWS_DIR = new URL('../../flows/', import.meta.url);
/** Every flow file, with the lures of flows/lures/ joined as the app joins them (src/flow/lures.ts). */
export const FLOWS: Record<string, FlowData> = Object.fromEntries(
  readdirSync(FLOWS_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => withLures(readJson(new URL(name, FLOWS_DIR)) as FlowData, LURES))
    .map((data) => [data.id, data]),
);
/** The flow the app opens with (flows/catalog/entry.json); the others are reached from it. */
export const MAIN_FLOW = (readJson(new URL('catalog/entry.json', FLOWS_DIR)) as { entry: string })
  .entry;

export function flowOf(id: string): FlowData {
  const data = FLOWS[id];
  if (!data) throw new Error(`No flow "${id}" in flows/`);
  return data;
}

/** The lure these answers picked, if the flow asks for one: its labels show on later questions. */
const lureOf = (data: FlowData, answers: Answers): { lure?: string } => {
  const lure = data.lures === undefined ? undefined : answers[data.lures];
  return typeof lure === 'string' ? { lure } : {};
};

/** The question still to answer after these answers; undefined: the plan (src/flow/path.ts). */
const pendingQuestion = (data: FlowData, answers: Answers): string | undefined =>
  walk(data, answers).pending;

export interface Move {
  flow: string;
  question: string;
  answer: string | string[];
  /**
   * Changed on the plan with its 「変える」 button: an answer the flow was entered with (the scam
   * check, entered knowing "what did you do?", asks it only when the person changes it).
   */
  fromPlan?: boolean;
  /** The lure picked before this question: its own labels for answers show (src/i18n/lure-strings.ts). */
  lure?: string;
}
export interface Walk {
  moves: Move[];
  /** The flow whose plan the walk ends on, its one-line checks and the steps of its lists. */
  planFlow: string;
  checks: string[];
  steps: string[];
}

/**
 * The walk's end: the plan's one-line checks apart from the steps its lists show, in order (the
 * app's rule, src/flow/plan.ts, with every line open).
 */
function planWalk(data: FlowData, answers: Answers, moves: Move[]): Walk {
  const { checks, now, today, later } = planSections(data, answers);
  return { moves, planFlow: data.id, checks, steps: [...now, ...today, ...later] };
}

/**
 * Every walk from the main flow's first question to a plan, across hand-offs to other flows. A
 * multi question is answered with all its options (the most the screen can show).
 */
export function allWalks(): Walk[] {
  const walks: Walk[] = [];
  /** `preset`: the answers this flow was entered with, which its plan lets the person change. */
  const visit = (flowId: string, answers: Answers, moves: Move[], preset: Answers = {}) => {
    const data = flowOf(flowId);
    const question = pendingQuestion(data, answers);
    if (question === undefined) {
      walks.push(planWalk(data, answers, moves));
      for (const [changed, given] of Object.entries(preset)) {
        const q = data.questions[changed];
        if (!q || q.kind === 'multi') continue;
        if (moves.some((m) => m.flow === flowId && m.question === changed)) continue;
        for (const [answer, to] of Object.entries(q.answers)) {
          if (answer === given) continue;
          const move = { flow: flowId, question: changed, answer, fromPlan: true };
          if (to.flow) visit(to.flow, to.set ?? {}, [...moves, move], to.set ?? {});
          else visit(flowId, { ...answers, [changed]: answer }, [...moves, move]);
        }
      }
      return;
    }
    if (moves.some((m) => m.flow === flowId && m.question === question)) return; // a loop
    const q = data.questions[question];
    if (!q) throw new Error(`${flowId}: unknown question ${question}`);
    const lure = lureOf(data, answers);
    if (q.kind === 'multi') {
      const move = { flow: flowId, question, answer: q.options, ...lure };
      visit(flowId, { ...answers, [question]: q.options }, [...moves, move]);
      return;
    }
    for (const [answer, to] of Object.entries(q.answers)) {
      const move = { flow: flowId, question, answer, ...lure };
      if (to.flow) visit(to.flow, to.set ?? {}, [...moves, move], to.set ?? {});
      else visit(flowId, { ...answers, [question]: answer }, [...moves, move], preset);
    }
  };
  visit(MAIN_FLOW, {}, []);
  return walks;
}

/**
 * Few walks that together show every question and every step of every flow the app reaches:
 * each time the walk that shows the most not yet seen (the longest plans first).
 */
export function coveringWalks(): Walk[] {
  const every = allWalks();
  const keys = (w: Walk) => [
    ...w.moves.map((m) => `question ${m.flow}:${m.question}`),
    ...[...w.checks, ...w.steps].map((s) => `step ${w.planFlow}:${s}`),
  ];
  // Each walk's keys once (the front door multiplies the walks: thousands of them).
  const keyed = every.map((walk) => ({ walk, keys: [...new Set(keys(walk))] }));
  const wanted = new Set(keyed.flatMap((k) => k.keys));
  const chosen: Walk[] = [];
  while (wanted.size > 0) {
    let best: { walk: Walk; keys: string[]; gain: number } | undefined;
    for (const { walk, keys: its } of keyed) {
      const gain = its.filter((k) => wanted.has(k)).length;
      if (
        !best ||
        gain > best.gain ||
        (gain === best.gain && walk.moves.length < best.walk.moves.length)
      )
        best = { walk, keys: its, gain };
    }
    if (!best || best.gain === 0) break;
    chosen.push(best.walk);
    for (const k of best.keys) wanted.delete(k);
  }
  const unseen = Object.values(FLOWS).flatMap((f) =>
    Object.keys(f.questions)
      .map((q) => `${f.id}:${q}`)
      .filter((k) => !chosen.some((w) => w.moves.some((m) => `${m.flow}:${m.question}` === k))),
  );
  if (unseen.length > 0) throw new Error(`No walk reaches ${unseen.join(', ')}`);
  return chosen;
}

/** The walk to the plan for these answers in the main flow (no hand-off). */
export function walkFor(answers: Answers): Walk {
  const data = flowOf(MAIN_FLOW);
  const moves: Move[] = [];
  for (let q = pendingQuestion(data, {}); q !== undefined;) {
    const answer = answers[q];
    if (answer === undefined) throw new Error(`No answer for ${MAIN_FLOW}:${q}`);
    const known = Object.fromEntries(moves.map((m) => [m.question, m.answer]));
    moves.push({ flow: MAIN_FLOW, question: q, answer, ...lureOf(data, known) });
    q = pendingQuestion(data, Object.fromEntries(moves.map((m) => [m.question, m.answer])));
  }
  return planWalk(data, answers, moves);
}

/** A question's title: each flow's texts are in the namespace named after the flow's id. */
export const questionTitle = (texts: Texts, move: Move): string =>
  text(texts, move.flow, `questions.${move.question}.title`);

/** An answer's label: the lure's own for it when the lure picked names it, else the answer's. */
export function answerLabel(
  texts: Texts,
  flow: string,
  question: string,
  answer: string,
  lure?: string,
): string {
  const own = lure && leafAt(texts[flow], `answers.${question}.${answer}_${lure}`);
  return typeof own === 'string' ? own : text(texts, flow, `answers.${question}.${answer}`);
}

/**
 * Answers one question as a person would, in the language of `texts`; `onScreen` runs on the
 * question (and, for a multi question, also on its "choose at least one" error).
 */
export async function answerQuestion(
  page: Page,
  texts: Texts,
  move: Move,
  onScreen?: (screen: string) => Promise<void>,
): Promise<void> {
  if (move.fromPlan) {
    // On the plan: the question's own 「変える」 button opens it.
    await expect(heading(page)).toHaveText(textContentOf(text(texts, 'common', 'plan.heading')));
    const label = text(texts, 'common', 'plan.changeOneLabel').replace(
      '{{question}}',
      questionTitle(texts, move),
    );
    await page.getByRole('button', { name: nameOf(label), exact: true }).click();
  }
  // In やさしい日本語 readings are ruby: the name has the kanji once, the text each reading too.
  await expect(heading(page)).toHaveText(textContentOf(questionTitle(texts, move)));
  const screen = `${move.flow}:${move.question}`;
  await onScreen?.(screen);
  if (!Array.isArray(move.answer)) {
    const label = answerLabel(texts, move.flow, move.question, move.answer, move.lure);
    await page.getByRole('button', { name: nameOf(label), exact: true }).click();
    return;
  }
  const next = page.getByRole('button', {
    name: nameOf(text(texts, 'common', 'question.next')),
    exact: true,
  });
  if (onScreen) {
    await next.click();
    await expect(page.getByRole('alert')).toHaveText(
      textContentOf(text(texts, 'common', 'question.chooseAtLeastOne')),
    );
    await onScreen(`${screen} (choose at least one)`);
  }
  for (const option of move.answer) {
    const label = answerLabel(texts, move.flow, move.question, option, move.lure);
    await page.getByRole('checkbox', { name: nameOf(label), exact: true }).check();
  }
  await next.click();
}

/** Waits until the app has drawn its own screen (not the pre-rendered one). */
export async function appReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(heading(page)).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// What overflows.

/**
 * What a person would see break at this width: the page scrolling sideways, an element whose
 * content is wider than its box (text past a button's border), text outside the screen, and text
 * cut off by a box that clips (an SVG drawing). Off-screen helpers (the skip link until it has
 * focus, screen-reader-only text) are not drawn and do not count.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const screen = window.innerWidth;
    const IGNORED = '.visually-hidden, .skip-link:not(:focus), script, style, template';
    const problems: string[] = [];
    const describe = (el: Element) => {
      const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
      const words = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${cls.map((c) => `.${c}`).join('')}> "${words}"`;
    };

    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > screen) {
      problems.push(
        `the page scrolls sideways: ${root.scrollWidth} px wide on a ${screen} px screen`,
      );
    }

    const overflowing: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest(IGNORED) || el.getClientRects().length === 0) continue;
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > screen + 1 || box.left < -1) {
        problems.push(
          `${describe(el)} reaches outside the screen (${Math.round(box.left)} to ${Math.round(box.right)} px)`,
        );
      }
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      // A text field scrolls what is typed into it, as it should.
      const field = el.matches('input, textarea, select');
      if (!scrolls && !field && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        overflowing.push(el);
      }
    }
    // Report the innermost box only: its ancestors overflow because of it.
    for (const el of overflowing) {
      if (overflowing.some((other) => other !== el && el.contains(other))) continue;
      const what = el instanceof HTMLElement ? el : null;
      problems.push(
        `${describe(el)}: content ${what?.scrollWidth ?? '?'} px wide in a ${what?.clientWidth ?? '?'} px box`,
      );
    }

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest(IGNORED)) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      let rects: DOMRect[];
      if (parent instanceof SVGElement) {
        rects = [parent.getBoundingClientRect()];
      } else {
        const range = document.createRange();
        range.selectNodeContents(node);
        rects = Array.from(range.getClientRects());
      }
      for (const r of rects) {
        if (r.width === 0) continue;
        const words = `"${node.textContent.trim().slice(0, 40)}"`;
        if (r.right > screen + 1 || r.left < -1) {
          problems.push(
            `text ${words} outside the screen (${Math.round(r.left)} to ${Math.round(r.right)} px)`,
          );
          break;
        }
        let clipped = false;
        for (
          let box: Element | null = parent;
          box && box !== document.body;
          box = box.parentElement
        ) {
          const overflow = getComputedStyle(box).overflowX;
          if (overflow === 'visible') continue;
          const b = box.getBoundingClientRect();
          if (
            overflow !== 'auto' &&
            overflow !== 'scroll' &&
            (r.right > b.right + 1 || r.left < b.left - 1)
          ) {
            problems.push(`text ${words} cut off by ${describe(box)}`);
            clipped = true;
          }
          break;
        }
        if (clipped) break;
      }
    }
    return [...new Set(problems)];
  });
}

/** Opens every folded part (sources), so it is checked too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
  });
}
