import { describe, expect, it } from 'vitest';
import { allAnswerPaths } from '../../src/flow/enumerate';
import { handoffOf } from '../../src/flow/path';
import { NOW_CARDS, planFor, planSections } from '../../src/flow/plan';
import { flows, getFlow } from '../../src/flow/registry';
import type { Answers, Flow } from '../../src/flow/types';
import { CARD_SENT_MONEY_GONE, clicked, entered, OPENED_ONLY } from '../builders';

const flow = getFlow('mynaportal-phishing');

describe('planSections (mynaportal-phishing), as a table of journeys', () => {
  it.each<[string, Answers, { checks: string[]; now: string[] }]>([
    [
      'only opened: the answer at once, and an offer to check',
      OPENED_ONLY,
      { checks: [], now: ['dont-touch', 'images-off', 'check-if-scam'] },
    ],
    [
      'a phone call, money paid: hang up first, then the police',
      { arrived: 'call', 'call-what': 'paid' },
      { checks: [], now: ['hang-up', 'police', 'second-contact'] },
    ],
    [
      'clicked and installed an app: airplane mode first',
      clicked('yes', 'no'),
      { checks: ['close-page'], now: ['airplane-mode', 'security-scan'] },
    ],
    [
      'card typed part way: the card is stopped first, even without pressing send',
      entered('part-way', ['card']),
      { checks: ['close-page'], now: ['call-card-issuer', 'call-mynumber'] },
    ],
    [
      'card and PIN sent, money gone: card, police, PIN',
      entered('sent', ['card', 'mynaportal'], 'no', 'yes'),
      { checks: ['close-page'], now: ['call-card-issuer', 'police', 'change-pin'] },
    ],
    [
      'bank login sent: the bank first',
      entered('sent', ['bank']),
      { checks: ['close-page'], now: ['call-bank', 'change-passwords', 'call-mynumber'] },
    ],
  ])('%s', (_, answers, expected) => {
    const plan = planSections(flow, answers);
    expect({ checks: plan.checks, now: plan.now }).toEqual(expected);
  });

  it('puts a step whose line is closed now behind the open ones, and spills it to "today"', () => {
    const answers = entered('sent', ['card', 'bank', 'password'], 'no', 'yes');
    const open = planSections(flow, answers);
    expect(open.now).toEqual(['call-card-issuer', 'call-bank', 'police']);
    const policeClosed = planSections(flow, answers, (id) => id === 'police');
    expect(policeClosed.now).toEqual(['call-card-issuer', 'call-bank', 'change-passwords']);
    expect(policeClosed.today.indexOf('police')).toBeGreaterThan(
      policeClosed.today.indexOf('change-pin'),
    );
  });

  it('ignores answers left over from a path the person changed', () => {
    const changed = { ...CARD_SENT_MONEY_GONE, 'what-happened': 'clicked' };
    const clickedOnly = clicked('no', 'yes');
    expect(planFor(flow, changed)).toEqual(planFor(flow, clickedOnly));
  });

  it('sends "not sure yet" into the scam check, which asks only about the mail', () => {
    expect(handoffOf(flow, 'what-happened', 'not-sure')).toEqual({
      flow: 'is-it-a-scam',
      answers: {},
    });
  });
});

/** Every non-empty subset of a multi question's options, times every answer of the others. */
function countPaths(f: Flow, question: string | undefined): number {
  if (question === undefined) return 1;
  const q = f.questions[question];
  if (!q) return 1;
  if (q.kind === 'multi') return (2 ** q.options.length - 1) * countPaths(f, q.next);
  return Object.values(q.answers)
    .filter((a) => !a.flow)
    .reduce((sum, a) => sum + countPaths(f, a.next), 0);
}

describe('the plan on every path of the incident flow', () => {
  const paths = allAnswerPaths(flow);
  const has = (answers: Answers, option: string) =>
    (answers['what-entered'] as string[] | undefined)?.includes(option) ?? false;
  const installed = (answers: Answers) => ['yes', 'unsure'].includes(String(answers.downloaded));
  // A link was opened (a page to close); a phone call has no mail to keep and no page.
  const opened = (answers: Answers) =>
    ['clicked', 'entered'].includes(String(answers['what-happened']));
  const called = (answers: Answers) => answers.arrived === 'call';

  it('protects first, with at most three "now" cards, on every path', () => {
    expect(paths).toHaveLength(countPaths(flow, flow.start));
    const wrong: string[] = [];
    for (const answers of paths) {
      const plan = planSections(flow, answers);
      const all = [...plan.checks, ...plan.now, ...plan.today, ...plan.later];
      const first = plan.now[0];
      // The first protective action: airplane mode if an app went in, else the card, else the bank.
      const expected = installed(answers)
        ? 'airplane-mode'
        : has(answers, 'card')
          ? 'call-card-issuer'
          : has(answers, 'bank')
            ? 'call-bank'
            : undefined;
      const problems = [
        plan.now.length === 0 && 'no now card',
        plan.now.length > NOW_CARDS && 'more than three now cards',
        new Set(all).size !== all.length && 'a step twice',
        expected && first !== expected && `first card ${first}, not ${expected}`,
        has(answers, 'card') && !plan.now.includes('call-card-issuer') && 'card not stopped now',
        opened(answers) && plan.checks[0] !== 'close-page' && 'no "closed the page?" check',
        called(answers) && first !== 'hang-up' && `first card ${first}, not hang-up`,
        answers['money-gone'] === 'yes' && !all.includes('police') && 'no police',
        !all.includes('report-mail') && 'no report',
        !called(answers) && !all.includes('keep-mail') && 'not told to keep the mail',
      ].filter(Boolean);
      if (problems.length) wrong.push(`${JSON.stringify(answers)}: ${problems.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('planFor (is-it-a-scam): outcomes that never say "safe"', () => {
  const check = getFlow('is-it-a-scam');
  const signs = (points: string, details: string, pressure: string, sender: string): Answers => ({
    points,
    'asks-details': details,
    pressure,
    sender,
    'after-genuine': 'unsure',
  });

  it.each<[string, Answers, string]>([
    ['points offered', signs('yes', 'no', 'no', 'official'), 'verdict-scam'],
    ['details asked for', signs('no', 'yes', 'no', 'official'), 'verdict-scam'],
    ['pressure', signs('no', 'no', 'yes', 'official'), 'verdict-scam'],
    ['unrelated sender', signs('no', 'no', 'no', 'unrelated'), 'verdict-scam'],
    ['no sign at all', signs('no', 'no', 'no', 'official'), 'verdict-cannot-tell'],
    ['nothing known', signs('unsure', 'unsure', 'unsure', 'unsure'), 'verdict-cannot-tell'],
  ])('%s', (_, answers, verdict) => {
    expect(planSections(check, answers).now[0]).toBe(verdict);
    expect(planFor(check, answers)).toContain('keep-mail');
  });

  it('gives exactly one of the two verdicts, first, on every path that stays in the check', () => {
    const paths = allAnswerPaths(check);
    expect(paths).toHaveLength(countPaths(check, check.start));
    for (const answers of paths) {
      const plan = planFor(check, answers);
      expect(plan.filter((id) => id.startsWith('verdict-'))).toHaveLength(1);
      expect(plan[0]?.startsWith('verdict-')).toBe(true);
    }
  });
});

describe('every flow in flows/', () => {
  it.each(Object.values(flows).map((f) => [f.id, f] as const))(
    '%s gives a "now" card on every path, and never tells anyone to delete the mail',
    (_, f) => {
      expect(Object.keys(f.steps).filter((id) => /delete-mail/.test(id))).toEqual([]);
      for (const answers of allAnswerPaths(f))
        expect(planSections(f, answers).now.length).toBeGreaterThan(0);
    },
  );
});
