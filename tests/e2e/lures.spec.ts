/**
 * Every lure, in Japanese and in English: the front door (what arrived, who it claimed to be),
 * then "entered information and sent it", what that lure's victims typically type, nothing
 * installed, no money gone. The plan's first "now" card, below the "have you closed the page?"
 * check, is the step that protects what was typed, and the lure's own "contact them the real way"
 * step is listed under 今日中に. And the phone call: a person who paid hangs up first, and the
 * police are in "now".
 *
 * The lures are read from flows/lures/ when the tests run: a new lure file gets its tests, and
 * they fail until the lure has its line in the oracle below.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { textContentOf } from './readings-support';
import {
  atOpenHours,
  expect,
  flowTexts,
  heading,
  jaCommon,
  openApp,
  planCheck,
  planStep,
  test,
  throughFrontDoor,
  unfold,
} from './support';

// ---------------------------------------------------------------------------------------------
// The oracle, declared here by hand and independent of the flow files: for each lure, how its
// message usually arrives, what its victims typically type into the fake page (an option of
// 「何を入力しましたか?」), and the step that must then come first among the "now" cards.
// Securities companies, mobile carriers, Apple / Google accounts and shopping sites ask for a
// login: the flow has one option for every such ID and password ("password").

interface LureOracle {
  arrives: 'mail' | 'sms';
  types: string;
  first: string;
}

const ORACLE: Record<string, LureOracle | undefined> = {
  mynaportal: { arrives: 'mail', types: 'mynaportal', first: 'change-pin' },
  nta: { arrives: 'sms', types: 'card', first: 'call-card-issuer' },
  card: { arrives: 'mail', types: 'card', first: 'call-card-issuer' },
  bank: { arrives: 'mail', types: 'bank', first: 'call-bank' },
  securities: { arrives: 'mail', types: 'password', first: 'call-securities' },
  shopping: { arrives: 'mail', types: 'password', first: 'change-passwords' },
  delivery: { arrives: 'sms', types: 'card', first: 'call-card-issuer' },
  carrier: { arrives: 'sms', types: 'password', first: 'stop-carrier-billing' },
  utility: { arrives: 'sms', types: 'card', first: 'call-card-issuer' },
  etc: { arrives: 'sms', types: 'card', first: 'call-card-issuer' },
  account: { arrives: 'mail', types: 'password', first: 'secure-account' },
};

// ---------------------------------------------------------------------------------------------

const LURES_DIR = new URL('../../flows/lures/', import.meta.url);
/** Each lure file's id, read now (not when the spec was written). */
const LURE_IDS: string[] = readdirSync(LURES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => (JSON.parse(readFileSync(new URL(name, LURES_DIR), 'utf8')) as { id: string }).id);

interface FlowTexts {
  questions: Record<string, { title: string } | undefined>;
  answers: Record<string, Record<string, string> | undefined>;
  steps: Record<string, { title: string } | undefined>;
}
interface Texts {
  flow: FlowTexts;
  common: typeof jaCommon;
}

const readLocale = (lng: string, ns: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../src/i18n/locales/${lng}/${ns}.json`, import.meta.url), 'utf8'),
  );
const textsOf = (lng: string): Texts => ({
  // With every lure's strings (src/i18n/locales/<lng>/lures/), as the screens read them.
  flow: flowTexts(lng),
  common: readLocale(lng, 'common') as typeof jaCommon,
});

const LANGUAGES = [
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
] as const;

/** An answer's label; `lure`: the lure picked, whose own label for the answer wins (its "labels"). */
function label(t: Texts, question: string, answer: string, lure?: string): string {
  const found =
    (lure && t.flow.answers[question]?.[`${answer}_${lure}`]) || t.flow.answers[question]?.[answer];
  if (!found) throw new Error(`No label for the answer ${question}: ${answer}`);
  return found;
}
function title(t: Texts, step: string): string {
  const found = t.flow.steps[step]?.title;
  if (!found) throw new Error(`No title for the step ${step}`);
  return textContentOf(found);
}

/** Waits for the question's screen, then taps the answer. */
async function tap(page: Page, t: Texts, question: string, answer: string): Promise<void> {
  await expect(heading(page)).toHaveText(textContentOf(t.flow.questions[question]?.title ?? ''));
  await page.getByRole('button', { name: label(t, question, answer), exact: true }).click();
}

/** The "now" cards' list, under its heading 「今すぐ」. */
async function nowCards(page: Page, t: Texts) {
  const now = page.locator('.plan .plan-now');
  await expect(now.getByRole('heading', { level: 2 })).toHaveText(t.common.plan.now);
  return now.locator('li.now-card');
}

for (const [lng, locale] of LANGUAGES) {
  test.describe(`in ${lng}`, () => {
    test.use({ locale });
    const t = textsOf(lng);

    test.beforeEach(async ({ page }) => {
      // Every line open: the plan keeps the flow file's order (a closed line's step goes later).
      await atOpenHours(page);
    });

    for (const lure of LURE_IDS) {
      test(`${lure}: typed in and sent, the first "now" card protects what was typed; the lure's own step is for today`, async ({
        page,
      }) => {
        const oracle = ORACLE[lure];
        if (!oracle) {
          throw new Error(
            `flows/lures/${lure}.json has no line in the oracle of tests/e2e/lures.spec.ts: say how its message arrives, what its victims type and which step must come first`,
          );
        }
        await openApp(page);
        await throughFrontDoor(page, lng, { arrived: oracle.arrives, claimed: lure });
        await tap(page, t, 'what-happened', 'entered');
        await tap(page, t, 'sent', 'sent');
        await expect(heading(page)).toHaveText(t.flow.questions['what-entered']?.title ?? '');
        await page
          .getByLabel(label(t, 'what-entered', oracle.types, lure), { exact: true })
          .check();
        await page.getByRole('button', { name: t.common.question.next, exact: true }).click();
        await tap(page, t, 'downloaded', 'no');
        await tap(page, t, 'money-gone', 'no');
        await expect(heading(page)).toHaveText(t.common.plan.heading);

        // "Have you closed the page?" on top, then the protective step as the first card.
        const check = planCheck(page, title(t, 'close-page'));
        await expect(check).toBeVisible();
        const first = (await nowCards(page, t)).first();
        await expect(first.locator('.step-title')).toHaveText(title(t, oracle.first));
        expect((await check.boundingBox())?.y ?? Infinity).toBeLessThan(
          (await first.boundingBox())?.y ?? 0,
        );

        // The lure's own step, folded under 「今日中に」 and shown once that is opened.
        const contact = title(t, `contact-${lure}`);
        const today = page.locator('.plan details.plan-today');
        await expect(today.locator('li.step-row .step-title')).toContainText([contact]);
        await unfold(today);
        await expect(planStep(page, contact).locator('.step-title')).toBeVisible();
        // No other lure's step.
        for (const other of LURE_IDS.filter((id) => id !== lure)) {
          await expect(planStep(page, title(t, `contact-${other}`))).toHaveCount(0);
        }
      });
    }

    test('a phone call, money paid: hang up first, and the police are in "now"', async ({
      page,
    }) => {
      await openApp(page);
      await tap(page, t, 'arrived', 'call');
      await tap(page, t, 'call-what', 'paid');
      await expect(heading(page)).toHaveText(t.common.plan.heading);

      const cards = await nowCards(page, t);
      await expect(cards.first().locator('.step-title')).toHaveText(title(t, 'hang-up'));
      await expect(cards.locator('.step-title')).toContainText([title(t, 'police')]);
    });
  });
}
