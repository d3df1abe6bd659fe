import { describe, expect, it } from 'vitest';
import { getFlow } from '../../src/flow/registry';
import type { Flow } from '../../src/flow/types';
import {
  emptyRecord,
  isEmptyRecord,
  RECORD_VERSION,
  restoreRecord,
} from '../../src/progress/record';
import { OPENED_ONLY } from '../builders';

const flow = getFlow('mynaportal-phishing');
/** What every record before version 6 was: a mail claiming to be マイナポータル. */
const CLASSIC_FRONT_DOOR = { arrived: 'mail', claimed: 'mynaportal' };
const now = new Date('2026-11-29T12:00:00.000Z');
const good = {
  v: RECORD_VERSION,
  flowId: 'mynaportal-phishing',
  flowVersion: flow.version,
  answers: OPENED_ONLY,
  answeredAt: '2026-11-29T10:00:00.000Z',
  ticks: { 'report-mail': '2026-11-29T10:05:00.000Z' },
  unticked: { 'check-sender': '2026-11-29T10:04:00.000Z' },
  notes: { 'report-mail': 'forwarded at 10:05' },
  mailArrivedAt: '2026-11-29T09:00:00.000Z',
  details: { company: 'みらいカード' },
  noteAt: { 'report-mail': '2026-11-29T10:05:00.000Z' },
  detailsAt: { company: '2026-11-29T10:03:00.000Z' },
  mailSetAt: '2026-11-29T10:02:00.000Z',
  clearedAt: '',
  updatedAt: '2026-11-29T10:05:00.000Z',
};
const restore = (value: unknown, onFlow: Flow = flow) =>
  restoreRecord(typeof value === 'string' ? value : JSON.stringify(value), onFlow, now);

// Every stored version's fixture, as the text localStorage would hold.
const fixtures = import.meta.glob<string>('../fixtures/records/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const fixture = (name: string): string => {
  const text = fixtures[`../fixtures/records/${name}`];
  if (text === undefined) throw new Error(`No fixture ${name}`);
  return text;
};

describe('stored records of every version (tests/fixtures/records)', () => {
  it('has a fixture for every version up to the current one', () => {
    const versions = Object.keys(fixtures)
      .map((path) => /\/v(\d+)\.json$/.exec(path)?.[1])
      .filter((v) => v !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: RECORD_VERSION }, (_, i) => i + 1));
  });

  it('loads version 1 (answers and ticks) with nothing dropped', () => {
    expect(restore(fixture('v1.json'))).toEqual({
      problem: 'none',
      record: {
        v: RECORD_VERSION,
        flowId: 'mynaportal-phishing',
        // The record takes the flow's version of today (the answers were checked against it).
        flowVersion: flow.version,
        // Made by the app that knew one lure: a mail claiming to be マイナポータル.
        answers: {
          ...CLASSIC_FRONT_DOOR,
          'what-happened': 'clicked',
          downloaded: 'no',
          'money-gone': 'no',
        },
        answeredAt: '2026-11-20T01:00:00.000Z',
        ticks: {
          'close-page': '2026-11-20T01:02:00.000Z',
          'report-mail': '2026-11-20T01:10:00.000Z',
        },
        unticked: {},
        notes: {},
        mailArrivedAt: '',
        details: {},
        ...{ noteAt: {}, detailsAt: {}, mailSetAt: '', clearedAt: '' },
        updatedAt: '2026-11-20T01:10:00.000Z',
      },
    });
  });

  it('loads version 2 (with notes and the mail time) with nothing dropped', () => {
    const { record, problem } = restore(fixture('v2.json'));
    expect(problem).toBe('none');
    expect(record).toMatchObject({
      v: RECORD_VERSION,
      answers: { ...CLASSIC_FRONT_DOOR, 'what-entered': ['card'], 'money-gone': 'yes' },
      ticks: { 'call-card-issuer': '2026-11-21T01:05:00.000Z' },
      unticked: {},
      notes: { 'call-card-issuer': 'spoke to the card desk' },
      mailArrivedAt: '2026-11-20T23:00:00.000Z',
    });
  });

  it('loads version 3 (with untick times), with no call details yet', () => {
    expect(restore(fixture('v3.json'))).toEqual({
      problem: 'none',
      // The record takes the flow's version of today (the answers were checked against it).
      record: {
        ...JSON.parse(fixture('v3.json')),
        ...{ v: RECORD_VERSION, details: {}, noteAt: {}, detailsAt: {}, mailSetAt: '' },
        clearedAt: '',
        answers: { ...CLASSIC_FRONT_DOOR, ...JSON.parse(fixture('v3.json')).answers },
        flowVersion: flow.version,
      },
    });
  });

  it('loads version 4 (with call details), its notes, details and mail time of unknown age', () => {
    expect(restore(fixture('v4.json'))).toEqual({
      problem: 'none',
      record: {
        ...JSON.parse(fixture('v4.json')),
        ...{ v: RECORD_VERSION, noteAt: {}, detailsAt: {}, mailSetAt: '', clearedAt: '' },
        answers: { ...CLASSIC_FRONT_DOOR, ...JSON.parse(fixture('v4.json')).answers },
        flowVersion: flow.version,
      },
    });
  });

  it('loads version 5 (with change and clear times), from the mail claiming to be マイナポータル', () => {
    const v5 = JSON.parse(fixture('v5.json'));
    expect(restore(fixture('v5.json'))).toEqual({
      problem: 'none',
      record: {
        ...v5,
        v: RECORD_VERSION,
        answers: { ...CLASSIC_FRONT_DOOR, ...v5.answers },
        flowVersion: flow.version,
      },
    });
  });

  it('loads version 6 (what arrived and who it claimed to be) as it was', () => {
    expect(restore(fixture('v6.json'))).toEqual({
      problem: 'none',
      record: { ...JSON.parse(fixture('v6.json')), flowVersion: flow.version },
    });
  });

  it('gives the scam check, which has no front door, nothing more', () => {
    const check = getFlow('is-it-a-scam');
    const old = { ...emptyRecord(check), v: 5, answers: {} };
    expect(restore(old, check).record?.answers).toEqual({});
  });

  it('does not read a record from a newer version, and says so', () => {
    expect(restore(fixture('v99-newer.json'))).toEqual({ record: undefined, problem: 'newer' });
  });
});

describe('restoreRecord', () => {
  it('restores a good record as it was', () => {
    expect(restore(good)).toEqual({ record: good, problem: 'none' });
  });

  it('drops a tick no later than its untick (taken back in another tab)', () => {
    const { record, problem } = restore({
      ...good,
      ticks: { 'check-sender': '2026-11-29T10:03:00.000Z' },
    });
    expect(problem).toBe('none');
    expect(record?.ticks).toEqual({});
    expect(record?.unticked).toEqual(good.unticked);
  });

  it.each([
    ['nothing stored (null)', null],
    ['an empty string', ''],
    ['"undefined"', 'undefined'],
    ['"null"', 'null'],
  ])('starts fresh without a notice for %s', (_, raw) => {
    expect(restoreRecord(raw, flow, now)).toEqual({ record: undefined, problem: 'none' });
  });

  it.each([
    ['truncated JSON', JSON.stringify(good).slice(0, 40)],
    ['an HTML page', '<!doctype html><html><body>502 Bad Gateway</body></html>'],
    ['JSON of the wrong type (array)', '[1,2,3]'],
    ['JSON of the wrong type (number)', '42'],
    ['JSON of the wrong type (string)', '"hello"'],
    ['JSON of the wrong type (true)', 'true'],
    ['no version', JSON.stringify({ ...good, v: undefined })],
    ['a version that is not a number', JSON.stringify({ ...good, v: '3' })],
    ['a version that is not a whole number', JSON.stringify({ ...good, v: 2.5 })],
    ['version 0', JSON.stringify({ ...good, v: 0 })],
    ['a negative version', JSON.stringify({ ...good, v: -1 })],
    ['another flow', JSON.stringify({ ...good, flowId: 'something-else' })],
    ['a value over 5 MB', JSON.stringify({ ...good, pad: 'x'.repeat(5_300_000) })],
    ['a value just over the size limit', JSON.stringify({ ...good, pad: 'x'.repeat(1_000_000) })],
    ['a lone surrogate outside a string', '{"v":3,\uD800}'],
  ])('reports %s as unreadable and does not crash', (_, raw) => {
    expect(restoreRecord(raw, flow, now)).toEqual({ record: undefined, problem: 'unreadable' });
  });

  it('keeps valid answers and ticks, drops the rest, and says so', () => {
    const { record, problem } = restore({
      ...good,
      answers: { ...OPENED_ONLY, 'gone-question': 'x', sent: 'not-an-answer' },
      ticks: {
        'report-mail': good.ticks['report-mail'],
        'removed-step': '2026-11-29T10:00:00.000Z',
        'check-sender': 'not a date',
        'delete-mail': '2030-01-01T00:00:00.000Z',
      },
    });
    expect(problem).toBe('partial');
    expect(record?.answers).toEqual(OPENED_ONLY);
    expect(record?.ticks).toEqual({ 'report-mail': good.ticks['report-mail'] });
  });

  it.each([
    ['in the future', '2030-01-01T00:00:00.000Z'],
    ['not a date', 'yesterday'],
    ['a number', 1764400000000],
    ['a date in another format', 'Sun, 29 Nov 2026 10:00:00 GMT'],
    ['an impossible date', '2026-13-45T99:99:99.999Z'],
    ['null', null],
  ])('drops a tick time %s and keeps the other ticks', (_, at) => {
    const { record, problem } = restore({
      ...good,
      ticks: { ...good.ticks, 'close-page': at },
    });
    expect(problem).toBe('partial');
    expect(record?.ticks).toEqual(good.ticks);
  });

  it('drops answer, mail and update times that are not past dates, keeping the answers', () => {
    const { record, problem } = restore({
      ...good,
      answeredAt: '2099-01-01T00:00:00.000Z',
      mailArrivedAt: 'soon',
      updatedAt: {},
    });
    expect(problem).toBe('partial');
    expect(record).toMatchObject({
      answers: good.answers,
      answeredAt: '',
      mailArrivedAt: '',
      updatedAt: '',
    });
  });

  it('does not let __proto__ keys reach the record', () => {
    const raw = `{"v":3,"flowId":"mynaportal-phishing","flowVersion":1,"answers":{"__proto__":{"polluted":"yes"},"what-happened":"opened"},"ticks":{"__proto__":"2026-11-29T10:00:00.000Z","constructor":"2026-11-29T10:00:00.000Z"},"unticked":{"__proto__":"2026-11-29T10:00:00.000Z"},"notes":{"__proto__":"x"},"mailArrivedAt":"","answeredAt":"","updatedAt":""}`;
    const { record, problem } = restoreRecord(raw, flow, now);
    expect(problem).toBe('partial');
    expect(record?.answers).toEqual(OPENED_ONLY);
    expect(Object.keys(record?.ticks ?? {})).toEqual([]);
    expect(Object.getPrototypeOf(record?.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops lone surrogate characters: in ids they match nothing, in notes the note goes', () => {
    const { record, problem } = restore({
      ...good,
      answers: { 'what-happened': 'opened\uD800' },
      ticks: { ...good.ticks, 'check-sender\uDC00': '2026-11-29T10:00:00.000Z' },
      notes: { 'report-mail': 'call \uD83D back', 'check-sender': 'ok 😀' },
    });
    expect(problem).toBe('partial');
    expect(record?.answers).toEqual({});
    expect(record?.ticks).toEqual(good.ticks);
    expect(record?.notes).toEqual({ 'check-sender': 'ok 😀' });
  });

  it.each([
    ['answers', 'not an object'],
    ['ticks', ['report-mail']],
    ['unticked', null],
    ['notes', 5],
  ])('survives "%s" of the wrong type', (field, value) => {
    const { record, problem } = restore({ ...good, [field]: value });
    expect(problem).toBe('partial');
    expect(record?.flowId).toBe(flow.id);
  });
});

describe('a record that no longer fits the flow', () => {
  // The flow as a later release might ship it: "sent" removed, "check-sender" renamed, an option gone.
  const changed: Flow = structuredClone(flow);
  delete changed.questions.sent;
  const whatHappened = changed.questions['what-happened'];
  if (whatHappened?.kind !== 'single') throw new Error('what-happened is a single question');
  whatHappened.answers.entered = { next: 'what-entered' };
  const entered = changed.questions['what-entered'];
  if (entered?.kind !== 'multi') throw new Error('what-entered is a multi question');
  entered.options = entered.options.filter((o) => o !== 'bank');
  changed.steps['verify-sender'] = changed.steps['check-sender'] ?? {};
  delete changed.steps['check-sender'];

  it('keeps what fits, drops the rest, and says so', () => {
    const { record, problem } = restore(
      {
        ...good,
        answers: { 'what-happened': 'entered', sent: 'sent', 'what-entered': ['card', 'bank'] },
        ticks: {
          'close-page': '2026-11-29T10:01:00.000Z',
          'check-sender': '2026-11-29T10:02:00.000Z',
        },
        unticked: {},
        notes: {},
      },
      changed,
    );
    expect(problem).toBe('partial');
    expect(record?.answers).toEqual({ 'what-happened': 'entered', 'what-entered': ['card'] });
    expect(record?.ticks).toEqual({ 'close-page': '2026-11-29T10:01:00.000Z' });
  });
});

describe('a record that holds nothing (what a start over leaves)', () => {
  it('is only that: a mail time, note or detail taken back in another tab is not a start over', () => {
    expect(isEmptyRecord(emptyRecord(flow))).toBe(true);
    const at = '2026-11-29T10:00:00.000Z';
    // Found by the two-tab property test: the other tab took its own mail time for a start over.
    expect(isEmptyRecord({ ...emptyRecord(flow), mailSetAt: at })).toBe(false);
    expect(isEmptyRecord({ ...emptyRecord(flow), noteAt: { police: at } })).toBe(false);
    expect(isEmptyRecord({ ...emptyRecord(flow), detailsAt: { company: at } })).toBe(false);
  });
});
