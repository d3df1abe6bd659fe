import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  escapeText,
  foldLine,
  reminderTimes,
  utcStamp,
} from '../../src/features/record/record-ics';
import { numbersIn, summarize, type DataText } from '../../src/features/record/record-summary';
import { recordText } from '../../src/features/record/record-text';
import { fromLocalInput, toLocalInput } from '../../src/features/record/record-time';
import { planFor } from '../../src/flow/plan';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Language } from '../../src/i18n/languages';
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';
import { createI18n } from '../../src/i18n/setup';
import type { ProgressRecord } from '../../src/progress/record';
import { aRecord, CLICKED_ONLY, typicalCardRecord } from '../builders';

const flow = getFlow(MAIN_FLOW_ID);
const MADE_AT = '2026-11-29T03:00:00.000Z';

function textOf(record: ProgressRecord, lng: Language) {
  const i18n = createI18n(lng);
  // Keys from data (flow and catalog ids) are untyped, as in src/i18n/data-text.ts.
  const dataT = i18n.t as unknown as (key: string, options: { ns: string }) => string;
  const data: DataText = (ns, key) => dataT(key, { ns });
  const summary = summarize({ flow, ...record }, data, lng);
  const t = i18n.getFixedT(lng, 'record');
  return {
    summary,
    text: recordText(summary, { t, lng, madeAt: MADE_AT, timeZone: 'Asia/Tokyo' }),
  };
}

describe('the record summary', () => {
  it('lists steps done in the order they were done, and the rest in the plan order', () => {
    const record = typicalCardRecord();
    const { summary } = textOf(record, 'ja');
    expect(summary.done.map((s) => s.id)).toEqual(['close-page', 'call-card-issuer', 'police']);
    // A ticked check is listed by what was done, not by its question.
    expect(summary.done.map((s) => s.title)).toEqual([
      jaFlow.steps['close-page'].done,
      jaFlow.steps['call-card-issuer'].title,
      jaFlow.steps.police.title,
    ]);
    // The flow's order for money gone: the rest of "now", then "today", then "later".
    expect(summary.todo.map((s) => s.id)).toEqual([
      'call-mynumber',
      'consumer-188',
      'delete-payment',
      'security-scan',
      'report-mail',
      'contact-mynaportal',
      'watch-statements',
    ]);
    // The plan's steps to know have no tick box, so they are never "still to do".
    const toKnow = planFor(flow, record.answers).filter((id) => flow.steps[id]?.kind === 'info');
    expect(toKnow).toEqual(['keep-mail', 'second-contact', 'check-sender']);
    expect(summary.hotlines.map((h) => h.number)).toContain('188');
  });

  it('picks reference numbers out of the notes', () => {
    expect(numbersIn('受付番号 A-2026-118734 田中さん')).toEqual(['A-2026-118734']);
    expect(numbersIn('相談番号５５２１')).toEqual(['5521']);
    expect(numbersIn('カードを止めた')).toEqual([]);
  });
});

describe('the record as plain text', () => {
  it('says what happened, when, what was done with times and notes, and what is still open (ja)', () => {
    const { text } = textOf(typicalCardRecord(), 'ja');
    expect(text).toContain('わたしの記録 — フィッシング詐欺 応急手当');
    expect(text).toContain('作成: 2026/11/29(日) 12:00');
    expect(text).toContain(`${jaFlow.questions.arrived.title} ${jaFlow.answers.arrived.mail}`);
    expect(text).toContain('何を入力しましたか? クレジットカードの情報');
    expect(text).toContain('メールが届いた日時: 2026/11/28(土) 21:10');
    expect(text).toContain('■ 済んだこと(3件)');
    expect(text).toMatch(
      /2026\/11\/29\(日\) 10:20 {2}.+\n {4}メモ: 受付番号 A-2026-118734 田中さん/,
    );
    expect(text).toContain(`2026/11/29(日) 10:02  ${jaFlow.steps['close-page'].done}\n`);
    expect(text).not.toContain(jaFlow.steps['close-page'].title);
    expect(text).toContain('■ まだのこと(7件)');
    expect(text).not.toContain(jaFlow.steps['keep-mail'].title);
    expect(text).toContain('■ 受付番号など(読み上げる番号)');
    expect(text).toContain('消費者ホットライン(いやや!): 188');
    expect(text).not.toMatch(/\{\{|undefined/);
  });

  it('is written in English when English is chosen', () => {
    const { text } = textOf(typicalCardRecord(), 'en');
    expect(text).toContain('My record — Phishing first aid');
    expect(text).toContain('■ Done (3)');
    expect(text).toContain(`Sun, 11/29/2026, 10:02  ${enFlow.steps['close-page'].done}\n`);
    expect(text).not.toContain(enFlow.steps['close-page'].title);
    expect(text).toContain('■ Still to do (7)');
    expect(text).toContain('When the mail arrived: Sat, 11/28/2026, 21:10');
    expect(text).toContain('Note: 受付番号 A-2026-118734 田中さん');
    expect(text).not.toContain('済んだこと');
    expect(text).not.toMatch(/\{\{|undefined/);
  });

  it('says "none" for an empty section and "not given" for an unknown arrival time', () => {
    const { text } = textOf(aRecord().answered(CLICKED_ONLY).build(), 'en');
    expect(text).toContain('When the mail arrived: not given');
    expect(text).toMatch(/■ Done \(0\)\n\(none\)/);
    expect(text).not.toContain('Reference numbers');
  });
});

describe('the calendar file', () => {
  const now = new Date(2026, 10, 29, 14, 30); // 29 November, local time
  const { week, month, threeMonths } = reminderTimes(now);
  const ics = buildIcs(
    [
      {
        uid: 'week@test',
        start: week,
        duration: 30,
        summary: 'カードと銀行の明細を確認する(1週間後)',
        description: 'Check, then call; 188, or the bank\nNext line \\ done',
        alarm: 'Check now',
      },
      {
        uid: 'month@test',
        start: month,
        duration: 30,
        summary: 'Check card and bank statements (one month on)',
        description: 'あ'.repeat(60),
        alarm: 'Check now',
      },
    ],
    new Date('2026-11-29T05:30:00.000Z'),
    'ja',
  );

  it('asks for 10:00 one week, one month and three months later', () => {
    expect(week).toEqual(new Date(2026, 11, 6, 10, 0));
    expect(month).toEqual(new Date(2026, 11, 29, 10, 0));
    // Three months on from the 29th of November: February 2027 has no 29th.
    expect(threeMonths).toEqual(new Date(2027, 1, 28, 10, 0));
    // The 31st of January is followed by the last day of February.
    expect(reminderTimes(new Date(2027, 0, 31, 9)).month).toEqual(new Date(2027, 1, 28, 10, 0));
  });

  it('ends every line with CRLF, folds at 75 octets and escapes text', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
    // A 3-octet character is never split across lines.
    expect(foldLine(`DESCRIPTION:${'あ'.repeat(30)}`).split('\r\n')[0]).toBe(
      `DESCRIPTION:${'あ'.repeat(21)}`,
    );
    expect(utcStamp(new Date('2026-12-06T01:00:00.000Z'))).toBe('20261206T010000Z');
  });

  it('parses with ical.js: two events with UID, DTSTAMP and a display alarm each', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    for (const component of events) {
      expect(component.getFirstPropertyValue('uid')).toMatch(/@test$/);
      expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-29T05:30:00Z');
      const alarm = component.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('PT0S');
    }
    const first = new ICAL.Event(events[0]);
    expect(first.summary).toBe('カードと銀行の明細を確認する(1週間後)');
    expect(first.description).toBe('Check, then call; 188, or the bank\nNext line \\ done');
    expect(first.startDate.toJSDate()).toEqual(week);
    expect(new ICAL.Event(events[1]).description).toBe('あ'.repeat(60));
  });
});

describe('the mail arrival time', () => {
  it('goes from the datetime-local field to an ISO time and back', () => {
    const iso = fromLocalInput('2026-11-28T21:10');
    expect(iso).toBe(new Date(2026, 10, 28, 21, 10).toISOString());
    expect(toLocalInput(iso)).toBe('2026-11-28T21:10');
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('yesterday')).toBe('');
  });
});
