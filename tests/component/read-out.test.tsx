import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLaterScreens } from '../../src/app/later-screens';
import { Root } from '../../src/app/root';
import { planFor } from '../../src/flow/plan';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import type { Answers } from '../../src/flow/types';
import { I18N_OPTIONS, loadI18n } from '../../src/i18n/load-i18n';
import { resources } from '../../src/i18n/resources';
import { createI18n } from '../../src/i18n/setup';
import enCommon from '../../src/i18n/locales/en/common.json';
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import jaEasyFlow from '../../src/i18n/locales/ja-easy/mynaportal-phishing.json';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';
import jaMynaportal from '../../src/i18n/locales/ja/lures/mynaportal.json';
import koCommon from '../../src/i18n/locales/ko/common.json';
import koFlow from '../../src/i18n/locales/ko/mynaportal-phishing.json';
import viCommon from '../../src/i18n/locales/vi/common.json';
import viFlow from '../../src/i18n/locales/vi/mynaportal-phishing.json';
import { progressKey } from '../../src/progress/keys';
import { openStorage } from '../../src/progress/safe-storage';
import { nameOf } from '../e2e/readings-support';
import { CARD_SENT_MONEY_GONE, progressRecord } from '../builders';
import { renderApp } from '../test-utils';

const CARD_SENT = { answers: CARD_SENT_MONEY_GONE };
const OPENING = jaCommon.script.opening;

// The plan screen comes in a later chunk; a render that suspends on it inside testing-library's
// synchronous act() is never retried, so the chunk is fetched before the tests render.
beforeAll(async () => {
  await loadLaterScreens(createI18n('en'));
});

type User = ReturnType<typeof userEvent.setup>;

/**
 * The plan's list item of the step with this title (the plan screen arrives in its own chunk),
 * opened as a person opens it: its folded part, then its 「詳しく・電話で言うこと」.
 */
async function step(user: User, title: string | RegExp): Promise<HTMLElement> {
  const checkbox = await screen.findByRole('checkbox', { name: title });
  const item = checkbox.closest('li');
  if (!item) throw new Error(`No list item for "${title}"`);
  const part = item.closest('details');
  if (part && !part.open) await user.click(part.querySelector('summary') as HTMLElement);
  const more = item.querySelector<HTMLDetailsElement>('details.step-more');
  if (!more) throw new Error(`No details under "${title}"`);
  if (!more.open) await user.click(more.querySelector('summary') as HTMLElement);
  expect(more).toHaveAttribute('open');
  return item;
}

/** The steps of this plan that have a call script, in plan order, from the flow file. */
const scriptSteps = (answers: Answers) =>
  planFor(getFlow(MAIN_FLOW_ID), answers).filter((id) => getFlow(MAIN_FLOW_ID).steps[id]?.script);

/** The Japanese block of a step: the element marked lang="ja" under the read-out heading. */
function readOutIn(item: HTMLElement, heading: string): HTMLElement {
  const section = within(item).getByRole('heading', { level: 3, name: heading }).closest('section');
  const japanese = section?.querySelector<HTMLElement>('[lang="ja"]');
  if (!japanese) throw new Error('No Japanese block under the read-out heading');
  return japanese;
}

/** The tel: links of a step, in the order a person sees them. */
const callLinks = (item: HTMLElement) =>
  within(item)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'))
    .filter((href) => href?.startsWith('tel:'));

describe('the call script in Japanese, for a person reading another language', () => {
  it('in English, shows the same sentences in Japanese under their own heading, marked lang="ja"', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'en' });
    const item = await step(user, enFlow.steps['call-card-issuer'].title);

    // The English script is still there, for the person to understand.
    expect(within(item).getByText('What I entered: Credit card details.')).toBeInTheDocument();
    const japanese = await within(item)
      .findByText(OPENING)
      .then(() => readOutIn(item, enCommon.readOut.heading));
    const lines = [...japanese.querySelectorAll('p')].map((p) => p.textContent);
    expect(lines[0]).toBe(OPENING);
    // What to ask for comes first, then what happened.
    expect(lines[1]).toBe(jaFlow.steps['call-card-issuer'].request);
    expect(lines).toContain(jaFlow.script.intro);
    expect(lines).toContain(jaFlow.script.answers.arrived.mail);
    expect(lines).toContain(jaMynaportal.script);
    expect(lines).toContain('入力したのは、クレジットカードの情報です。');
    expect(lines).toContain('入力した情報は送信してしまいました。');
    // "SMS" is written so in Japanese too (the intro: 偽のメール・SMSなど); nothing else in Latin.
    expect(japanese.textContent.replaceAll('SMS', '')).not.toMatch(/[A-Za-z]{3,}/);
    // The person is told what the first line says, in their own language.
    expect(
      within(item).getByText(enCommon.readOut.hint.replace('{{opening}}', enCommon.script.opening)),
    ).toBeInTheDocument();
  });

  it('shows it on every step with a call script, and on no other step', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'en' });
    await step(user, enFlow.steps['call-card-issuer'].title);
    await screen.findAllByText(OPENING);
    const withScript = scriptSteps(CARD_SENT.answers);
    expect(withScript).toEqual(['call-card-issuer', 'police', 'call-mynumber', 'consumer-188']);
    for (const id of withScript) {
      const item = await step(user, enFlow.steps[id as keyof typeof enFlow.steps].title);
      expect(readOutIn(item, enCommon.readOut.heading)).toHaveTextContent(OPENING);
      // Each call's script starts with what to ask for on that call.
      const request = (jaFlow.steps as Record<string, { request?: string }>)[id]?.request;
      expect(request).toBeTruthy();
      expect(readOutIn(item, enCommon.readOut.heading)).toHaveTextContent(request ?? '');
    }
    expect(screen.getAllByRole('heading', { name: enCommon.readOut.heading })).toHaveLength(
      withScript.length,
    );
    const scan = await step(user, enFlow.steps['security-scan'].title);
    expect(within(scan).queryByText(OPENING)).toBeNull();
    const closePage = document.querySelector<HTMLElement>('.plan-check');
    expect(closePage).toHaveTextContent(enFlow.steps['close-page'].title);
    expect(within(closePage as HTMLElement).queryByText(OPENING)).toBeNull();
  });

  it('writes the done steps in Japanese, and never a note the person typed', async () => {
    renderApp({
      storedProgress: {
        ...CARD_SENT,
        ticks: {
          'close-page': '2026-11-29T01:04:00.000Z',
          police: '2026-11-29T01:05:00.000Z',
        },
        notes: { 'call-card-issuer': 'Spoke to Tanaka, ref 55501' },
      },
      lng: 'en',
    });
    const user = userEvent.setup();
    const item = await step(user, enFlow.steps['call-card-issuer'].title);
    await within(item).findByText(OPENING);
    const japanese = readOutIn(item, enCommon.readOut.heading);
    // The done steps, in plan order; the ticked check is said as what was done, not as its question.
    const lines = [...japanese.querySelectorAll('p')].map((p) => p.textContent);
    expect(lines.at(-1)).toBe(
      `ここまでにしたこと:${jaFlow.steps['close-page'].done}、${jaFlow.steps.police.title}。`,
    );
    expect(japanese.textContent).not.toContain(jaFlow.steps['close-page'].title);
    expect(japanese.textContent).not.toContain('Tanaka');
    expect(japanese.textContent).not.toContain('55501');
  });

  it('copies the Japanese sentences, one per line, and says so', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'en' });
    const item = await step(user, enFlow.steps['call-card-issuer'].title);
    await within(item).findByText(OPENING);
    await user.click(within(item).getByRole('button', { name: enCommon.readOut.copy }));
    const copied = (await navigator.clipboard.readText()).split('\n');
    expect(copied[0]).toBe(OPENING);
    expect(copied).toContain('入力したのは、クレジットカードの情報です。');
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    expect(screen.getByRole('status')).toHaveTextContent(enCommon.readOut.copied);
  });

  it('in Japanese, shows no second Japanese block', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'ja' });
    const item = await step(user, jaFlow.steps['call-card-issuer'].title);
    expect(within(item).getByText(jaCommon.script.heading)).toBeInTheDocument();
    expect(screen.queryByText(OPENING)).toBeNull();
    expect(screen.queryByRole('heading', { name: jaCommon.readOut.heading })).toBeNull();
  });

  it('in やさしい日本語, shows no Japanese block either', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'ja-easy' });
    // Its readings are drawn as ruby: the checkbox is named by the kanji alone.
    await step(user, nameOf(jaEasyFlow.steps['call-card-issuer'].title));
    expect(screen.queryByText(OPENING)).toBeNull();
    expect(document.querySelector('.read-out')).toBeNull();
  });

  it('fetches the Japanese strings only once a plan in another language needs them', async () => {
    localStorage.setItem(progressKey(MAIN_FLOW_ID), JSON.stringify(progressRecord(CARD_SENT)));
    const flow = getFlow(MAIN_FLOW_ID);
    const i18n = await loadI18n('en', ['common', flow.id]);
    // The page's own later strings, as the app fetches them after the first answer.
    await i18n.loadNamespaces(['catalog', 'record']);
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(false);
    expect(i18n.hasResourceBundle('ja', flow.id)).toBe(false);
    render(<Root flow={flow} storage={openStorage()} i18n={i18n} />);
    const item = await step(userEvent.setup(), enFlow.steps['call-card-issuer'].title);
    // Its heading is there at once; the Japanese lines follow when the strings have arrived.
    expect(
      within(item).getByRole('heading', { level: 3, name: enCommon.readOut.heading }),
    ).toBeInTheDocument();
    expect(await within(item).findByText(OPENING)).toBeInTheDocument();
    expect(readOutIn(item, enCommon.readOut.heading)).toHaveTextContent(jaFlow.script.intro);
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(true);
    expect(i18n.language).toBe('en');
  });

  it('fetches nothing Japanese for a plan without a call step (the "is it a scam?" check)', async () => {
    const check = getFlow('is-it-a-scam');
    localStorage.setItem(
      progressKey(check.id),
      JSON.stringify(
        progressRecord({
          flowId: check.id,
          answers: {
            points: 'yes',
            'asks-details': 'no',
            pressure: 'no',
            sender: 'unsure',
            'after-genuine': 'no',
          },
        }),
      ),
    );
    const i18n = await loadI18n('en', ['common', check.id]);
    await i18n.loadNamespaces(['catalog', 'record']);
    render(<Root flow={check} storage={openStorage()} i18n={i18n} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: enCommon.plan.heading }),
    ).toBeInTheDocument();
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByRole('heading', { name: enCommon.readOut.heading })).toBeNull();
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(false);
  });

  it('says so calmly when the Japanese strings cannot be fetched, and tries again on request', async () => {
    localStorage.setItem(progressKey(MAIN_FLOW_ID), JSON.stringify(progressRecord(CARD_SENT)));
    const network = { japanese: false };
    // Serves the page's English; Japanese only while "online".
    const backend: BackendModule = {
      type: 'backend',
      init: () => {},
      read: (lng, ns, callback) =>
        lng === 'ja' && !network.japanese
          ? callback(new Error('offline'), null)
          : callback(null, resources[lng]?.[ns] ?? null),
    };
    const i18n = i18next.createInstance();
    await i18n
      .use(backend)
      .use(initReactI18next)
      .init({ ...I18N_OPTIONS, lng: 'en', fallbackLng: false });
    const user = userEvent.setup();
    render(<Root flow={getFlow(MAIN_FLOW_ID)} storage={openStorage()} i18n={i18n} />);
    const item = await step(user, enFlow.steps['call-card-issuer'].title);

    expect(await within(item).findByText(enCommon.readOut.failed)).toBeInTheDocument();
    // The plan itself, and the English script, are all there.
    expect(within(item).getByText('What I entered: Credit card details.')).toBeInTheDocument();
    expect(screen.queryByText(OPENING)).toBeNull();

    network.japanese = true;
    await user.click(within(item).getByRole('button', { name: enCommon.readOut.retry }));
    expect(await within(item).findByText(OPENING)).toBeInTheDocument();
    expect(within(item).queryByText(enCommon.readOut.failed)).toBeNull();
    // Every step's block recovered from the one fetch.
    expect(screen.getAllByText(OPENING)).toHaveLength(scriptSteps(CARD_SENT.answers).length);
  });
});

describe('a My Number line in the person’s own language', () => {
  it('in Korean, says there is a line in Korean and offers 0120-0178-26 and -27 before the Japanese-only line', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'ko' });
    const item = await step(user, koFlow.steps['call-mynumber'].title);
    const sentence = within(item).getByText(
      koCommon.readOut.lineInYourLanguage.replace('{{numbers}}', '0120-0178-26 또는 0120-0178-27'),
    );
    expect(sentence).toBeVisible();
    expect(sentence).toHaveTextContent('한국어');
    expect(callLinks(item)).toEqual(['tel:0120-0178-26', 'tel:0120-0178-27', 'tel:0120-95-0178']);
    // The sentence comes before the Japanese-only number, and each number is still shown to copy.
    const japaneseOnly = within(item).getByText('0120-95-0178', { selector: '.hotline-number' });
    expect(sentence.compareDocumentPosition(japaneseOnly)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    for (const number of ['0120-0178-26', '0120-0178-27', '0120-95-0178']) {
      expect(
        within(item).getByRole('button', { name: `${koCommon.hotline.copy} ${number}` }),
      ).toBeInTheDocument();
    }
  });

  it('in English, says there is a line in English and offers it first', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'en' });
    const item = await step(user, enFlow.steps['call-mynumber'].title);
    expect(
      within(item).getByText(
        'There is a line in English: 0120-0178-26 or 0120-0178-27. Call it first; it is listed first below.',
      ),
    ).toBeInTheDocument();
    expect(callLinks(item)[0]).toBe('tel:0120-0178-26');
    expect(callLinks(item).at(-1)).toBe('tel:0120-95-0178');
  });

  it('in Vietnamese, which those lines do not speak, keeps the Japanese line first and says nothing more', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'vi' });
    const item = await step(user, viFlow.steps['call-mynumber'].title);
    expect(callLinks(item)).toEqual(['tel:0120-95-0178', 'tel:0120-0178-26', 'tel:0120-0178-27']);
    expect(document.querySelector('.line-in-your-language')).toBeNull();
    expect(within(item).queryByText(/0120-0178-26 .* 0120-0178-27/)).toBeNull();
    // Vietnamese is not Japanese: the read-out is there.
    expect(
      await within(item).findByRole('heading', { name: viCommon.readOut.heading }),
    ).toBeInTheDocument();
  });

  it('in Japanese, offers the Japanese line alone', async () => {
    const { user } = renderApp({ storedProgress: CARD_SENT, lng: 'ja' });
    const item = await step(user, jaFlow.steps['call-mynumber'].title);
    expect(callLinks(item)).toEqual(['tel:0120-95-0178']);
    expect(screen.queryByText('0120-0178-26')).toBeNull();
    expect(document.querySelector('.line-in-your-language')).toBeNull();
  });
});
