/**
 * Shared helpers for the end-to-end tests.
 *
 * Every spec imports `test` and `expect` from here, never from @playwright/test: the `page` fixture
 * below fails a test that throws in the page, logs a console error, asks any origin but the app's
 * own, or trips the Content-Security-Policy. The app promises to send nothing anywhere.
 *
 * The app's rules are not restated here: which steps a plan shows and in which parts comes from
 * src/flow/plan.ts, storage keys from src/progress/keys.ts, whether a line is open from
 * src/flow/hours.ts. (src/flow/registry.ts cannot load here: Vite's import.meta.glob and JSON
 * imports without `with { type: 'json' }`; the flow files are read directly instead, and the
 * lures in flows/lures/ joined to them by the app's own src/flow/lures.ts.)
 *
 * The one independent oracle of the end-to-end tests is here too: the journeys at the bottom
 * list their plans by hand, part by part, so a change to a flow's order or to the plan's rule
 * fails tests/e2e/journeys.spec.ts rather than passing unnoticed.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import flowJson from '../../flows/mynaportal-phishing.json' with { type: 'json' };
import holidaysJson from '../../flows/catalog/holidays.json' with { type: 'json' };
import hotlinesJson from '../../flows/catalog/hotlines.json' with { type: 'json' };
import { openStatus } from '../../src/flow/hours';
import { withLures, type Lure } from '../../src/flow/lures';
import { isTickable } from '../../src/flow/plan';
import type { Answers, Flow, Hotline } from '../../src/flow/types';
import { progressKey } from '../../src/progress/keys';
import jaCommon from '../../src/i18n/locales/ja/common.json' with { type: 'json' };
import jaFlowFile from '../../src/i18n/locales/ja/mynaportal-phishing.json' with { type: 'json' };
import checkFlowJson from '../../flows/is-it-a-scam.json' with { type: 'json' };
import jaCheck from '../../src/i18n/locales/ja/is-it-a-scam.json' with { type: 'json' };
import { readFlowLocale } from '../../scripts/flow-locale.ts';
import { nameOf, textContentOf } from './readings-support';

export { expect };
export { jaCommon };

/**
 * The main flow's texts: the keys of its own file typed, and the front door's lures by id (their
 * steps are there too, found by id where a Record of steps is asked for).
 */
export type FlowTexts = typeof jaFlowFile & {
  answers: { claimed: Record<(typeof FRONT_DOOR)['claimed'], string> & Record<string, string> };
};
/** The main flow's Japanese texts, with its lures' (see flowTexts). */
export const jaFlow: FlowTexts = flowTexts('ja');

declare global {
  interface Window {
    __cspViolations?: string[];
    __reportCspViolation?: (violation: string) => void;
  }
}

/** What the guard found; every list must stay empty. */
export interface GuardReport {
  pageErrors: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

export const test = base.extend<{ expectedConsoleError: RegExp | null }>({
  /** Console errors a test causes on purpose (a fetch it makes fail); any other still fails it. */
  expectedConsoleError: [null, { option: true }],
  // The second argument is Playwright's `use`, renamed so the React hooks lint rule leaves it alone.
  page: async ({ page, baseURL, expectedConsoleError }, runTest) => {
    if (!baseURL) throw new Error('use.baseURL must be set in playwright.config.ts');
    const origin = new URL(baseURL).origin;
    const report: GuardReport = {
      pageErrors: [],
      consoleErrors: [],
      foreignRequests: [],
      cspViolations: [],
    };

    page.on('pageerror', (error) => report.pageErrors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        if (expectedConsoleError?.test(message.text())) return;
        const { url, lineNumber } = message.location();
        report.consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
      }
    });
    page.on('request', (request) => {
      const url = request.url();
      let requestOrigin: string;
      try {
        requestOrigin = new URL(url).origin;
      } catch {
        requestOrigin = 'unparsable';
      }
      if (requestOrigin !== origin) report.foreignRequests.push(`${request.method()} ${url}`);
    });

    // Violations are pushed into window.__cspViolations (read at the end) and also reported at
    // once through a binding, so those in a document that a reload has since replaced still count.
    const reported: string[] = [];
    await page.exposeBinding('__reportCspViolation', (_source, violation: string) => {
      reported.push(violation);
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        const violation = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`;
        window.__cspViolations?.push(violation);
        void window.__reportCspViolation?.(violation);
      });
    });

    await runTest(page);

    const inPage = page.isClosed()
      ? []
      : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    report.cspViolations = [...new Set([...reported, ...inPage])];
    expect(report, 'no page errors, console errors, foreign requests or CSP violations').toEqual({
      pageErrors: [],
      consoleErrors: [],
      foreignRequests: [],
      cspViolations: [],
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Flow data (the plan's rule is src/flow/plan.ts: planFor, planSections).

const LURES_DIR = new URL('../../flows/lures/', import.meta.url);
/** Every lure in flows/lures/, read at test time (a new lure file is picked up without a change here). */
export const LURES: Lure[] = readdirSync(LURES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, LURES_DIR), 'utf8')) as Lure);

/** The main flow as the app runs it: its lures joined (src/flow/registry.ts does the same). */
export const flow = withLures(flowJson as unknown as Flow, LURES);
/** The "is this mail a scam?" check, reached from the first screen and from the "only opened" plan. */
export const checkFlow = checkFlowJson as unknown as Flow;
export const PROGRESS_KEY = progressKey(flow.id);

/** The plan in its parts, as a person sees it from top to bottom (planSections' shape). */
export interface PlanParts {
  /** One-line checks above the cards ("have you closed the page?"). */
  checks: readonly string[];
  /** At most NOW_CARDS (src/flow/plan.ts) "now" cards. */
  now: readonly string[];
  /** Folded under 「今日中に」. */
  today: readonly string[];
  /** Folded under 「落ち着いたら・これから数か月」. */
  later: readonly string[];
}

/** The Japanese title of each step, from the ja locale; an unknown id fails the test. */
export function titlesOf(
  ids: readonly string[],
  steps: Record<string, { title: string } | undefined> = jaFlow.steps,
): string[] {
  return ids.map((id) => {
    const step = steps[id];
    if (!step) throw new Error(`No ja title for step "${id}"`);
    return step.title;
  });
}

// ---------------------------------------------------------------------------------------------
// Driving the app.

/** Screen heading (every screen has exactly one h1). */
export const heading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** Puts a value under the progress key before the app's first load (once per test: not again on reload). */
export async function seedProgress(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, seeded]) => {
      if (sessionStorage.getItem('e2e:seeded') === null) {
        sessionStorage.setItem('e2e:seeded', '1');
        localStorage.setItem(key, seeded);
      }
    },
    [PROGRESS_KEY, value] as const,
  );
}

/** Opens the app and waits for its first screen. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
}

/**
 * A Tuesday at 10:00 in Japan, when every line in the flows is open: a plan puts a step whose
 * line is closed behind the open ones, so a test of the flow file's own order fixes the clock.
 */
export const OPEN_HOURS = new Date('2026-12-01T10:00:00+09:00');

/** The lines of the flows' steps that are closed at this moment, by the app's rule (src/flow/hours.ts). */
function linesClosedAt(when: Date): string[] {
  // JSON imports type tuples as plain arrays (src/flow/registry.ts does the same).
  const catalog = hotlinesJson.hotlines as unknown as Record<string, Hotline | undefined>;
  const holidays = new Set(holidaysJson.dates);
  const lines = new Set(
    [flow, checkFlow].flatMap((data) => Object.values(data.steps).flatMap((s) => s.hotlines ?? [])),
  );
  return [...lines].filter((id) => {
    const hours = catalog[id]?.hours;
    if (!hours) throw new Error(`No line "${id}" in flows/catalog/hotlines.json`);
    return openStatus(hours, when, (date) => holidays.has(date)).state === 'closed';
  });
}

/** Fixes the page's clock at OPEN_HOURS (call before openApp). */
export async function atOpenHours(page: Page): Promise<void> {
  const closed = linesClosedAt(OPEN_HOURS);
  if (closed.length > 0) {
    throw new Error(`OPEN_HOURS must find every line open; closed: ${closed.join(', ')}`);
  }
  await page.clock.setFixedTime(OPEN_HOURS);
}

type QuestionId = keyof typeof jaFlow.questions;

/** The main flow's first question (its `start`: "what arrived?"). */
export const FIRST_QUESTION = flow.start as QuestionId;

/** The first question, as a person sees it. */
export async function expectFirstQuestion(page: Page): Promise<void> {
  await expect(heading(page)).toHaveText(jaFlow.questions[FIRST_QUESTION].title);
  for (const label of Object.values(jaFlow.answers[FIRST_QUESTION])) {
    await expect(page.getByRole('button', { name: label, exact: true })).toBeVisible();
  }
}

/**
 * The answers of the front door that the spec's journeys come through: a mail claiming to be
 * マイナポータル (the one lure the app knew before). Seeded progress includes them too.
 */
export const FRONT_DOOR = { arrived: 'mail', claimed: 'mynaportal' } as const;

/**
 * The main flow's texts in one language as the screens read them: its locale file with every
 * lure's (src/i18n/locales/<lng>/lures/<id>.json) merged in, as the build merges them.
 */
export function flowTexts(lng = 'ja'): FlowTexts {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return readFlowLocale(root, lng, flowJson.id).strings as FlowTexts;
}

/**
 * Goes through the front door as a person would, in the page's language: taps what arrived (a
 * mail) and who it claimed to be (マイナポータル), ending on "how far did you get?". The labels are
 * the locale file's.
 */
export async function throughFrontDoor(
  page: Page,
  lng = 'ja',
  door: { arrived: string; claimed: string } = FRONT_DOOR,
): Promise<void> {
  const texts = flowTexts(lng) as unknown as {
    questions: Record<string, { title: string } | undefined>;
    answers: Record<string, Record<string, string> | undefined>;
  };
  for (const [question, given] of [
    ['arrived', door.arrived],
    ['claimed', door.claimed],
  ] as const) {
    const title = texts.questions[question]?.title;
    const label = texts.answers[question]?.[given];
    if (!title || !label) throw new Error(`No ${lng} text for ${question}: ${given}`);
    await expect(heading(page)).toHaveText(textContentOf(title));
    await page.getByRole('button', { name: nameOf(label), exact: true }).click();
  }
}

/** Waits for the question's screen, then taps the answer button with this label. */
export async function answer(page: Page, question: QuestionId, label: string): Promise<void> {
  await expect(heading(page)).toHaveText(jaFlow.questions[question].title);
  await page.getByRole('button', { name: label, exact: true }).click();
}

type CheckQuestionId = keyof typeof jaCheck.questions;

/** The same for a question of the scam check. */
export async function answerCheck(
  page: Page,
  question: CheckQuestionId,
  label: string,
): Promise<void> {
  await expect(heading(page)).toHaveText(jaCheck.questions[question].title);
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** Waits for a "choose all that apply" question, ticks these labels, then presses 次へ. */
export async function answerAll(
  page: Page,
  question: QuestionId,
  labels: readonly string[],
): Promise<void> {
  await expect(heading(page)).toHaveText(jaFlow.questions[question].title);
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: jaCommon.question.next, exact: true }).click();
}

export async function expectPlanScreen(page: Page): Promise<void> {
  await expect(heading(page)).toHaveText(jaCommon.plan.heading);
}

/** The step titles in the order the plan shows them (the cards and the folded parts; not the checks). */
export const planStepLabels = (page: Page): Locator =>
  page.locator('.plan .steps > li .step-title');

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The plan's list item for the step with this title (found even inside a folded part). */
export const planStep = (page: Page, title: string): Locator =>
  page
    .locator('.plan .steps > li')
    .filter({ has: page.locator('.step-title', { hasText: exactly(title) }) });

/** The one-line check at the top of the plan with this question. */
export const planCheck = (page: Page, title: string): Locator =>
  page.locator('.plan .plan-check').filter({ hasText: title });

/** Opens a folded `<details>` by clicking its summary (nothing if it is open already). */
export async function unfold(details: Locator): Promise<void> {
  await expect(details).toBeAttached();
  if ((await details.getAttribute('open')) === null) {
    await details.locator(':scope > summary').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/** Opens the folded parts of the plan (今日中に, 落ち着いたら), so every step's tick box shows. */
export async function unfoldPlan(page: Page): Promise<void> {
  await expect(page.locator('.plan .steps').first()).toBeVisible();
  for (const part of await page.locator('.plan details.plan-part').all()) await unfold(part);
}

/** Opens the folded part (今日中に, 落ち着いたら) holding the step; a "now" card is in none. */
async function unfoldPartOf(page: Page, title: string): Promise<void> {
  await expect(planStep(page, title)).toBeAttached();
  const part = page
    .locator('.plan details.plan-part')
    .filter({ has: page.locator('.steps > li .step-title', { hasText: exactly(title) }) });
  if ((await part.count()) > 0) await unfold(part);
}

/** Opens the part the step is in, then its 「詳しく」, and returns the step's list item. */
export async function openStep(page: Page, title: string): Promise<Locator> {
  const step = planStep(page, title);
  await unfoldPartOf(page, title);
  await unfold(step.locator('details.step-more'));
  return step;
}

/** The tick box of an action step, its folded part opened first if it is in one. */
export async function stepCheckbox(page: Page, title: string): Promise<Locator> {
  await unfoldPartOf(page, title);
  return page.getByRole('checkbox', { name: title, exact: true });
}

// ---------------------------------------------------------------------------------------------
// The journeys. Each lists its plan by hand, part by part, so an accidental change to the flow's
// order fails here, and the answers it gives, so the ids can be checked against the flow file.

export interface Journey extends PlanParts {
  /** The flow whose plan the journey ends on, and its Japanese texts (the main flow if absent). */
  flowData?: Flow;
  stepTexts?: Record<string, { title: string } | undefined>;
  answers: Answers;
  /** The steps in the plan's lists, top to bottom (now, today, later; the checks are above them). */
  steps: readonly string[];
  /** Of those, the ones with a tick box labelled with the step's title, in the same order. */
  tickable: readonly string[];
  /** Answers the questions by tapping their Japanese labels, ending on the plan. */
  walk: (page: Page) => Promise<void>;
}

function journey(
  parts: PlanParts &
    Pick<Journey, 'answers' | 'walk'> &
    Partial<Pick<Journey, 'flowData' | 'stepTexts'>>,
): Journey {
  const data = parts.flowData ?? flow;
  const steps = [...parts.now, ...parts.today, ...parts.later];
  return {
    ...parts,
    steps,
    tickable: steps.filter((id) => isTickable(data, id)),
  };
}

/**
 * "Only opened the mail": through the front door, one tap to a calm plan, what not to do first,
 * the scam check offered.
 */
export const ONLY_OPENED: Journey = journey({
  answers: { ...FRONT_DOOR, 'what-happened': 'opened' },
  checks: [],
  now: ['dont-touch', 'images-off', 'check-if-scam'],
  today: ['keep-mail', 'report-mail', 'contact-mynaportal'],
  later: ['check-sender', 'expect-spam'],
  walk: async (page) => {
    await throughFrontDoor(page);
    await answer(page, 'what-happened', 'メール・SMSを受け取った・開いただけ');
    await expectPlanScreen(page);
  },
});

/** "Not done anything yet, is it a scam?": the check asks five questions; the mail offered points, so the verdict is "scam". */
export const SCAM_CHECK: Journey = journey({
  flowData: checkFlow,
  stepTexts: jaCheck.steps,
  answers: {
    points: 'yes',
    'asks-details': 'no',
    pressure: 'no',
    sender: 'unsure',
    'after-genuine': 'no',
  },
  checks: [],
  now: ['verdict-scam', 'did-more', 'dont-click'],
  today: ['report-mail', 'keep-mail'],
  later: ['only-opened-ok'],
  walk: async (page) => {
    await throughFrontDoor(page);
    await answer(page, 'what-happened', 'まだ何もしていない。詐欺かどうか確かめたい');
    await answerCheck(page, 'points', '書かれている');
    await answerCheck(page, 'asks-details', '求めていない');
    await answerCheck(page, 'pressure', 'そうではない');
    await answerCheck(page, 'sender', '見られない・わからない');
    await answerCheck(page, 'after-genuine', 'いいえ');
    await expectPlanScreen(page);
  },
});

export const CLICKED_AND_DOWNLOADED: Journey = journey({
  answers: { ...FRONT_DOOR, 'what-happened': 'clicked', downloaded: 'yes', 'money-gone': 'no' },
  checks: ['close-page'],
  now: ['airplane-mode', 'security-scan'],
  today: ['remove-app', 'keep-mail', 'report-mail', 'contact-mynaportal'],
  later: ['check-sender'],
  walk: async (page) => {
    await throughFrontDoor(page);
    await answer(page, 'what-happened', 'メール・SMSのリンクを開いた');
    await answer(page, 'downloaded', 'した');
    await answer(page, 'money-gone', 'ない');
    await expectPlanScreen(page);
  },
});

export const CARD_SENT_MONEY_GONE: Journey = journey({
  answers: {
    ...FRONT_DOOR,
    'what-happened': 'entered',
    sent: 'sent',
    'what-entered': ['card'],
    downloaded: 'no',
    'money-gone': 'yes',
  },
  checks: ['close-page'],
  now: ['call-card-issuer', 'police', 'call-mynumber'],
  today: [
    'consumer-188',
    'delete-payment',
    'security-scan',
    'keep-mail',
    'report-mail',
    'second-contact',
    'contact-mynaportal',
  ],
  later: ['watch-statements', 'check-sender'],
  walk: async (page) => {
    await throughFrontDoor(page);
    await answer(page, 'what-happened', '開いたページに情報を入力した');
    await answer(page, 'sent', '送信した(ボタンを押した)');
    await answerAll(page, 'what-entered', ['クレジットカードの情報']);
    await answer(page, 'downloaded', 'していない');
    await answer(page, 'money-gone', 'ある');
    await expectPlanScreen(page);
  },
});

/** Screenshots for people to look at (README, reviews); not compared. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
