import { describe, expect, it } from 'vitest';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { handoffOf } from '../../src/flow/path';
import { planFor } from '../../src/flow/plan';
import { flows, getFlow } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';

const flow = getFlow('mynaportal-phishing');
const entered = (sent: string, what: string[], downloaded = 'no', money = 'no'): Answers => ({
  'what-happened': 'entered',
  sent,
  'what-entered': what,
  downloaded,
  'money-gone': money,
});

describe('planFor (mynaportal-phishing), as a table', () => {
  it.each<[string, Answers, string[]]>([
    [
      'clicked and downloaded',
      { 'what-happened': 'clicked', downloaded: 'yes', 'money-gone': 'no' },
      [
        'close-page',
        'downloaded-file',
        'security-scan',
        'keep-mail',
        'report-mail',
        'check-sender',
      ],
    ],
    [
      'clicked, nothing downloaded, money gone',
      { 'what-happened': 'clicked', downloaded: 'no', 'money-gone': 'yes' },
      [
        'close-page',
        'security-scan',
        'keep-mail',
        'police',
        'consumer-188',
        'report-mail',
        'check-sender',
        'watch-statements',
        'beware-recovery-scam',
      ],
    ],
    [
      'card sent, money gone: the card is stopped before the police',
      entered('sent', ['card'], 'no', 'yes'),
      [
        'close-page',
        'call-card-issuer',
        'keep-mail',
        'police',
        'report-service',
        'delete-payment',
        'consumer-188',
        'security-scan',
        'report-mail',
        'check-sender',
        'watch-statements',
        'beware-recovery-scam',
      ],
    ],
    [
      'card entered part way: the article order (close, service, payment, card, police, others, sender)',
      entered('part-way', ['card']),
      [
        'close-page',
        'report-service',
        'delete-payment',
        'call-card-issuer',
        'keep-mail',
        'police',
        'consumer-188',
        'security-scan',
        'report-mail',
        'check-sender',
        'watch-statements',
      ],
    ],
    [
      'bank login and My Number card PIN sent',
      entered('sent', ['bank', 'mynaportal']),
      [
        'close-page',
        'call-bank',
        'change-passwords',
        'change-pin',
        'keep-mail',
        'police',
        'report-service',
        'consumer-188',
        'security-scan',
        'report-mail',
        'check-sender',
        'watch-statements',
      ],
    ],
    [
      'not sure what was entered: change passwords to be safe',
      entered('unsure', ['unsure'], 'unsure', 'unsure'),
      [
        'close-page',
        'downloaded-file',
        'change-passwords',
        'keep-mail',
        'police',
        'report-service',
        'consumer-188',
        'security-scan',
        'report-mail',
        'check-sender',
        'watch-statements',
      ],
    ],
  ])('%s', (_, answers, expected) => {
    expect(planFor(flow, answers)).toEqual(expected);
  });

  it('ignores answers left over from a path the person changed', () => {
    const changed = { ...entered('sent', ['card'], 'no', 'yes'), 'what-happened': 'clicked' };
    const clickedOnly = { 'what-happened': 'clicked', downloaded: 'no', 'money-gone': 'yes' };
    expect(planFor(flow, changed)).toEqual(planFor(flow, clickedOnly));
  });

  it('sends "only opened" on into the scam check rather than to a plan of its own', () => {
    expect(handoffOf(flow, 'what-happened', 'opened')).toEqual({
      flow: 'is-it-a-scam',
      answers: {},
    });
  });
});

describe('planFor over every combination of triage answers', () => {
  const paths = allAnswerPaths(flow);
  const before = (plan: string[], a: string, b: string) =>
    !plan.includes(a) || !plan.includes(b) || plan.indexOf(a) < plan.indexOf(b);

  it('covers 3,438 combinations: 9 clicked + 3 × 127 × 9 entered ("opened" goes to the scam check)', () => {
    expect(paths).toHaveLength(3438);
  });

  it.each(paths.map((answers) => [JSON.stringify(answers), answers] as const))(
    'gives a sound plan for %s',
    (_, answers) => {
      const plan = planFor(flow, answers);
      const has = (q: string, option: string) =>
        (answers[q] as string[] | undefined)?.includes(option);
      expect(plan.length).toBeGreaterThan(0);
      expect(new Set(plan).size).toBe(plan.length);
      expect(before(plan, 'call-card-issuer', 'police')).toBe(true);
      expect(before(plan, 'call-bank', 'police')).toBe(true);
      expect(plan.includes('call-card-issuer')).toBe(Boolean(has('what-entered', 'card')));
      expect(plan.includes('change-pin')).toBe(Boolean(has('what-entered', 'mynaportal')));
      expect(plan[0]).toBe('close-page');
      if (answers['money-gone'] === 'yes') expect(plan).toContain('police');
      expect(plan).toContain('report-mail');
      expect(plan).toContain('check-sender');
    },
  );
});

describe('planFor (is-it-a-scam): outcomes that never say "safe"', () => {
  const check = getFlow('is-it-a-scam');
  const signs = (points: string, details: string, pressure: string, sender: string): Answers => ({
    points,
    'asks-details': details,
    pressure,
    sender,
    'after-genuine': 'unsure',
    'what-did-you-do': 'only-received',
  });
  const tail = ['dont-click', 'only-opened-ok', 'report-mail', 'delete-mail'];

  it.each<[string, Answers, string[]]>([
    ['points offered', signs('yes', 'no', 'no', 'official'), ['verdict-scam', ...tail]],
    ['details asked for', signs('no', 'yes', 'no', 'official'), ['verdict-scam', ...tail]],
    ['pressure', signs('no', 'no', 'yes', 'official'), ['verdict-scam', ...tail]],
    ['unrelated sender', signs('no', 'no', 'no', 'unrelated'), ['verdict-scam', ...tail]],
    ['no sign at all', signs('no', 'no', 'no', 'official'), ['verdict-cannot-tell', ...tail]],
    [
      'nothing known',
      signs('unsure', 'unsure', 'unsure', 'unsure'),
      ['verdict-cannot-tell', ...tail],
    ],
  ])('%s', (_, answers, expected) => {
    expect(planFor(check, answers)).toEqual(expected);
  });

  it('gives exactly one of the two verdicts on all 243 paths that stay in the check', () => {
    const paths = allAnswerPaths(check);
    expect(paths).toHaveLength(243);
    for (const answers of paths) {
      const verdicts = planFor(check, answers).filter((id) => id.startsWith('verdict-'));
      expect(verdicts).toHaveLength(1);
    }
  });
});

describe('every flow in flows/', () => {
  it.each(Object.values(flows).map((f) => [f.id, f] as const))(
    '%s gives a non-empty plan on every path',
    (_, f) => {
      for (const answers of allAnswerPaths(f))
        expect(planFor(f, answers).length).toBeGreaterThan(0);
    },
  );
});
