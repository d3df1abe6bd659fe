import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { japaneseDetailLines } from '../../src/features/record/call-details-lines';
import { reminderTimes } from '../../src/features/record/record-ics';
import type { RecordSummary } from '../../src/features/record/record-summary';
import { recordText } from '../../src/features/record/record-text';
import type { CallDetails } from '../../src/flow/details';
import { flowMachine, progressOf, type WizardContext } from '../../src/flow/machine';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import { createI18n } from '../../src/i18n/setup';
import { progressKey } from '../../src/progress/keys';
import { isDetailValue, RECORD_VERSION, restoreRecord } from '../../src/progress/record';
import { openStorage } from '../../src/progress/safe-storage';
import { recordFrom } from '../../src/progress/save';
import { createProgressSync } from '../../src/progress/sync';
import { OPENED_ONLY } from '../builders';
import v3 from '../fixtures/records/v3.json?raw';
import { faultyStorage } from './progress-fakes';

const flow = getFlow(MAIN_FLOW_ID);
const now = new Date('2026-11-29T12:00:00.000Z');
const CARD_NUMBER = '4111 1111 1111 1111';
const GIVEN: CallDetails = {
  company: 'みらいカード',
  noticedAt: '2026-11-29T09:30:00.000Z',
  amount: '3万円',
  payment: 'card',
};

const start = (details?: CallDetails) =>
  createActor(flowMachine, { input: { flow, details } }).start();
const contextWith = (details: CallDetails): WizardContext => ({
  ...start().getSnapshot().context,
  answeredAt: '2026-11-29T10:00:00.000Z',
  details,
});
const stored = (details: unknown) =>
  JSON.stringify({ ...recordFrom(flow, contextWith({})), details });

describe('call details in the machine', () => {
  it('sets, trims and removes a field with details.set, and a restart clears them all', () => {
    const actor = start();
    actor.send({ type: 'details.set', field: 'company', value: '  みらいカード ' });
    actor.send({ type: 'details.set', field: 'payment', value: 'card' });
    expect(actor.getSnapshot().context.details).toEqual({
      company: 'みらいカード',
      payment: 'card',
    });
    actor.send({ type: 'details.set', field: 'company', value: '' });
    expect(actor.getSnapshot().context.details).toEqual({ payment: 'card' });
    actor.send({ type: 'wizard.restart' });
    expect(actor.getSnapshot().context.details).toEqual({});
  });

  it("starts from restored details, and another tab's details fill in only the empty fields", () => {
    const actor = start({ company: 'みらいカード' });
    actor.send({
      type: 'progress.merge',
      progress: progressOf({ details: { company: 'ほかのカード', amount: '3万円' } }),
    });
    expect(actor.getSnapshot().context.details).toEqual({
      company: 'みらいカード',
      amount: '3万円',
    });
  });
});

describe('call details in the saved record', () => {
  it('go to storage and come back as they were', () => {
    const text = JSON.stringify(recordFrom(flow, contextWith(GIVEN)));
    expect(restoreRecord(text, flow, now)).toMatchObject({
      problem: 'none',
      record: { v: RECORD_VERSION, details: GIVEN },
    });
  });

  it('migrate from version 3 with no details, nothing dropped', () => {
    expect(RECORD_VERSION).toBe(6);
    const { record, problem } = restoreRecord(v3, flow, now);
    expect(problem).toBe('none');
    // Version 6 adds the front door a record from before it implies: a マイナポータル mail.
    expect(record).toMatchObject({
      v: 6,
      details: {},
      ticks: JSON.parse(v3).ticks,
      answers: OPENED_ONLY,
    });
  });

  it('never save a card number, My Number or password, whatever sent it to the machine', () => {
    const record = recordFrom(
      flow,
      contextWith({ company: CARD_NUMBER, amount: '暗証番号1234', payment: 'card' }),
    );
    expect(record.details).toEqual({ payment: 'card' });

    const storage = faultyStorage();
    const sync = createProgressSync(flow, openStorage({ localStorage: storage }), () => now);
    sync.save(contextWith({ company: 'みらいカード', amount: '1234 5678 9012' }));
    const saved = storage.data.get(progressKey(flow.id)) ?? '';
    expect(saved).toContain('みらいカード');
    expect(saved).not.toContain('1234 5678');
  });

  it('drop on restore what looks secret or does not fit its field, and say so', () => {
    const { record, problem } = restoreRecord(
      stored({
        company: CARD_NUMBER, // a card number
        amount: '3万円',
        noticedAt: '2030-01-01T00:00:00.000Z', // still to come
        payment: 'crypto', // not one of the kinds
        pin: '1234', // not a field
      }),
      flow,
      now,
    );
    expect(problem).toBe('partial');
    expect(record?.details).toEqual({ amount: '3万円' });
    expect(restoreRecord(stored('みらいカード'), flow, now)).toMatchObject({
      problem: 'partial',
      record: { details: {} },
    });
  });

  it('keep only short, whole text in the free fields', () => {
    expect(isDetailValue('company', 'みらいカード')).toBe(true);
    expect(isDetailValue('company', 'x'.repeat(61))).toBe(false);
    expect(isDetailValue('amount', '1234 5678 9012')).toBe(false);
    expect(isDetailValue('amount', 'password: hunter2')).toBe(false);
    expect(isDetailValue('company', '\uD800')).toBe(false);
    expect(isDetailValue('payment', 'e-money')).toBe(true);
  });
});

describe('call details in the text and the Japanese to read out', () => {
  const summary: RecordSummary = {
    answers: [],
    answeredAt: '',
    mailArrivedAt: '',
    details: GIVEN,
    done: [],
    todo: [],
    hotlines: [],
    references: [],
  };
  const i18n = createI18n('en');
  const t = i18n.getFixedT('en', 'record');
  const ja = i18n.getFixedT('ja', 'record') as unknown as (key: string) => string;

  it('gives each English label its Japanese, and the chosen kind its Japanese word', () => {
    const text = recordText(summary, {
      t,
      lng: 'en',
      madeAt: now.toISOString(),
      timeZone: 'Asia/Tokyo',
      ja,
    });
    expect(text).toContain('■ What the call will ask (optional)');
    expect(text).toContain('Card company or bank · カード会社・銀行の名前: みらいカード');
    expect(text).toContain('How it was paid · 支払い方法: Credit or debit card · クレジットカード');
    expect(text).toContain('When you noticed · 気づいた日時: Sun, 11/29/2026, 18:30');
  });

  it('says "not given" for a field left empty', () => {
    const text = recordText(
      { ...summary, details: {} },
      { t, lng: 'en', madeAt: now.toISOString() },
    );
    expect(text).toContain('Amount lost: not given');
  });

  it('reads out only the fields given, in Japanese', () => {
    expect(japaneseDetailLines({ company: 'みらいカード', payment: 'bank' }, ja)).toEqual([
      'カード会社・銀行の名前: みらいカード',
      '支払い方法: 銀行振込・口座からの引き出し',
    ]);
  });
});

describe('statement reminders', () => {
  it('come at 10:00 one week, one month and three months later', () => {
    expect(reminderTimes(new Date(2026, 10, 29, 14, 30))).toEqual({
      week: new Date(2026, 11, 6, 10, 0),
      month: new Date(2026, 11, 29, 10, 0),
      // February 2027 has no 29th: its last day.
      threeMonths: new Date(2027, 1, 28, 10, 0),
    });
  });
});
