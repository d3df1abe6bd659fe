/**
 * A journey in every language the app ships (src/i18n/languages.ts: a new language is covered
 * without a change here). The language is chosen before the page loads, as a returning visitor's
 * choice would be; then the person says they entered card details, sent them, and money is gone.
 * The first question, the plan's heading and every step title are that language's (read from its
 * locale files), <html lang> names it, nothing scrolls sideways or overflows at 320 px, the plan
 * passes axe, and a 375 px screenshot of the plan is kept with the test's output.
 */
import AxeBuilder from '@axe-core/playwright';
import { LANGUAGES } from '../../src/i18n/languages';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import { textContentOf } from './readings-support';
import {
  CARD_SENT_MONEY_GONE,
  atOpenHours,
  expect,
  heading,
  planStepLabels,
  test,
} from './support';
import {
  FLOWS,
  MAIN_FLOW,
  answerQuestion,
  appReady,
  layoutProblems,
  leaves,
  openAllDetails,
  readTexts,
  subtree,
  text,
  walkFor,
  type Texts,
} from './locale-support';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Colours and target sizes are the same in every language; tests/e2e/a11y.spec.ts checks them in
 * light and dark mode on every screen. Contrast is nearly all of axe's time on a long plan (here
 * about 3 s, against 0.3 s for every other rule), so here axe checks what a translation can break:
 * names, labels, headings, lang attributes, landmarks, structure.
 */
const LANGUAGE_BLIND_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];
const NARROW = 320;
const PHONE = 375;

/** <html lang>: plain Japanese is still Japanese to a browser or screen reader. */
const htmlLang = (lng: string) => (lng === 'ja-easy' ? 'ja' : lng);

const journey = walkFor(CARD_SENT_MONEY_GONE.answers);
const JAPANESE = readTexts('ja');
/** The first question's title, hint and answer labels (a translation may keep some as they are). */
const FIRST_QUESTION = FLOWS[MAIN_FLOW]?.start ?? '';
const firstScreenTexts = (texts: Texts): string[] => [
  text(texts, MAIN_FLOW, `questions.${FIRST_QUESTION}.title`),
  text(texts, MAIN_FLOW, `questions.${FIRST_QUESTION}.hint`),
  ...leaves(subtree(texts, MAIN_FLOW, `answers.${FIRST_QUESTION}`)).map(([, label]) =>
    String(label),
  ),
];

for (const lng of LANGUAGES) {
  test(`${lng}: a journey to the plan in ${lng}, lang="${htmlLang(lng)}", fitting ${NARROW} px, passing axe`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(60_000); // A whole journey, a full-page screenshot and axe, on a busy machine.
    // Every line open: the plan keeps the flow file's order.
    await atOpenHours(page);
    const texts = readTexts(lng);
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      LANGUAGE_KEY,
      lng,
    ] as const);
    await page.setViewportSize({ width: NARROW, height: 640 });
    await page.goto('/');
    await appReady(page);

    const [firstTitle = '', firstHint = ''] = firstScreenTexts(texts);
    if (lng !== 'ja') {
      // Else a language the app silently shows in Japanese would pass.
      expect(
        firstScreenTexts(texts),
        'the first question differs from the Japanese one',
      ).not.toEqual(firstScreenTexts(JAPANESE));
    }
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lng));
    // やさしい日本語 draws its readings as ruby: the text holds each one after its kanji.
    await expect(heading(page)).toHaveText(textContentOf(firstTitle));
    await expect(page.getByText(textContentOf(firstHint), { exact: true })).toBeVisible();
    // Soft: the test goes on to the plan, its screenshot and axe, and reports everything at once.
    expect.soft(await layoutProblems(page), `first question at ${NARROW} px`).toEqual([]);

    for (const move of journey.moves) await answerQuestion(page, texts, move);

    await expect(heading(page)).toHaveText(textContentOf(text(texts, 'common', 'plan.heading')));
    await expect(planStepLabels(page)).toHaveText(
      journey.steps.map((s) => textContentOf(text(texts, MAIN_FLOW, `steps.${s}.title`))),
    );
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lng));

    // The plan as a phone shows it first (sources folded), for people to look at.
    await page.setViewportSize({ width: PHONE, height: 800 });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: testInfo.outputPath(`plan-${lng}.png`), fullPage: true });

    await page.setViewportSize({ width: NARROW, height: 640 });
    await openAllDetails(page);
    expect.soft(await layoutProblems(page), `plan at ${NARROW} px`).toEqual([]);

    const started = Date.now();
    // Legacy mode runs axe in the page itself; the default finishes in a second, blank page,
    // which costs more than the checks.
    // options() replaces every option set before it (the tags, the disabled rules): it comes first.
    const axe = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .setLegacyMode(true)
      .withTags(AXE_TAGS)
      .disableRules(LANGUAGE_BLIND_RULES)
      .analyze();
    const found = axe.violations.map(
      (v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(found, `axe on the plan in ${lng}`).toEqual([]);
    testInfo.annotations.push({ type: 'axe', description: `${Date.now() - started} ms` });
  });
}
