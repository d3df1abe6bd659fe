/**
 * Shared helpers for the end-to-end tests.
 *
 * Every spec imports `test` and `expect` from here, never from @playwright/test: the `page` fixture
 * below fails a test that throws in the page, logs a console error, asks any origin but the app's
 * own, or trips the Content-Security-Policy. The app promises to send nothing anywhere.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import flowJson from '../../flows/mynaportal-phishing.json' with { type: 'json' };
import jaCommon from '../../src/i18n/locales/ja/common.json' with { type: 'json' };
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json' with { type: 'json' };
import checkFlowJson from '../../flows/is-it-a-scam.json' with { type: 'json' };
import jaCheck from '../../src/i18n/locales/ja/is-it-a-scam.json' with { type: 'json' };

export { expect };
export { jaCommon, jaFlow };

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
// Flow data, and an independent oracle for the plan (the rule in src/flow/plan.ts, restated).

type Condition =
  | { is: string[] }
  | { has: string[] }
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition };
type Answers = Record<string, string | string[]>;
interface FlowData {
  id: string;
  start: string;
  steps: Record<string, { when?: Condition }>;
  order: { when?: Condition; steps: string[] }[];
}

export const flow = flowJson as unknown as FlowData;
/** The "is this mail a scam?" check, which "only opened" continues in. */
export const checkFlow = checkFlowJson as unknown as FlowData;
export const PROGRESS_KEY = `first-aid:progress:${flow.id}`;

function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('is' in condition) return answers[condition.is[0] ?? ''] === condition.is[1];
  if ('has' in condition) {
    const answer = answers[condition.has[0] ?? ''];
    return Array.isArray(answer) && answer.includes(condition.has[1] ?? '');
  }
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  return !holds(condition.not, answers);
}

/** The step ids the flow file gives for these answers: the first order rule that holds, each step filtered by its own `when`. */
export function planFromFlowData(answers: Answers, data: FlowData = flow): string[] {
  const rule = data.order.find((r) => holds(r.when, answers));
  if (!rule) return [];
  return rule.steps.filter((id) => holds(data.steps[id]?.when, answers));
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

/** Opens the app and waits for its first screen. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
}

/** The first question, as a person sees it. */
export async function expectFirstQuestion(page: Page): Promise<void> {
  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
  for (const label of Object.values(jaFlow.answers['what-happened'])) {
    await expect(page.getByRole('button', { name: label, exact: true })).toBeVisible();
  }
}

type QuestionId = keyof typeof jaFlow.questions;

/** Waits for the question's screen, then taps the answer button with this label. */
export async function answer(page: Page, question: QuestionId, label: string): Promise<void> {
  await expect(heading(page)).toHaveText(jaFlow.questions[question].title);
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

/** The step titles in the order the plan shows them. */
export const planStepLabels = (page: Page): Locator =>
  page.locator('ol.steps > li .step-title label');

/** The plan's list item for the step with this title. */
export const planStep = (page: Page, title: string): Locator =>
  page
    .locator('ol.steps > li')
    .filter({ has: page.getByRole('checkbox', { name: title, exact: true }) });

// ---------------------------------------------------------------------------------------------
// The three journeys. Each lists its step ids by hand, so an accidental change to the flow's
// order fails here, and the answers it gives, so the ids can be checked against the flow file.

export interface Journey {
  /** The flow whose plan the journey ends on, and its Japanese texts (the main flow if absent). */
  flowData?: FlowData;
  stepTexts?: Record<string, { title: string } | undefined>;
  answers: Answers;
  steps: readonly string[];
  /** Answers the questions by tapping their Japanese labels, ending on the plan. */
  walk: (page: Page) => Promise<void>;
}

/** "Only opened" continues in the scam check; the mail offered points, so the verdict is "scam". */
export const ONLY_OPENED: Journey = {
  flowData: checkFlow,
  stepTexts: jaCheck.steps,
  answers: {
    points: 'yes',
    'asks-details': 'no',
    pressure: 'no',
    sender: 'unsure',
    'after-genuine': 'no',
    'what-did-you-do': 'only-received',
  },
  steps: ['verdict-scam', 'dont-click', 'only-opened-ok', 'report-mail', 'delete-mail'],
  walk: async (page) => {
    await answer(page, 'what-happened', 'メールを受け取った・開いただけ');
    for (const [question, label] of [
      ['points', '書かれている'],
      ['asks-details', '求めていない'],
      ['pressure', 'そうではない'],
      ['sender', '見られない・わからない'],
      ['after-genuine', 'いいえ'],
      ['what-did-you-do', '受け取っただけ(開いて読んだだけ)'],
    ] as const) {
      await expect(heading(page)).toHaveText(jaCheck.questions[question].title);
      await page.getByRole('button', { name: label, exact: true }).click();
    }
    await expectPlanScreen(page);
  },
};

export const CLICKED_AND_DOWNLOADED: Journey = {
  answers: { 'what-happened': 'clicked', downloaded: 'yes', 'money-gone': 'no' },
  steps: [
    'close-page',
    'downloaded-file',
    'security-scan',
    'keep-mail',
    'report-mail',
    'check-sender',
  ],
  walk: async (page) => {
    await answer(page, 'what-happened', 'メールのリンクを開いた');
    await answer(page, 'downloaded', 'した');
    await answer(page, 'money-gone', 'ない');
    await expectPlanScreen(page);
  },
};

export const CARD_SENT_MONEY_GONE: Journey = {
  answers: {
    'what-happened': 'entered',
    sent: 'sent',
    'what-entered': ['card'],
    downloaded: 'no',
    'money-gone': 'yes',
  },
  steps: [
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
  walk: async (page) => {
    await answer(page, 'what-happened', '開いたページに情報を入力した');
    await answer(page, 'sent', '送信した(ボタンを押した)');
    await answerAll(page, 'what-entered', ['クレジットカードの情報']);
    await answer(page, 'downloaded', 'していない');
    await answer(page, 'money-gone', 'ある');
    await expectPlanScreen(page);
  },
};

/** Screenshots for people to look at (README, reviews); not compared. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
