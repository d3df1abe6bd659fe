import sourcesJson from '../../flows/catalog/sources.json' with { type: 'json' };
import flowJson from '../../flows/mynaportal-phishing.json' with { type: 'json' };
import jaCatalog from '../../src/i18n/locales/ja/catalog.json' with { type: 'json' };
import jaRecord from '../../src/i18n/locales/ja/record.json' with { type: 'json' };
import { handoffOf } from '../../src/flow/path';
import {
  FIRST_QUESTION,
  answer,
  expect,
  expectPlanScreen,
  flow,
  heading,
  jaCommon,
  jaFlow,
  openApp,
  test,
  throughFrontDoor,
} from './support';
import type { Page } from '@playwright/test';

const clicked = jaFlow.answers['what-happened'].clicked;
const downloadedNo = jaFlow.answers.downloaded.no;
const downloadedYes = jaFlow.answers.downloaded.yes;
// A step on the plan whether or not a file was downloaded.
const securityScan = jaFlow.steps['security-scan'].title;

const answerButton = (page: Page, label: string) =>
  page.getByRole('button', { name: label, exact: true });

/** "Clicked the link", downloaded nothing, no money gone: the plan. */
async function toPlan(page: Page) {
  await openApp(page);
  await throughFrontDoor(page);
  await answer(page, 'what-happened', clicked);
  await answer(page, 'downloaded', downloadedNo);
  await answer(page, 'money-gone', jaFlow.answers['money-gone'].no);
  await expectPlanScreen(page);
}

/** Presses Tab until `name` has the focus, as a keyboard user would. */
async function tabTo(page: Page, name: string) {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test("the phone's Back steps back through the questions, with the answers kept", async ({
  page,
}) => {
  await openApp(page);
  await throughFrontDoor(page);
  await answer(page, 'what-happened', clicked);
  await answer(page, 'downloaded', downloadedYes);
  await expect(heading(page)).toHaveText(jaFlow.questions['money-gone'].title);

  await page.goBack();
  await expect(heading(page)).toHaveText(jaFlow.questions.downloaded.title);
  await expect(answerButton(page, downloadedYes)).toHaveAttribute('aria-pressed', 'true');

  await page.goBack();
  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
  await expect(answerButton(page, clicked)).toHaveAttribute('aria-pressed', 'true');
});

test("after the in-app 戻る, the phone's Back still goes one more step back", async ({ page }) => {
  await openApp(page);
  await throughFrontDoor(page);
  await answer(page, 'what-happened', clicked);
  await answer(page, 'downloaded', downloadedYes);
  await page.getByRole('button', { name: jaCommon.question.back, exact: true }).click();
  await expect(heading(page)).toHaveText(jaFlow.questions.downloaded.title);

  await page.goBack();
  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
});

test("the phone's Back still works after a reload", async ({ page }) => {
  await openApp(page);
  await throughFrontDoor(page);
  await answer(page, 'what-happened', clicked);
  await expect(heading(page)).toHaveText(jaFlow.questions.downloaded.title);
  await page.reload();
  await expect(heading(page)).toHaveText(jaFlow.questions.downloaded.title);

  await page.goBack();
  await expect(heading(page)).toHaveText(jaFlow.questions['what-happened'].title);
});

test("the phone's Back goes from the other flow's first question back to the question that led there", async ({
  page,
}) => {
  // Whichever first answer continues in another flow (the scam check).
  const handoff = Object.keys(flowJson.questions['what-happened'].answers).find((id) =>
    handoffOf(flow, 'what-happened', id),
  );
  const labels: Record<string, string> = jaFlow.answers['what-happened'];
  const label = handoff && labels[handoff];
  if (!label) throw new Error('No first answer continues in another flow');
  const first = jaFlow.questions['what-happened'].title;

  await openApp(page);
  await throughFrontDoor(page);
  await answerButton(page, label).click();
  await expect(heading(page)).not.toHaveText(first);

  await page.goBack();
  await expect(heading(page)).toHaveText(first);
  await expect(answerButton(page, label)).toHaveAttribute('aria-pressed', 'true');
});

test("the phone's Back goes from My record to the plan, then to the last question", async ({
  page,
}) => {
  await toPlan(page);
  await page.getByRole('button', { name: jaRecord.open, exact: true }).click();
  await expect(heading(page)).toHaveText(jaRecord.heading);

  await page.goBack();
  await expectPlanScreen(page);

  await page.goBack();
  await expect(heading(page)).toHaveText(jaFlow.questions['money-gone'].title);
});

test('changes one answer from the plan and comes straight back, the tick kept', async ({
  page,
}) => {
  await toPlan(page);
  await page.getByRole('checkbox', { name: securityScan }).check();
  const question = jaFlow.questions.downloaded.title;

  await page
    .getByRole('button', {
      name: jaCommon.plan.changeOneLabel.replace('{{question}}', question),
      exact: true,
    })
    .click();
  await expect(heading(page)).toHaveText(question);
  await expect(answerButton(page, downloadedNo)).toHaveAttribute('aria-pressed', 'true');
  await answerButton(page, downloadedYes).click();

  // Straight back: "money-gone" was answered before and is not asked again.
  await expectPlanScreen(page);
  await expect(page.getByRole('checkbox', { name: securityScan })).toBeChecked();
  const summary = page.getByRole('region', { name: jaCommon.plan.answersHeading });
  await expect(summary).toContainText(downloadedYes);
  await expect(summary).not.toContainText(downloadedNo);
});

test("the phone's Back from a question opened on the plan returns to the plan", async ({
  page,
}) => {
  await toPlan(page);
  const question = jaFlow.questions['money-gone'].title;
  await page
    .getByRole('button', { name: jaCommon.plan.changeOneLabel.replace('{{question}}', question) })
    .click();
  await expect(heading(page)).toHaveText(question);

  await page.goBack();
  await expectPlanScreen(page);
});

test('says who made the app and lists its sources, reached by keyboard', async ({ page }) => {
  await openApp(page);
  const firstQuestion = jaFlow.questions[FIRST_QUESTION].title;
  await expect(page.getByRole('contentinfo')).toContainText(jaCommon.app.unofficial);

  await tabTo(page, jaCommon.app.sources);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(jaCommon.sources.heading);
  await expect(heading(page)).toBeFocused();

  // Every source in the catalog: its name, its address as text and the month it was checked.
  const list = page.getByRole('main').getByRole('listitem');
  const sources: [string, { url?: string; checked: string }][] = Object.entries(
    sourcesJson.sources,
  );
  await expect(list).toHaveCount(sources.length);
  const names: Record<string, { name: string } | undefined> = jaCatalog.sources;
  for (const [id, source] of sources) {
    const item = list.filter({ hasText: names[id]?.name ?? `(no ja name for ${id})` });
    if (source.url) await expect(item).toContainText(source.url.replace(/^https:\/\//, ''));
    await expect(item).toContainText(jaCommon.plan.checked.replace('{{month}}', source.checked));
  }
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(0);

  await tabTo(page, jaCommon.question.back);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(firstQuestion);

  // The phone's Back closes it too.
  await page.getByRole('button', { name: jaCommon.app.sources, exact: true }).click();
  await expect(heading(page)).toHaveText(jaCommon.sources.heading);
  await page.goBack();
  await expect(heading(page)).toHaveText(firstQuestion);
});
