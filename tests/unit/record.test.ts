import { describe, expect, it } from 'vitest';
import { getFlow } from '../../src/flow/registry';
import { restoreRecord } from '../../src/progress/record';

const flow = getFlow('mynaportal-phishing');
const now = new Date('2026-11-29T12:00:00.000Z');
const good = {
  v: 2,
  flowId: 'mynaportal-phishing',
  flowVersion: 1,
  answers: { 'what-happened': 'opened' },
  answeredAt: '2026-11-29T10:00:00.000Z',
  ticks: { 'report-mail': '2026-11-29T10:05:00.000Z' },
  notes: { 'report-mail': 'forwarded at 10:05' },
  mailArrivedAt: '2026-11-29T09:00:00.000Z',
  updatedAt: '2026-11-29T10:05:00.000Z',
};
const restore = (value: unknown) =>
  restoreRecord(typeof value === 'string' ? value : JSON.stringify(value), flow, now);

describe('restoreRecord', () => {
  it('restores a good record as it was', () => {
    expect(restore(good)).toEqual({ record: good, problem: 'none' });
  });

  it('reads a version 1 record (before notes) with its answers and ticks', () => {
    const v1 = {
      v: 1,
      flowId: good.flowId,
      flowVersion: 1,
      answers: good.answers,
      answeredAt: good.answeredAt,
      ticks: good.ticks,
      updatedAt: good.updatedAt,
    };
    expect(restore(v1)).toEqual({
      record: { ...good, notes: {}, mailArrivedAt: '' },
      problem: 'none',
    });
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
  ])('starts fresh without a notice for %s', (_, raw) => {
    expect(restoreRecord(raw, flow, now)).toEqual({ record: undefined, problem: 'none' });
  });

  it.each([
    ['truncated JSON', '{"v":1,"flowId":'],
    ['"undefined"', 'undefined'],
    ['an HTML page', '<!doctype html><html></html>'],
    ['JSON of the wrong type', '[1,2,3]'],
    ['a number', '42'],
    ['no version', JSON.stringify({ ...good, v: undefined })],
    ['another flow', JSON.stringify({ ...good, flowId: 'something-else' })],
    ['a value over the size limit', JSON.stringify({ ...good, pad: 'x'.repeat(1_100_000) })],
  ])('reports %s as unreadable and does not crash', (_, raw) => {
    expect(restoreRecord(raw, flow, now)).toEqual({ record: undefined, problem: 'unreadable' });
  });

  it('keeps valid answers and ticks, drops the rest, and says so', () => {
    const { record, problem } = restore({
      ...good,
      answers: { 'what-happened': 'opened', 'gone-question': 'x', sent: 'not-an-answer' },
      ticks: {
        'report-mail': good.ticks['report-mail'],
        'removed-step': '2026-11-29T10:00:00.000Z',
        'check-sender': 'not a date',
        'delete-mail': '2030-01-01T00:00:00.000Z',
      },
    });
    expect(problem).toBe('partial');
    expect(record?.answers).toEqual({ 'what-happened': 'opened' });
    expect(record?.ticks).toEqual({ 'report-mail': good.ticks['report-mail'] });
  });

  it('does not let __proto__ keys reach the record', () => {
    const raw = `{"v":2,"flowId":"mynaportal-phishing","flowVersion":1,"answers":{"__proto__":{"polluted":"yes"},"what-happened":"opened"},"ticks":{"__proto__":"2026-11-29T10:00:00.000Z"},"notes":{},"mailArrivedAt":"","answeredAt":"","updatedAt":""}`;
    const { record, problem } = restoreRecord(raw, flow, now);
    expect(problem).toBe('partial');
    expect(record?.answers).toEqual({ 'what-happened': 'opened' });
    expect(Object.keys(record?.ticks ?? {})).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
