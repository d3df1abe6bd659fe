import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import flowFile from '../../flows/mynaportal-phishing.json';
import { checkFlow, checkLure, formatError, type Locales } from '../../src/flow/check-flow';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { withLures, type Lure } from '../../src/flow/lures';
import { flowMachine, screenOf, PLAN } from '../../src/flow/machine';
import { planFor } from '../../src/flow/plan';
import { flows, hotlines, sources } from '../../src/flow/registry';
import type { Flow } from '../../src/flow/types';
import type { LocaleFile } from '../../src/i18n/locale-files';
import { withLureStrings } from '../../src/i18n/lure-strings';

/**
 * A lure is data only: a lure file and its locale files added in a test directory
 * (tests/fixtures/lures/point-app.json, and locales/<lng>/point-app.json shaped as a shipped
 * lure's src/i18n/locales/<lng>/lures/<id>.json; never shipped) are picked up by the
 * interpreter, the checker and the all-paths checks with no code change; and every shipped lure
 * is on the front door and shows its steps only when picked.
 */
const root = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const lureFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
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

/** The lure locale files in one folder, by lure id. */
const readLures = (dir: string): Record<string, unknown> =>
  Object.fromEntries(
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), readJson(`${dir}/${f}`)]),
  );
/**
 * The shipped lures' locale files (src/i18n/locales/<lng>/lures/<id>.json) and the fixture's,
 * shaped as one of them: tests/fixtures/lures/locales/<lng>/point-app.json.
 */
function lureLocales(): Locales {
  return Object.fromEntries(
    readdirSync(join(root, 'src/i18n/locales')).map((lng) => [
      lng,
      {
        ...readLures(`src/i18n/locales/${lng}/lures`),
        ...readLures(`tests/fixtures/lures/locales/${lng}`),
      },
    ]),
  );
}

const all = [...shipped, ...fixtures].map((f) => f.lure);
const joined = withLures(raw, all);
const catalog = { hotlines, sources };

describe('a lure added as one data file and its locale files (tests/fixtures/lures/)', () => {
  const texts = () => ({ lures: all, locales: lureLocales() });
  const check = (lures: { lures: Lure[]; locales: Locales }) =>
    checkFlow('flows/mynaportal-phishing.json', joined, catalog, realLocales(), flows, lures);

  it('passes the checker with the flow, its strings in a file of its own in every language', () => {
    for (const { file, lure } of fixtures) expect(checkLure(file, lure, raw, all)).toEqual([]);
    expect(check(texts()).map(formatError)).toEqual([]);
  });

  it('has its strings where the screens read them, under the question for lures', () => {
    const en = lureLocales().en ?? {};
    const merged = withLureStrings(
      (realLocales().en ?? {})[raw.id] as LocaleFile,
      raw.lures ?? '',
      en,
    );
    const at = (key: string) =>
      key.split('.').reduce<unknown>((n, k) => (n as LocaleFile)?.[k], merged);
    expect(at('answers.claimed.point-app')).toBe('[en] point app');
    expect(at('script.answers.claimed.point-app')).toBe('[en] it claimed to be a point app.');
    expect(at('steps.contact-point-app.title')).toBe('[en] check in the app');
    // Its own label for the answer it names, read with the lure as i18next's context.
    expect(at('answers.what-entered.password_point-app')).toBe('[en] point app login');
    // The flow's own answer ("don't know / other") stays, last, as on the front door.
    expect(Object.keys(at('answers.claimed') as LocaleFile).at(-1)).toBe('other');
  });

  it('is refused, naming its file in that language, the key and the fix, while a file lacks a key, has one Japanese has not, or is missing, and a file with no lure is refused', () => {
    const locales = lureLocales();
    const fixture = (lng: string) => structuredClone(locales[lng]?.['point-app']) as LocaleFile;
    // English misses a key, Korean has one that Japanese has not.
    const en = fixture('en') as { steps: Record<string, LocaleFile> };
    delete en.steps['contact-point-app']?.why;
    const ko = { ...fixture('ko'), note: '[ko] extra' };
    // Portuguese lacks its own label for the answer it names (labels: what-entered: password).
    const pt = fixture('pt-BR');
    delete pt.answers;
    // Vietnamese has no file for the lure; Spanish has one for a lure that does not exist.
    const vi = Object.fromEntries(
      Object.entries(locales.vi ?? {}).filter(([id]) => id !== 'point-app'),
    );
    const es = { ...locales.es, 'no-such-lure': fixture('es') };
    const broken = {
      ...locales,
      en: { ...locales.en, 'point-app': en },
      ko: { ...locales.ko, 'point-app': ko },
      'pt-BR': { ...locales['pt-BR'], 'point-app': pt },
      vi,
      es,
    };
    expect(check({ lures: all, locales: broken }).map(formatError)).toEqual([
      'src/i18n/locales/en/lures/point-app.json steps.contact-point-app.why: missing translation "steps.contact-point-app.why". Fix: add "steps.contact-point-app.why" to src/i18n/locales/en/lures/point-app.json.',
      'src/i18n/locales/ko/lures/point-app.json note: unexpected key "note". Fix: remove "note" from src/i18n/locales/ko/lures/point-app.json, or add it to src/i18n/locales/ja/lures/point-app.json first.',
      'src/i18n/locales/pt-BR/lures/point-app.json answers.what-entered.password: missing translation "answers.what-entered.password". Fix: add "answers.what-entered.password" to src/i18n/locales/pt-BR/lures/point-app.json.',
      'src/i18n/locales/vi/lures/point-app.json /: locale file missing for the lure flows/lures/point-app.json. Fix: create src/i18n/locales/vi/lures/point-app.json with the keys of src/i18n/locales/ja/lures/point-app.json.',
      'src/i18n/locales/es/lures/no-such-lure.json /: no lure flows/lures/no-such-lure.json for this locale file. Fix: add flows/lures/no-such-lure.json, or remove src/i18n/locales/es/lures/no-such-lure.json.',
    ]);
  });

  it('is refused when its labels name an answer the flow does not have', () => {
    const [{ file, lure }] = fixtures as [(typeof fixtures)[number]];
    const wrong = { ...lure, labels: { 'what-entered': ['pin'], claimed: ['other'] } };
    const others = all.map((l) => (l === lure ? wrong : l));
    expect(checkLure(file, wrong, raw, others).map((e) => `${e.path}: ${e.message}`)).toEqual([
      '/labels/what-entered: "pin" is no answer of "what-entered" in flows/mynaportal-phishing.json',
      '/labels/claimed: "claimed" is no question of flows/mynaportal-phishing.json whose answers a lure can name',
    ]);
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
