import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { japaneseDetailLines } from '../../src/features/record/call-details-lines';
import { summarize, type DataText } from '../../src/features/record/record-summary';
import { recordText } from '../../src/features/record/record-text';
import { looksSecret } from '../../src/flow/looks-secret';
import { flowMachine, PLAN, screenOf } from '../../src/flow/machine';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import { LANGUAGES } from '../../src/i18n/languages';
import secretLabels from '../../src/i18n/secret-labels.json';
import { createI18n } from '../../src/i18n/setup';
import { restoreRecord } from '../../src/progress/record';
import { recordFrom } from '../../src/progress/save';
import { CLICKED_ONLY } from '../builders';
import { CARD_SPELLINGS, KEPT, MY_NUMBER_SPELLINGS, PASSWORD_SPELLINGS } from './secret-spellings';

const flow = getFlow(MAIN_FLOW_ID);
const CARD = '4111.1111.1111.1111';
const CODE = '認証コード 482913';
const FINE = '受付番号 A-2026-118734';

describe('the secret check over every spelling', () => {
  it.each(CARD_SPELLINGS)('refuses a card number: %j (%s)', (text) => {
    expect(looksSecret(text)).toBe('card');
  });
  it.each(MY_NUMBER_SPELLINGS)('refuses a My Number: %j (%s)', (text) => {
    expect(looksSecret(text)).toBe('my-number');
  });
  it.each(PASSWORD_SPELLINGS)('refuses a password or code: %j (%s)', (text) => {
    expect(looksSecret(text)).toBe('password');
  });
  it.each(KEPT)('keeps %j (%s)', (text) => {
    expect(looksSecret(text)).toBeUndefined();
  });
});

describe('the labels it looks for', () => {
  it('come from every language the app speaks', () => {
    expect(Object.keys(secretLabels).sort()).toEqual([...LANGUAGES].sort());
    for (const each of Object.values(secretLabels)) expect(each.labels.length).toBeGreaterThan(0);
  });

  it('are given to a pure function, with no language built in', () => {
    const none = { labels: [], joiners: [] };
    expect(looksSecret('パスワード: abc123', none)).toBeUndefined();
    expect(looksSecret('Kennwort ist geheim1', { labels: ['Kennwort'], joiners: ['ist'] })).toBe(
      'password',
    );
    expect(looksSecret('Kennwort ist geheim1')).toBeUndefined();
  });
});

describe('the machine', () => {
  const onPlan = () => {
    const actor = createActor(flowMachine, {
      input: { flow, answers: CLICKED_ONLY, answeredAt: '2026-11-29T01:00:00.000Z' },
    }).start();
    expect(screenOf(actor.getSnapshot())).toBe(PLAN);
    return actor;
  };

  it('keeps no note that looks secret, whoever sends it', () => {
    const actor = onPlan();
    actor.send({ type: 'step.note', step: 'close-page', note: FINE });
    actor.send({ type: 'step.note', step: 'close-page', note: CARD });
    actor.send({ type: 'step.note', step: 'keep-mail', note: CODE });
    expect(actor.getSnapshot().context.notes).toEqual({ 'close-page': FINE });
  });

  it('keeps no call detail that looks secret', () => {
    const actor = onPlan();
    actor.send({ type: 'details.set', field: 'company', value: 'みらいカード' });
    actor.send({ type: 'details.set', field: 'company', value: '1234・5678・9012' });
    actor.send({ type: 'details.set', field: 'amount', value: 'senha: abc123' });
    expect(actor.getSnapshot().context.details).toEqual({ company: 'みらいカード' });
  });
});

describe('restoring a stored record', () => {
  it('drops a note or detail that looks secret, and says the record was only partly restored', () => {
    const actor = createActor(flowMachine, {
      input: { flow, answers: CLICKED_ONLY, answeredAt: '2026-11-29T01:00:00.000Z' },
    }).start();
    const stored = {
      ...recordFrom(flow, actor.getSnapshot().context),
      notes: { 'close-page': FINE, 'keep-mail': CARD, police: 'PIN 1234' },
      details: { company: '비밀번호: abc123', amount: '3万円' },
    };
    const { record, problem } = restoreRecord(
      JSON.stringify(stored),
      flow,
      new Date('2026-11-29T12:00:00.000Z'),
    );
    expect(problem).toBe('partial');
    expect(record?.notes).toEqual({ 'close-page': FINE });
    expect(record?.details).toEqual({ amount: '3万円' });
  });
});

describe('every export', () => {
  const i18n = createI18n('en');
  const dataT = i18n.t as unknown as (key: string, options: { ns: string }) => string;
  const data: DataText = (ns, key) => dataT(key, { ns });
  // As if a secret had reached the record some other way (an older app, a hand edit).
  const summary = summarize(
    {
      flow,
      answers: CLICKED_ONLY,
      answeredAt: '2026-11-29T01:00:00.000Z',
      ticks: { 'close-page': '2026-11-29T01:05:00.000Z' },
      notes: { 'close-page': `${CARD} ${FINE}`, 'report-mail': FINE, police: CODE },
      mailArrivedAt: '',
      details: { company: '1234 - 5678 - 9012', amount: '3万円' },
    },
    data,
    'en',
  );

  it('leaves it out of the record, and out of the numbers to read out', () => {
    const notes = [...summary.done, ...summary.todo].flatMap((s) => (s.note ? [s.note] : []));
    expect(notes).toEqual([FINE]);
    expect(summary.references.flatMap((r) => r.numbers)).toEqual(['A-2026-118734']);
    expect(summary.details).toEqual({ amount: '3万円' });
  });

  it('leaves it out of the copied text, the .txt and the Japanese lines read out', () => {
    const t = i18n.getFixedT('en', 'record');
    const text = recordText(summary, {
      t,
      lng: 'en',
      madeAt: '2026-11-29T03:00:00.000Z',
      timeZone: 'Asia/Tokyo',
    });
    expect(text).toContain(FINE);
    for (const secret of ['4111', '482913', '5678']) expect(text).not.toContain(secret);
    const ja = createI18n('ja').getFixedT('ja', 'record');
    const readOut = japaneseDetailLines(summary.details, (key) => ja(key as 'heading'));
    expect(readOut.join('\n')).not.toContain('5678');
  });
});
