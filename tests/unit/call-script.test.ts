import { describe, expect, it } from 'vitest';
import { callScript } from '../../src/i18n/call-script';
import { getFlow } from '../../src/flow/registry';
import { createI18n } from '../../src/i18n/setup';
import { CARD_AND_PERSONAL_SENT_MONEY_GONE } from '../builders';

const flow = getFlow('mynaportal-phishing');
type Text = (key: string, values?: Record<string, string>) => string;

function scriptIn(lng: 'ja' | 'en', doneTitles: string[] = [], mailArrived = '') {
  const i18n = createI18n(lng);
  const flowText = i18n.getFixedT(lng, flow.id as 'common') as unknown as Text;
  const commonText = i18n.getFixedT(lng, 'common') as unknown as Text;
  const list = (items: string[]) => new Intl.ListFormat(lng, { type: 'conjunction' }).format(items);
  return callScript(
    {
      flow,
      answers: CARD_AND_PERSONAL_SENT_MONEY_GONE,
      doneTitles,
      mailArrived,
    },
    flowText,
    commonText,
    list,
  );
}

describe('the call script', () => {
  it('says what happened, what was entered (categories only), and what has been done, in order', () => {
    expect(scriptIn('ja', ['カード会社に電話して、カードを止める'], '2026/11/29 14:20')).toEqual([
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

  it('leaves out the mail time and the done list when there is none, in English too', () => {
    const lines = scriptIn('en');
    expect(lines[0]).toMatch(/^I am calling about harm from phishing/);
    expect(lines).toContain('It came by e-mail.');
    expect(lines).toContain('I submitted what I entered.');
    expect(lines.some((l) => l.startsWith('The mail arrived'))).toBe(false);
    expect(lines.some((l) => l.startsWith('What I have done so far'))).toBe(false);
  });
});
