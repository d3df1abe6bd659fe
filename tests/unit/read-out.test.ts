import i18next, { type BackendModule } from 'i18next';
import { describe, expect, it } from 'vitest';
import { readOutLines, scriptIn, type ScriptAnswers, type Text } from '../../src/i18n/call-script';
import { hotlinesFor, speaks } from '../../src/features/plan/hotline-languages';
import { isJapanese, loadJapanese } from '../../src/i18n/japanese-text';
import { getFlow } from '../../src/flow/registry';
import { i18nextCode, LANGUAGES } from '../../src/i18n/languages';
import { loadI18n, loadLaterStrings } from '../../src/i18n/load-i18n';
import { resources } from '../../src/i18n/resources';
import { createI18n } from '../../src/i18n/setup';
import { CARD_AND_PERSONAL_SENT_MONEY_GONE } from '../builders';

const flow = getFlow('mynaportal-phishing');

/** The page shows English; the read-out takes its texts from Japanese, as the plan does. */
function japaneseOf(lng: 'en' | 'ja' = 'en') {
  const i18n = createI18n(lng);
  return {
    flowText: i18n.getFixedT('ja', flow.id as 'common') as unknown as Text,
    commonText: i18n.getFixedT('ja', 'common') as unknown as Text,
  };
}

const input = (parts: Partial<ScriptAnswers> = {}): ScriptAnswers => ({
  flow,
  answers: CARD_AND_PERSONAL_SENT_MONEY_GONE,
  doneSteps: [],
  // No zone: read as the device's local time, so the expected text holds in any time zone.
  mailArrivedAt: '2026-11-29T14:20',
  ...parts,
});

describe('the Japanese read-out of the call script', () => {
  it('opens with the line asking to speak slowly, then says in Japanese what is asked, what was entered, when and what is done', () => {
    const lines = readOutLines(
      input({ step: 'police', doneSteps: ['call-card-issuer'] }),
      japaneseOf('en'),
    );
    expect(lines).toEqual([
      '日本語があまり話せません。ゆっくり、かんたんな言葉で話してください。',
      'フィッシング詐欺の被害について相談したいです。被害届を出すには、どうすればよいですか。',
      'フィッシング(偽のメール・SMSなど)の被害についてです。',
      'メールが届いたのは2026/11/29 14:20ごろです。',
      'メールで届きました。',
      'マイナポータル・マイナポイントなど、国を名乗っていました。',
      'メール・SMSのリンクから開いたページに、情報を入力してしまいました。',
      '入力した情報は送信してしまいました。',
      '入力したのは、クレジットカードの情報、氏名・住所・電話番号・生年月日です。',
      'ファイルやアプリは入れていません。',
      'すでにお金の被害か、身に覚えのない請求があります。',
      'ここまでにしたこと:カード会社に電話して、カードを止める。',
    ]);
  });

  it('holds no English: categories, done steps and the time are all written the Japanese way', () => {
    const lines = readOutLines(
      input({ step: 'call-card-issuer', doneSteps: ['airplane-mode', 'call-bank'] }),
      japaneseOf('en'),
    );
    const english = createI18n('en');
    const enCard = english.getFixedT(
      'en',
      flow.id as 'common',
    )('answers.what-entered.card' as 'app.title');
    expect(enCard).not.toBe('');
    expect(lines.join('\n')).not.toContain(enCard);
    // "SMS" is written so in Japanese too (the intro: 偽のメール・SMSなど); nothing else in Latin.
    expect(lines.join('\n').replaceAll('SMS', '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(lines.join('\n')).not.toMatch(/Nov|PM|AM/);
    expect(lines.at(-1)).toBe(
      'ここまでにしたこと:スマートフォンを機内モードにする、銀行に電話して、口座を守る。',
    );
  });

  it('says the same things as the script in the page language, one line for one line', () => {
    const english = createI18n('en');
    const en = scriptIn(input({ step: 'call-card-issuer', doneSteps: ['airplane-mode'] }), {
      lng: 'en',
      flowText: english.getFixedT('en', flow.id as 'common') as unknown as Text,
      commonText: english.getFixedT('en', 'common') as unknown as Text,
    });
    const ja = readOutLines(
      input({ step: 'call-card-issuer', doneSteps: ['airplane-mode'] }),
      japaneseOf('en'),
    );
    expect(ja.slice(1)).toHaveLength(en.length);
    expect(en[2]).toMatch(/^The mail arrived around Nov 29, 2026, 2:20\s?PM\.$/);
  });

  it('never repeats anything the person typed: answers that are not the flow’s own are left out', () => {
    const typed = '4111 1111 1111 1111';
    const lines = readOutLines(
      input({
        answers: {
          ...CARD_AND_PERSONAL_SENT_MONEY_GONE,
          'what-entered': ['card', typed],
          sent: typed,
        },
        mailArrivedAt: '',
      }),
      japaneseOf('en'),
    );
    expect(lines.join('\n')).not.toContain('4111');
    expect(lines.some((l) => l.startsWith('メールが届いた'))).toBe(false);
  });
});

describe('lines that answer in the person’s language', () => {
  const MY_NUMBER_STEP = ['mynumber', 'mynumber-foreign-system', 'mynumber-foreign-card'];

  it.each(['en', 'zh-Hans', 'ko', 'es', 'pt-BR'])(
    'in %s, offer 0120-0178-26 and 0120-0178-27 before the Japanese-only line',
    (lng) => {
      expect(hotlinesFor(MY_NUMBER_STEP, lng)).toEqual({
        inYourLanguage: ['mynumber-foreign-system', 'mynumber-foreign-card'],
        ordered: ['mynumber-foreign-system', 'mynumber-foreign-card', 'mynumber'],
      });
    },
  );

  it.each(['ja', 'ja-easy', 'vi'])('in %s, keep the flow’s order and say nothing more', (lng) => {
    expect(hotlinesFor(MY_NUMBER_STEP, lng)).toEqual({
      inYourLanguage: [],
      ordered: MY_NUMBER_STEP,
    });
  });

  it('never moves a line that speaks only Japanese', () => {
    expect(speaks('mynumber', 'en')).toBe(false);
    expect(hotlinesFor(['police-consult', 'police-emergency'], 'ko').ordered).toEqual([
      'police-consult',
      'police-emergency',
    ]);
  });

  it('treats ja and ja-easy as Japanese, every other language as not', () => {
    expect(LANGUAGES.filter(isJapanese)).toEqual(['ja', 'ja-easy']);
    // i18next knows やさしい日本語 as ja-x-easy: still Japanese, and still no line to move.
    expect(isJapanese(i18nextCode('ja-easy'))).toBe(true);
    expect(hotlinesFor(MY_NUMBER_STEP, i18nextCode('ja-easy')).ordered).toEqual(MY_NUMBER_STEP);
  });
});

describe('loading the Japanese strings', () => {
  it('is not part of another language’s first load, and comes on demand', async () => {
    const i18n = await loadI18n('en', ['common', flow.id]);
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(false);
    // The plan comes after the later strings of the page's own language (src/app/later-screens.tsx).
    await loadLaterStrings(i18n);
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(false);
    await loadJapanese(i18n, flow.id);
    expect(i18n.hasResourceBundle('ja', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('ja', flow.id)).toBe(true);
    expect(i18n.getFixedT('ja', 'common')('script.opening')).toBe(
      '日本語があまり話せません。ゆっくり、かんたんな言葉で話してください。',
    );
    // The page's own language is untouched.
    expect(i18n.language).toBe('en');
    expect(i18n.t('readOut.heading')).toBe('Read this out in Japanese, or show this screen');
  });

  /** An instance showing English whose backend serves whole files, or fails while offline. */
  async function instanceWithBackend() {
    const state = { reads: 0, offline: false };
    const backend: BackendModule = {
      type: 'backend',
      init: () => {},
      read: (lng, ns, callback) => {
        state.reads += 1;
        if (state.offline) return callback(new Error('offline'), null);
        callback(null, resources[lng]?.[ns] ?? null);
      },
    };
    const i18n = i18next.createInstance();
    await i18n.use(backend).init({ lng: 'en', ns: ['common'], fallbackLng: false });
    return { i18n, state };
  }

  it('fetches the files again when the first screen brought only part of them', async () => {
    const { i18n } = await instanceWithBackend();
    // Started in Japanese, switched before the first answer: only the first screen's keys are here.
    i18n.addResourceBundle('ja', 'common', { app: { title: 'x' } });
    i18n.addResourceBundle('ja', flow.id, { title: 'x', questions: {}, answers: {} });
    await loadJapanese(i18n, flow.id);
    expect(i18n.getFixedT('ja', 'common')('script.opening')).toBe(
      '日本語があまり話せません。ゆっくり、かんたんな言葉で話してください。',
    );
    expect(i18n.getFixedT('ja', flow.id as 'common')('script.intro' as 'app.title')).toBe(
      'フィッシング(偽のメール・SMSなど)の被害についてです。',
    );
  });

  it('fetches once for every step, and can be tried again after a failed fetch', async () => {
    const { i18n, state } = await instanceWithBackend();
    state.offline = true;
    const before = state.reads;

    await expect(
      Promise.all([loadJapanese(i18n, flow.id), loadJapanese(i18n, flow.id)]),
    ).rejects.toThrow(/could not be loaded/);
    expect(state.reads - before).toBe(2); // common and the flow, once each, for both callers

    state.offline = false;
    await loadJapanese(i18n, flow.id);
    expect(i18n.hasResourceBundle('ja', flow.id)).toBe(true);
    const afterRetry = state.reads;
    await loadJapanese(i18n, flow.id);
    expect(state.reads).toBe(afterRetry);
  });
});
