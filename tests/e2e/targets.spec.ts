/**
 * Targets a shaking thumb can hit. On a 390 × 844 phone, every screen the app shows (each question
 * of each flow, its "choose at least one" error, the plan of each covering walk with its folded
 * parts opened, the restart question, "My record", the language list) has no visible control under
 * 44 × 44 CSS px: buttons, links, fields, summaries, labels around a field. A tick box may look
 * smaller when it sits inside a label of at least 44 × 44 px, or when, labelled from beside it,
 * the whole 44 px square centred on it hits the box or its label (that label's box covers the
 * row, src/app/styles.css). The skip link is off-screen until focused, and is measured focused.
 * Offenders are named in the failure.
 */
import type { Page } from '@playwright/test';
import {
  FLOWS,
  MAIN_FLOW,
  answerQuestion,
  coveringWalks,
  openAllDetails,
  readTexts,
  text,
} from './locale-support';
import { expect, heading, openApp, test } from './support';

const MIN = 44;
const PHONE = { width: 390, height: 844 };
const JA = readTexts('ja');

/** "button 「番号をコピー 188」 30 × 40 px" for every control under MIN × MIN on the screen. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      'button, a[href], input, select, textarea, summary, label:has(input, select, textarea)';
    const nameOf = (el: HTMLElement) => {
      const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []) : [];
      const name =
        el.getAttribute('aria-label') ||
        labels.map((l) => l.innerText).join(' ') ||
        el.innerText ||
        el.getAttribute('value') ||
        '';
      return name.replace(/\s+/g, ' ').trim().slice(0, 40);
    };
    /** Whether a tap anywhere in the MIN square centred on the box reaches the box or its label. */
    const tapAreaIsLargeEnough = (box: HTMLInputElement) => {
      box.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = box.getBoundingClientRect();
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      const steps = [-0.5, -0.25, 0, 0.25, 0.5].map((f) => f * (min - 2));
      return steps.every((dx) =>
        steps.every((dy) => {
          const hit = document.elementFromPoint(cx + dx, cy + dy);
          return (
            !!hit &&
            (hit === box || Array.from(box.labels ?? []).some((label) => label.contains(hit)))
          );
        }),
      );
    };
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('[hidden], [aria-hidden="true"], details:not([open]) > :not(summary)')) {
        continue;
      }
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Off-screen until focused (the skip link): measured on its own, focused.
      if (r.right <= 0 || r.left >= window.innerWidth) continue;
      if (r.width >= min && r.height >= min) continue;
      const tickBox =
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
      const wrapping = el.closest('label')?.getBoundingClientRect();
      const inBigLabel = !!wrapping && wrapping.width >= min && wrapping.height >= min;
      if (tickBox && (inBigLabel || tapAreaIsLargeEnough(el))) continue;
      const kind = el instanceof HTMLInputElement ? `input[${el.type}]` : el.tagName.toLowerCase();
      found.push(`${kind} 「${nameOf(el)}」 ${Math.round(r.width)} × ${Math.round(r.height)} px`);
    }
    return found;
  }, MIN);
}

test(`every control on every screen is at least ${MIN} × ${MIN} px at ${PHONE.width} × ${PHONE.height}`, async ({
  page,
}) => {
  test.setTimeout(240_000); // Every walk through every flow, on a busy machine.
  await page.setViewportSize(PHONE);
  const checked: string[] = [];
  const offenders: string[] = [];
  const check = async (screen: string) => {
    if (checked.includes(screen)) return;
    checked.push(screen);
    for (const small of await smallTargets(page)) offenders.push(`${screen}: ${small}`);
  };

  await openApp(page);
  // The skip link, where it shows: when the keyboard reaches it first.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  if (!box || box.width < MIN || box.height < MIN) {
    offenders.push(`skip link focused: ${box?.width ?? 0} × ${box?.height ?? 0} px`);
  }
  await page.getByRole('button', { name: 'Language' }).click();
  await check('language list open');
  await page.keyboard.press('Escape');

  const walks = coveringWalks();
  for (const [index, walk] of walks.entries()) {
    await page.evaluate(() => localStorage.clear());
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    for (const move of walk.moves) await answerQuestion(page, JA, move, check);

    await expect(heading(page)).toHaveText(text(JA, 'common', 'plan.heading'));
    await openAllDetails(page);
    await check(`${walk.planFlow} plan ${index + 1} (${walk.steps.length} steps)`);

    if (index === 0) {
      await page.getByRole('button', { name: text(JA, 'common', 'plan.restart') }).click();
      await check('restart question');
      await page.getByRole('button', { name: text(JA, 'common', 'plan.restartNo') }).click();
    }

    await page.getByRole('button', { name: text(JA, 'record', 'open'), exact: true }).click();
    await expect(heading(page)).toHaveText(text(JA, 'record', 'heading'));
    await check(`my record after plan ${index + 1}`);
  }

  console.log(`targets: ${checked.length} screens over ${walks.length} walks checked`);
  expect(checked.some((s) => s.includes('choose at least one'))).toBe(true);
  // Every question of the main flow, the front door's included (what arrived, who it claimed to
  // be, what happened on the call).
  expect(checked).toEqual(
    expect.arrayContaining(
      Object.keys(FLOWS[MAIN_FLOW]?.questions ?? {}).map((q) => `${MAIN_FLOW}:${q}`),
    ),
  );
  expect(offenders, `controls under ${MIN} × ${MIN} px`).toEqual([]);
});
