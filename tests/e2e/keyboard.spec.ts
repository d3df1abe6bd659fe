/**
 * A whole journey with the keyboard alone (Tab, Shift+Tab, Space, Enter), ticks included, with a
 * visible focus ring at every stop; focus moves to each new screen's heading; ticks and restarts
 * are announced through a status region that was there before; the restart question takes focus
 * and gives it back.
 */
import type { Page } from '@playwright/test';
import {
  FIRST_QUESTION,
  FRONT_DOOR,
  expect,
  heading,
  jaCommon,
  jaFlow,
  openApp,
  test,
} from './support';

interface Stop {
  tag: string;
  name: string;
  focusVisible: boolean;
  outline: string;
  outlineWidth: number;
  boxShadow: string;
}

/** The focused element, named as a person hears it (label, aria-label or text). */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const labels = el instanceof HTMLInputElement ? Array.from(el.labels ?? []) : [];
    const name =
      labels.map((l) => l.textContent ?? '').join(' ') ||
      el.getAttribute('aria-label') ||
      el.textContent ||
      '';
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name: name.trim(),
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      boxShadow: style.boxShadow,
    };
  });
}

function expectRing(stop: Stop | null, where: string): asserts stop is Stop {
  expect(stop, `something has focus ${where}`).not.toBeNull();
  if (!stop) return;
  const what = `${stop.tag} "${stop.name.slice(0, 40)}" ${where}`;
  expect(stop.focusVisible, `${what} matches :focus-visible`).toBe(true);
  const outlined = stop.outline !== 'none' && stop.outlineWidth >= 2;
  const shadowed = stop.boxShadow !== 'none' && stop.boxShadow !== '';
  expect(outlined || shadowed, `${what} shows a focus ring`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until the control with this name has focus, checking each stop. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= 120; presses += 1) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    expectRing(stop, `after ${presses} × ${key} on the way to "${name}"`);
    if (stop.name === name) return presses;
  }
  throw new Error(`"${name}" never took focus`);
}

async function expectScreen(page: Page, title: string) {
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
  expectRing(await focused(page), `on the new screen "${title}"`);
}

test('a whole journey, ticks included, with Tab, Shift+Tab, Space and Enter only', async ({
  page,
}) => {
  test.setTimeout(90_000); // Many key presses, each checked; slow when the machine is busy.
  const common = jaCommon;
  const status = page.getByRole('status');
  await openApp(page);
  // The status region is there, empty, before anything is announced.
  await expect(status).toBeAttached();
  await expect(status).toHaveText('');

  // The skip link comes first, shows itself, is big enough to tap, and leads into the page.
  expect(await tabTo(page, common.app.skip)).toBe(1);
  const skip = await page.getByRole('link', { name: common.app.skip }).boundingBox();
  expect(skip?.width).toBeGreaterThanOrEqual(44);
  expect(skip?.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const a = jaFlow.answers;
  // The front door: what arrived, and who it claimed to be.
  await tabTo(page, a.arrived[FRONT_DOOR.arrived]);
  await page.keyboard.press('Enter');
  await expectScreen(page, jaFlow.questions.claimed.title);
  await tabTo(page, a.claimed[FRONT_DOOR.claimed]);
  await page.keyboard.press('Space');

  await expectScreen(page, jaFlow.questions['what-happened'].title);
  await tabTo(page, a['what-happened'].entered);
  await page.keyboard.press('Enter');

  await expectScreen(page, jaFlow.questions.sent.title);
  await tabTo(page, a.sent.sent);
  await page.keyboard.press('Space');

  await expectScreen(page, jaFlow.questions['what-entered'].title);
  await tabTo(page, a['what-entered'].card);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: a['what-entered'].card })).toBeChecked();
  await tabTo(page, a['what-entered'].password);
  await page.keyboard.press('Space');
  // One too far, and back again: untick the last one with Shift+Tab and Space.
  await tabTo(page, a['what-entered'].personal);
  await tabTo(page, a['what-entered'].password, 'Shift+Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: a['what-entered'].password })).toBeChecked();
  await tabTo(page, common.question.next);
  await page.keyboard.press('Enter');

  await expectScreen(page, jaFlow.questions.downloaded.title);
  // Back, with the keyboard, and forward again.
  await tabTo(page, common.question.back);
  await page.keyboard.press('Enter');
  await expectScreen(page, jaFlow.questions['what-entered'].title);
  await expect(page.getByRole('checkbox', { name: a['what-entered'].card })).toBeChecked();
  await tabTo(page, common.question.next);
  await page.keyboard.press('Enter');
  await expectScreen(page, jaFlow.questions.downloaded.title);
  await tabTo(page, a.downloaded.no);
  await page.keyboard.press('Enter');

  await expectScreen(page, jaFlow.questions['money-gone'].title);
  await tabTo(page, a['money-gone'].yes);
  await page.keyboard.press('Space');

  await expectScreen(page, common.plan.heading);
  // The one-line check on top: "have you closed the page?", ticked with its "closed" box.
  const closePage = jaFlow.steps['close-page'].title;
  await tabTo(page, common.plan.checkDone);
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('checkbox', { name: new RegExp(`^${common.plan.checkDone}`) }),
  ).toBeChecked();
  await expect(status).toContainText(closePage);

  const callCard = jaFlow.steps['call-card-issuer'].title;
  await tabTo(page, callCard);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: callCard })).toBeChecked();
  await expect(status).toContainText(callCard);
  // Untick it again with Space: that is announced too.
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: callCard })).not.toBeChecked();
  await expect(status).toHaveText(common.status.unticked.replace('{{step}}', callCard));

  // A step's details open with Enter, and its sources inside them.
  await tabTo(page, common.plan.more);
  await page.keyboard.press('Enter');
  await expect(page.locator('details[open]')).toHaveCount(1);
  await expect(
    page.locator('.plan li.now-card').first().locator('details.step-more'),
  ).toHaveAttribute('open', '');
  await tabTo(page, common.plan.sources);
  await page.keyboard.press('Enter');
  await expect(page.locator('details[open]')).toHaveCount(2);
  // So does a folded part of the plan.
  const today = page.locator('.plan details.plan-today');
  await tabTo(page, (await today.locator(':scope > summary').textContent()) ?? '');
  await page.keyboard.press('Enter');
  await expect(today).toHaveAttribute('open', '');

  // "Start over" asks first; cancelling gives focus back to it.
  await tabTo(page, common.plan.restart);
  await page.keyboard.press('Enter');
  await expect(page.getByText(common.plan.restartConfirm, { exact: true })).toBeFocused();
  await tabTo(page, common.plan.restartNo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: common.plan.restart, exact: true })).toBeFocused();
  expectRing(await focused(page), 'back on "start over" after cancelling');

  await page.keyboard.press('Space');
  await tabTo(page, common.plan.restartYes);
  await page.keyboard.press('Enter');
  await expectScreen(page, jaFlow.questions[FIRST_QUESTION].title);
  await expect(status).toHaveText(common.status.restarted);
});
