import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import enRecord from '../../src/i18n/locales/en/record.json' with { type: 'json' };
import jaRecord from '../../src/i18n/locales/ja/record.json' with { type: 'json' };
import { KEY_PREFIX } from '../../src/progress/keys';
import {
  CARD_SENT_MONEY_GONE,
  expect,
  expectFirstQuestion,
  heading,
  jaCommon,
  jaFlow,
  openApp,
  openStep,
  planCheck,
  planStep,
  saveScreen,
  stepCheckbox,
  test,
  titlesOf,
  unfold,
} from './support';

const NOW = new Date('2026-11-29T10:15:00+09:00');
const [closePage = '', callCard = '', police = ''] = titlesOf([
  'close-page',
  'call-card-issuer',
  'police',
]);

/** Pages in a PDF: page objects (not the /Pages tree). Chromium writes them uncompressed. */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;

async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync(`test-results/screens/${name}.pdf`, pdf);
  // The screenshot at the printed page's width (A4 less the margins, at 96 px to the inch).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 688, height: 1032 });
  await saveScreen(page, name);
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The step's note form, opened as a person opens it: 「詳しく・電話で言うこと」, then 「メモを書く」. */
async function openNote(page: Page, title: string): Promise<Locator> {
  const step = await openStep(page, title);
  const note = step.locator('details.step-note-toggle');
  await expect(note.locator(':scope > summary')).toHaveText(jaCommon.plan.writeNote);
  await unfold(note);
  return step;
}

/** Writes the step's note (who was spoken to, the reference number), then ticks the step. */
async function noteAndTick(page: Page, title: string, note: string) {
  const step = await openNote(page, title);
  await step.getByLabel(jaRecord.stepNote.label, { exact: true }).fill(note);
  await step.getByRole('button', { name: jaRecord.stepNote.save, exact: true }).click();
  // What a person sees beside the button.
  await expect(step.locator('.step-note .action-feedback')).toHaveText(jaCommon.feedback.saved);
  await (await stepCheckbox(page, title)).check();
  await expect(step.locator('.done-at')).toHaveText(/10:15/);
}

test('keeps a record of what was done, to copy, print, download and delete', async ({
  page,
  baseURL,
}) => {
  test.slow(); // A long journey, on a machine that may be busy.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.clock.setFixedTime(NOW);
  await openApp(page);
  await CARD_SENT_MONEY_GONE.walk(page);

  // A card number is refused kindly and never stored.
  const card = await openNote(page, callCard);
  await card.getByLabel(jaRecord.stepNote.label, { exact: true }).fill('4111 1111 1111 1111');
  await card.getByRole('button', { name: jaRecord.stepNote.save, exact: true }).click();
  await expect(card.getByRole('alert')).toHaveText(jaRecord.stepNote.secret.card);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('4111');

  // Closing the page is the one-line check at the top: 「閉じました」.
  await planCheck(page, closePage)
    .getByRole('checkbox', { name: jaCommon.plan.checkDone, exact: true })
    .check();
  await noteAndTick(page, callCard, '受付番号 A-2026-118734 田中さん');
  await noteAndTick(page, police, '新宿警察署 生活安全課');

  await page.getByRole('button', { name: jaRecord.open, exact: true }).click();
  await expect(heading(page)).toHaveText(jaRecord.heading);
  await expect(heading(page)).toBeFocused();
  await page.getByLabel(jaRecord.mail.label, { exact: true }).fill('2026-11-28T21:10');
  await expect(page.locator('.record-ref')).toHaveText('A-2026-118734');
  await expect(page.locator('.record-steps').first().getByRole('listitem')).toHaveText([
    // A ticked check is listed by what was done, not by its question.
    new RegExp(`10:15 ${escaped(jaFlow.steps['close-page'].done)}`),
    new RegExp(`10:15 ${escaped(callCard)}メモ: 受付番号 A-2026-118734 田中さん`),
    new RegExp(`10:15 ${escaped(police)}メモ: 新宿警察署 生活安全課`),
  ]);
  await saveScreen(page, 'record');
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // Copied as plain text.
  await page.getByRole('button', { name: jaRecord.keep.copy, exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(jaRecord.keep.copied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(jaRecord.text.title);
  expect(copied).toContain('メールが届いた日時: 2026/11/28(土) 21:10');
  expect(copied).toContain(
    `2026/11/29(日) 10:15  ${callCard}\n    メモ: 受付番号 A-2026-118734 田中さん`,
  );
  expect(copied).toContain(`2026/11/29(日) 10:15  ${jaFlow.steps['close-page'].done}\n`);
  expect(copied).not.toContain(closePage);
  // Seven: the steps still to do, the lure's own (本物のマイナポータルから確かめる) among them.
  expect(copied).toContain('■ まだのこと(7件)');

  // Printed: one clean A4 page, without the header or the buttons.
  const pdf = await printToPdf(page, 'record-print');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pageCount(pdf)).toBe(1);

  // Downloaded as text, made on the device.
  const [txt] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: jaRecord.keep.download, exact: true }).click(),
  ]);
  expect(txt.suggestedFilename()).toBe('わたしの記録-2026-11-29.txt');
  expect(txt.url()).toMatch(/^blob:/);
  const text = readFileSync(await txt.path(), 'utf8');
  expect(text.replace(/^\uFEFF/, '')).toBe(
    copied.replace(/作成: .*\n/, text.match(/作成: .*\n/)?.[0] ?? ''),
  );

  // The calendar file: three events with alarms, parsed by a maintained parser.
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: jaRecord.keep.calendar, exact: true }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe('明細の確認-2026-11-29.ics');
  const calendarText = readFileSync(await ics.path(), 'utf8');
  expect(calendarText).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const calendar = new ICAL.Component(ICAL.parse(calendarText));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => e.summary)).toEqual([
    jaRecord.ics.week,
    jaRecord.ics.month,
    jaRecord.ics.threeMonths,
  ]);
  expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
    '2026-12-06T01:00:00.000Z', // 10:00 in Tokyo, a week later
    '2026-12-29T01:00:00.000Z', // a month later
    '2027-02-28T01:00:00.000Z', // and three months later (February has no 29th in 2027)
  ]);
  for (const event of events) {
    expect(event.component.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(event.uid).toBeTruthy();
  }

  // Back to the plan, and again to the record: one tap each way.
  await page.getByRole('button', { name: jaRecord.back, exact: true }).click();
  // The plan still shows the step done at its time, and keeps its note: a done step's 「詳しく」
  // still opens, so the note can be read, or added to, after ticking.
  await expect(planStep(page, callCard).locator('.done-at')).toHaveText(
    jaCommon.plan.doneAt.replace('{{time}}', '10:15'),
  );
  const again = await openNote(page, callCard);
  const kept = again.getByLabel(jaRecord.stepNote.label, { exact: true });
  await expect(kept).toBeVisible();
  await expect(kept).toHaveValue('受付番号 A-2026-118734 田中さん');
  await page.getByRole('button', { name: jaRecord.open, exact: true }).click();

  // Delete everything: asks first, then leaves no key of the app.
  await page.getByRole('button', { name: jaRecord.delete.button, exact: true }).click();
  await page.getByRole('button', { name: jaRecord.delete.yes, exact: true }).click();
  await expectFirstQuestion(page);
  const appKeys = () =>
    page.evaluate(
      (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
      KEY_PREFIX,
    );
  expect(await appKeys()).toEqual([]);
  await page.reload();
  await expectFirstQuestion(page);
  expect(await appKeys()).toEqual([]);
});

test('prints the record on one A4 page in English too', async ({ page }) => {
  test.slow();
  await page.clock.setFixedTime(NOW);
  await openApp(page);
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('button', { name: '日本語', exact: true }).click();
  await CARD_SENT_MONEY_GONE.walk(page);
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: enRecord.open, exact: true }).click();
  await expect(heading(page)).toHaveText(enRecord.heading);
  const pdf = await printToPdf(page, 'record-print-en');
  expect(pageCount(pdf)).toBe(1);
});
