import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, savedProgress, stepItem, stepTitles, throughFrontDoor } from '../test-utils';

type User = ReturnType<typeof renderApp>['user'];
const tap = (user: User, name: string) => user.click(screen.getByRole('button', { name }));

const NOT_SURE = 'まだ何もしていない。詐欺かどうか確かめたい';

describe('"is this mail a scam?"', () => {
  it('ends in "almost certainly a scam" when the mail offers points that have ended', async () => {
    const { user } = renderApp();
    await throughFrontDoor(user);
    await tap(user, NOT_SURE);
    // What was done is known from the first screen: five questions, then the plan.
    await tap(user, '書かれている');
    await tap(user, '求めていない');
    await tap(user, 'そうではない');
    await tap(user, '見られない・わからない');
    await tap(user, 'いいえ');
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toHaveFocus();
    const titles = stepTitles();
    expect(titles[0]).toBe('このメールは、ほぼ確実に詐欺です');
    expect(screen.getByRole('heading', { name: 'このメールは、ほぼ確実に詐欺です' })).toBeVisible();
    expect(titles).not.toContain('ここからは見分けられません。詐欺として扱ってください');
    // Never "delete the mail": it is kept for the police.
    expect(titles).toContain('メールは消さずに残しておく');
    expect(titles).not.toContain('報告がすんだら、メールは消してかまいません');
  });

  it('never calls a mail safe: with no warning sign it says we cannot tell, and offers the hotlines', async () => {
    const { user } = renderApp({ lng: 'en' });
    await throughFrontDoor(user, 'en');
    await tap(user, 'I have not done anything yet. I want to check whether it is a scam');
    for (const answer of ['No', 'No', 'No']) await tap(user, answer);
    await tap(user, 'An official-looking address such as @myna.go.jp');
    await tap(user, 'No');
    expect(
      screen.getByRole('heading', { name: 'We cannot tell from here: treat it as a scam' }),
    ).toBeVisible();
    expect(stepTitles().some((t) => /almost certainly/.test(t ?? ''))).toBe(false);
    expect(screen.getByRole('link', { name: 'Call 0120-95-0178' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Call 0120-95-0178' })).toHaveAttribute(
      'href',
      'tel:0120-95-0178',
    );
    // The second line is under the step's details.
    const verdict = stepItem('We cannot tell from here: treat it as a scam');
    expect(within(verdict).getByRole('link', { name: 'Call 188' })).not.toBeVisible();
    await user.click(within(verdict).getByText('Details · what to say on the call'));
    expect(within(verdict).getByRole('link', { name: 'Call 188' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Call 188' })).toHaveAttribute('href', 'tel:188');
  });

  it('moves on into the incident plan when the link was opened after all', async () => {
    const { user } = renderApp();
    await throughFrontDoor(user);
    await tap(user, NOT_SURE);
    for (const answer of [
      'わからない',
      'わからない',
      'わからない',
      '見られない・わからない',
      'わからない',
    ]) {
      await tap(user, answer);
    }
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toBeInTheDocument();
    // On second thought the link was opened: the check's plan leads back to "how far did you go?".
    await tap(user, '次にすることを見る');
    expect(screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' })).toHaveFocus();
    await tap(user, 'メール・SMSのリンクを開いた');
    expect(
      screen.getByRole('heading', { level: 1, name: 'アプリやファイルを入れましたか?' }),
    ).toHaveFocus();
    expect(savedProgress()?.answers['what-happened']).toBe('clicked');
    await tap(user, 'していない');
    await tap(user, 'ない');
    expect(screen.getByText('開いたページは、もう閉じましたか?')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: '閉じました' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'どこまでしましたか?' })).toBeNull();
  });

  it('resumes in the check after a reload, and "start over" returns to the first question', async () => {
    const first = renderApp();
    await throughFrontDoor(first.user);
    await tap(first.user, NOT_SURE);
    await tap(first.user, '書かれている');
    first.unmount();
    const { user } = renderApp();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'リンクを開いて、カード・銀行・ログインの情報を入力するように求めていますか?',
      }),
    ).toBeInTheDocument();
    for (const answer of ['求めていない', 'そうではない', '見られない・わからない', 'いいえ'])
      await tap(user, answer);
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toBeInTheDocument();
    await tap(user, '最初からやり直す');
    await tap(user, '消してやり直す');
    expect(screen.getByRole('heading', { level: 1, name: '何が届きましたか?' })).toHaveFocus();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('first-aid:progress:'))).toEqual(
      [],
    );
  });
});
