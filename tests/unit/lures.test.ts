import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import flowFile from '../../flows/mynaportal-phishing.json';
import { checkFlow, checkLure, type Locales } from '../../src/flow/check-flow';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { withLures, type Lure } from '../../src/flow/lures';
import { flowMachine, screenOf, PLAN } from '../../src/flow/machine';
import { planFor } from '../../src/flow/plan';
import { flows, hotlines, sources } from '../../src/flow/registry';
import type { Flow } from '../../src/flow/types';

/**
 * A lure is data only: a lure file added in a test directory (tests/fixtures/lures/, never
 * shipped) is picked up by the interpreter, the checker and the all-paths checks with no code
 * change; and every shipped lure is on the front door and shows its steps only when picked.
 */
const root = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const lureFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.locales.json'))
    .map((f) => ({ file: `${dir}/${f}`, lure: readJson(`${dir}/${f}`) as Lure }));

const shipped = lureFiles('flows/lures');
const fixtures = lureFiles('tests/fixtures/lures');
const raw = flowFile as unknown as Flow;

function realLocales(): Locales {
  const dir = join(root, 'src/i18n/locales');
  const out: Locales = {};
  for (const lng of readdirSync(dir)) {
    out[lng] = {};
    for (const f of readdirSync(join(dir, lng)).filter((n) => n.endsWith('.json'))) {
      out[lng][f.replace(/\.json$/, '')] = readJson(`src/i18n/locales/${lng}/${f}`);
    }
  }
  return out;
}

/** The real locale files with each fixture lure's strings added to the flow's namespace. */
function localesWithFixtures(): Locales {
  const locales = realLocales();
  for (const { file } of fixtures) {
    const extra = readJson(file.replace(/\.json$/, '.locales.json')) as Record<string, object>;
    for (const [lng, strings] of Object.entries(extra)) {
      const ns = (locales[lng]?.[raw.id] ?? {}) as Record<string, unknown>;
      locales[lng] = { ...locales[lng], [raw.id]: deepMerge(ns, strings) };
    }
  }
  return locales;
}

function deepMerge(a: Record<string, unknown>, b: object): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const here = out[k];
    out[k] =
      typeof v === 'object' && v !== null && typeof here === 'object' && here !== null
        ? deepMerge(here as Record<string, unknown>, v)
        : v;
  }
  return out;
}

const all = [...shipped, ...fixtures].map((f) => f.lure);
const joined = withLures(raw, all);
const catalog = { hotlines, sources };

describe('a lure added as one data file (tests/fixtures/lures/point-app.json)', () => {
  it('passes the checker with the flow, once its strings are in every language', () => {
    for (const { file, lure } of fixtures) expect(checkLure(file, lure, raw, all)).toEqual([]);
    expect(
      checkFlow('flows/mynaportal-phishing.json', joined, catalog, localesWithFixtures(), flows),
    ).toEqual([]);
  });

  it('is refused by the checker, naming the file and the key, while a language lacks its strings', () => {
    const errors = checkFlow(
      'flows/mynaportal-phishing.json',
      joined,
      catalog,
      realLocales(),
      flows,
    );
    expect(errors.map((e) => `${e.file} ${e.path}`)).toContain(
      'src/i18n/locales/en/mynaportal-phishing.json steps.contact-point-app.title',
    );
  });

  it('is on the front door, and the interpreter walks it to a plan holding its step', () => {
    const actor = createActor(flowMachine, { input: { flow: joined } }).start();
    const at = '2026-12-01T09:00:00.000Z';
    for (const answer of ['sms', 'point-app', 'clicked', 'no', 'no']) {
      actor.send({ type: 'answer.select', answer, at });
    }
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
    expect(planFor(joined, actor.getSnapshot().context.answers)).toContain('contact-point-app');
  });

  it('shows its step on every answer path that picked it, and on no other', () => {
    let picked = 0;
    for (const answers of allAnswerPaths(joined)) {
      if (answers.arrived === 'call' || answers.claimed === undefined) continue;
      if (answers.claimed !== 'point-app' && answers.claimed !== 'other') continue;
      const plan = planFor(joined, answers);
      expect(plan.length).toBeGreaterThan(0);
      expect(plan.includes('contact-point-app')).toBe(answers.claimed === 'point-app');
      if (answers.claimed === 'point-app') picked++;
    }
    // Every triage path after it: as many as after "other".
    expect(picked).toBeGreaterThan(0);
  });
});

describe('the shipped lures (flows/lures/)', () => {
  const flow = flows[raw.id] as Flow;
  const claimed = flow.questions[flow.lures ?? ''];
  const answers = claimed && claimed.kind !== 'multi' ? Object.keys(claimed.answers) : [];

  it('are every answer of the front door, in their order, with "other" last', () => {
    const ranked = [...shipped].sort((a, b) => a.lure.rank - b.lure.rank).map((f) => f.lure.id);
    expect(answers).toEqual([...ranked, 'other']);
    expect(answers[0]).toBe('mynaportal');
  });

  it.each(shipped.map((f) => [f.lure.id, f.lure] as const))(
    '%s shows its own steps only when it was picked',
    (id, lure) => {
      const own = Object.keys(lure.steps);
      const triage = { arrived: 'sms', 'what-happened': 'entered', sent: 'sent', downloaded: 'no' };
      const login = { ...triage, 'what-entered': ['password'], 'money-gone': 'no' };
      const mine = planFor(flow, { ...login, claimed: id });
      const other = planFor(flow, { ...login, claimed: 'other' });
      for (const step of own) expect(other).not.toContain(step);
      expect(mine).toEqual(expect.arrayContaining(own));
    },
  );
});
