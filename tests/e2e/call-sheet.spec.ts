import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import enRecord from '../../src/i18n/locales/en/record.json' with { type: 'json' };
import jaRecord from '../../src/i18n/locales/ja/record.json' with { type: 'json' };
import { LANGUAGE_KEY } from '../../src/progress/keys';
import {
  CARD_SENT_MONEY_GONE,
  PROGRESS_KEY,
  expect,
  heading,
  jaCommon,
  openApp,
  test,
} from './support';

const NOW = new Date('2026-11-29T10:15:00+09:00');
const { fields, payments } = jaRecord.details;

/** A card incident answered earlier, stored as the app stores it; then "My record" opened. */
async function openRecordOf(page: Page, lng: 'ja' | 'en' = 'ja') {
  await page.clock.setFixedTime(NOW);
  await openApp(page);
  const record = {
    v: 4,
    flowId: 'mynaportal-phishing',
    flowVersion: 1,
    answers: CARD_SENT_MONEY_GONE.answers,
    answeredAt: '2026-11-29T01:00:00.000Z',
    ticks: {},
    unticked: {},
    notes: {},
    mailArrivedAt: '',
    details: {},
    updatedAt: '2026-11-29T01:00:00.000Z',
  };
  await page.evaluate(
    ({ key, value, languageKey, language }) => {
      localStorage.setItem(key, value);
      localStorage.setItem(languageKey, language);
    },
    { key: PROGRESS_KEY, value: JSON.stringify(record), languageKey: LANGUAGE_KEY, language: lng },
  );
  await page.reload();
  const open = lng === 'ja' ? jaRecord.open : enRecord.open;
  await page.getByRole('button', { name: open, exact: true }).click();
  await expect(heading(page)).toHaveText(lng === 'ja' ? jaRecord.heading : enRecord.heading);
}

const stored = (page: Page) => page.evaluate(() => JSON.stringify(localStorage));

test('keeps what the call will ask with the record, after a reload too', async ({ page }) => {
  await openRecordOf(page);
  const details = page.getByRole('region', { name: jaRecord.details.heading });
  await details.getByLabel(fields.company, { exact: true }).fill('みらいカード');
  await details.getByLabel(fields.noticedAt, { exact: true }).fill('2026-11-29T09:30');
  await details.getByLabel(fields.amount, { exact: true }).fill('3万円');
  await details.getByLabel(fields.payment, { exact: true }).selectOption({ label: payments.card });
  await details.getByRole('button', { name: jaRecord.details.save, exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(jaRecord.details.saved);
  expect(await stored(page)).toContain('みらいカード');

  await page.reload();
  await page.getByRole('button', { name: jaRecord.open, exact: true }).click();
  await expect(details.getByLabel(fields.company, { exact: true })).toHaveValue('みらいカード');
  await expect(details.getByLabel(fields.noticedAt, { exact: true })).toHaveValue(
    '2026-11-29T09:30',
  );
  await expect(details.getByLabel(fields.amount, { exact: true })).toHaveValue('3万円');
  await expect(details.getByLabel(fields.payment, { exact: true })).toHaveValue('card');
});

test('refuses a card number typed into a field, and never stores it', async ({ page }) => {
  await openRecordOf(page);
  const details = page.getByRole('region', { name: jaRecord.details.heading });
  const amount = details.getByLabel(fields.amount, { exact: true });
  await amount.fill('4111 1111 1111 1111');
  await details.getByRole('button', { name: jaRecord.details.save, exact: true }).click();
  await expect(details.getByRole('alert')).toHaveText(jaRecord.stepNote.secret.card);
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  expect(await stored(page)).not.toContain('4111');
});

test('puts three statement checks in the calendar: a week, a month and three months on', async ({
  page,
}) => {
  await openRecordOf(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: jaRecord.keep.calendar, exact: true }).click(),
  ]);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => e.summary)).toEqual([
    jaRecord.ics.week,
    jaRecord.ics.month,
    jaRecord.ics.threeMonths,
  ]);
  expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
    '2026-12-06T01:00:00.000Z', // 10:00 in Tokyo, a week later
    '2026-12-29T01:00:00.000Z', // a month later
    '2027-02-28T01:00:00.000Z', // three months later: February has no 29th in 2027
  ]);
  for (const event of events) {
    expect(event.component.getAllSubcomponents('valarm')).toHaveLength(1);
  }
});

test('in English, carries the Japanese to read out and the numbers to tap', async ({ page }) => {
  await openRecordOf(page, 'en');
  const details = page.getByRole('region', { name: enRecord.details.heading });
  // Each label has its Japanese beside it, so the person can point at it or read it out.
  const company = details.getByLabel(`${enRecord.details.fields.company} · ${fields.company}`, {
    exact: true,
  });
  await company.fill('Mirai Card');
  await details
    .getByLabel(`${enRecord.details.fields.payment} · ${fields.payment}`, { exact: true })
    .selectOption({ label: enRecord.details.payments.bank });
  await details.getByRole('button', { name: enRecord.details.save, exact: true }).click();

  const readOut = page.locator('.record .read-out-text');
  await expect(readOut).toHaveAttribute('lang', 'ja');
  await expect(readOut).toContainText(jaCommon.script.opening);
  await expect(readOut).toContainText(`${fields.company}: Mirai Card`);
  await expect(readOut).toContainText(`${fields.payment}: ${payments.bank}`);

  const hotlines = page.getByRole('region', { name: enRecord.hotlines.heading });
  await expect(hotlines.getByRole('link', { name: '188', exact: true })).toHaveAttribute(
    'href',
    'tel:188',
  );
  await expect(hotlines.getByRole('link', { name: '#9110', exact: true })).toHaveAttribute(
    'href',
    'tel:%239110',
  );
});
