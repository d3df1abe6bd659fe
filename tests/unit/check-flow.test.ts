import { describe, expect, it } from 'vitest';
import entryFile from '../../flows/catalog/entry.json';
import hotlinesFile from '../../flows/catalog/hotlines.json';
import sourcesFile from '../../flows/catalog/sources.json';
import {
  checkCatalog,
  checkEntry,
  checkFlow,
  formatError,
  type Locales,
} from '../../src/flow/check-flow';
import type { Flow } from '../../src/flow/types';
import { flows, hotlines, sources } from '../../src/flow/registry';
import { resources } from '../../src/i18n/resources';

const fixtures = import.meta.glob<unknown>('../fixtures/flows/*.json', {
  eager: true,
  import: 'default',
});
const fixture = (name: string) => fixtures[`../fixtures/flows/${name}.json`];
const catalog = { hotlines, sources };
const locales = resources as Locales;
const check = (name: string) =>
  checkFlow(`flows/${name}.json`, fixture(name), catalog, locales, flows);

describe('the flow checker', () => {
  it('accepts every flow in flows/ and the catalogs', () => {
    for (const flow of Object.values(flows)) {
      expect(
        checkFlow(`flows/${flow.id}.json`, flow, catalog, locales, flows).map(formatError),
      ).toEqual([]);
    }
    expect(checkCatalog(hotlinesFile, sourcesFile, locales)).toEqual([]);
    expect(checkEntry(entryFile, flows).map(formatError)).toEqual([]);
  });

  it('names the entry file, its field and the fix for an entry that names no flow', () => {
    expect(checkEntry(fixture('entry-names-no-flow'), flows).map(formatError)).toEqual([
      'flows/catalog/entry.json /entry: the entry "no-such-flow" names no flow. Fix: use the id of a flow in flows/: one of ["is-it-a-scam","mynaportal-phishing"].',
    ]);
  });

  it('names the file and the fix for a flow that no path from the entry reaches', () => {
    const orphan = fixture('flow-nobody-opens') as Flow;
    // A flow of its own that passes every other check: only the entry cannot reach it.
    expect(checkFlow('flows/flow-nobody-opens.json', orphan, catalog, locales, flows)).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '/id' })]),
    );
    expect(checkEntry(entryFile, { ...flows, [orphan.id]: orphan }).map(formatError)).toEqual([
      'flows/flow-nobody-opens.json /id: flow "flow-nobody-opens" cannot be reached from the entry flow "mynaportal-phishing" (flows/catalog/entry.json). Fix: let an answer ("flow": "flow-nobody-opens") or a step ("opens": {"flow": "flow-nobody-opens"}) of a flow that is reached continue in it, or remove flows/flow-nobody-opens.json.',
    ]);
  });

  it('reaches a flow through an answer that continues in it, or a step that offers it', () => {
    const entry = flows[entryFile.entry] as Flow;
    const withoutAnswers: Flow = {
      ...entry,
      questions: Object.fromEntries(
        Object.entries(entry.questions).map(([id, q]) => [
          id,
          q.kind === 'multi'
            ? q
            : {
                ...q,
                answers: Object.fromEntries(
                  Object.entries(q.answers).map(([a, to]) => [a, { next: to.next }]),
                ),
              },
        ]),
      ),
    };
    const withoutOffers: Flow = {
      ...entry,
      steps: Object.fromEntries(
        Object.entries(entry.steps).map(([id, step]) => [id, { ...step, opens: undefined }]),
      ),
    };
    const neither: Flow = { ...withoutAnswers, steps: withoutOffers.steps };
    const reachable = (main: Flow) =>
      checkEntry(entryFile, { ...flows, [main.id]: main }).map((e) => e.file);
    expect(reachable(withoutAnswers)).toEqual([]);
    expect(reachable(withoutOffers)).toEqual([]);
    expect(reachable(neither)).toEqual(['flows/is-it-a-scam.json']);
  });

  it.each([
    [
      'unknown-target',
      '/questions/q1/answers/yes/next',
      'unknown target "nowhere"',
      'remove "next" to go to the plan',
    ],
    [
      'unreachable',
      '/questions/orphan',
      'question "orphan" cannot be reached from "q1"',
      'point an answer\'s "next" to "orphan"',
    ],
    ['cycle', '/questions/q1', 'cycle: q1 → q2 → q1', 'make every answer lead forward'],
    [
      'empty-plan',
      '/order',
      'the answers {"q1":"no"} lead to an empty plan',
      'add an order entry without "when"',
    ],
    [
      'prose-in-data',
      '/questions/q1',
      'unexpected field "title"',
      'prose goes in the locale files',
    ],
    ['step-without-source', '/steps/s1', 'missing field "sources"', 'add "sources" at /steps/s1'],
    [
      'unknown-hotline',
      '/steps/s1/hotlines/0',
      'unknown hotline "ghostbusters"',
      'flows/catalog/hotlines.json',
    ],
    [
      'is-on-multi',
      '/steps/s1/when/is',
      '"q1" is a multi question',
      'write {"has": ["q1", "card"]}',
    ],
    [
      'step-in-no-order',
      '/steps/forgotten',
      'step "forgotten" appears in no order',
      'add "forgotten" to "now", "today" or "later"',
    ],
    [
      'handoff-to-unknown-flow',
      '/questions/q1/answers/yes/flow',
      'unknown flow "no-such-flow"',
      'use one of ["is-it-a-scam","mynaportal-phishing"]',
    ],
    [
      'handoff-with-wrong-answer',
      '/questions/q1/answers/yes/set/what-happened',
      '"what-happened": "panicked" is not an answer of flow "mynaportal-phishing"',
      'use a question of flows/mynaportal-phishing.json',
    ],
    [
      'reserved-question-name',
      '/questions/handoff',
      'a question may not be called "handoff" (the app uses that name for a screen of its own)',
      'rename it',
    ],
    [
      'check-not-now',
      '/order/0/today/0',
      'step "c1" is a one-line check, which shows at the top of the plan',
      'list it under "now"',
    ],
    [
      'no-now-card',
      '/order',
      'the answers {"q1":"no"} give no "now" card: the plan would not say what to do first',
      'add a step that applies to these answers to "now"',
    ],
    [
      'offer-with-wrong-answer',
      '/steps/s1/opens/set/what-happened',
      '"what-happened": "panicked" is not an answer of flow "mynaportal-phishing"',
      'use a question of flows/mynaportal-phishing.json',
    ],
    [
      'missing-translation',
      'steps.brand-new-step.title',
      'missing translation "steps.brand-new-step.title"',
      'add "steps.brand-new-step.title" to src/i18n/locales/ja/mynaportal-phishing.json',
    ],
  ])('names the file, the place and the fix for %s', (name, path, message, fix) => {
    const errors = check(name);
    const match = errors.find(
      (e) => e.path === path && e.message === message && e.fix.includes(fix),
    );
    expect(match, errors.map(formatError).join('\n')).toBeDefined();
    expect(match && formatError(match)).toMatch(
      new RegExp(`^(flows/${name}|src/i18n/locales/\\w+/[\\w-]+)\\.json `),
    );
  });

  it('rejects a malformed phone number in the hotline catalog', () => {
    const broken = {
      hotlines: {
        ...hotlinesFile.hotlines,
        consumer: { number: '188-', hours: { varies: true }, sources: ['caa-hotline'] },
      },
    };
    expect(checkCatalog(broken, sourcesFile, locales)).toContainEqual(
      expect.objectContaining({
        file: 'flows/catalog/hotlines.json',
        path: '/hotlines/consumer/number',
        message: 'malformed phone number "188-"',
      }),
    );
  });

  it('rejects a source without the month it was checked', () => {
    const broken = {
      sources: { ...sourcesFile.sources, 'caa-hotline': { url: 'https://www.caa.go.jp/' } },
    };
    expect(checkCatalog(hotlinesFile, broken, locales)).toContainEqual(
      expect.objectContaining({
        file: 'flows/catalog/sources.json',
        message: 'missing field "checked"',
      }),
    );
  });

  it('names a locale file that is missing altogether', () => {
    const withoutEnglishCatalog = { ...locales, en: { ...locales.en, catalog: undefined } };
    expect(checkCatalog(hotlinesFile, sourcesFile, withoutEnglishCatalog)).toContainEqual(
      expect.objectContaining({
        file: 'src/i18n/locales/en/catalog.json',
        message: 'locale file missing',
      }),
    );
  });
});
