import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, savedProgress } from '../test-utils';

type User = ReturnType<typeof renderApp>['user'];
const tap = (user: User, name: string) => user.click(screen.getByRole('button', { name }));

describe('"is this mail a scam?"', () => {
  it('ends in "almost certainly a scam" when the mail offers points that have ended', async () => {
    const { user } = renderApp();
    await tap(user, 'メールを受け取った・開いただけ');
    await tap(user, '書かれている');
    await tap(user, '求めていない');
    await tap(user, 'そうではない');
    await tap(user, '見られない・わからない');
    await tap(user, 'いいえ');
    await tap(user, '受け取っただけ(開いて読んだだけ)');
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toHaveFocus();
    const titles = screen
      .getAllByRole('checkbox')
      .map((b) => b.closest('li')?.querySelector('label')?.textContent);
    expect(titles[0]).toBe('このメールは、ほぼ確実に詐欺です');
    expect(titles).not.toContain('ここからは見分けられません。詐欺として扱ってください');
    expect(titles).toContain('報告がすんだら、メールは消してかまいません');
  });

  it('never calls a mail safe: with no warning sign it says we cannot tell, and offers the hotlines', async () => {
    const { user } = renderApp({ lng: 'en' });
    await tap(user, 'I only received or opened the mail');
    for (const answer of ['No', 'No', 'No']) await tap(user, answer);
    await tap(user, 'An official-looking address such as @myna.go.jp');
    await tap(user, 'No');
    await tap(user, 'I only received it (opened and read it)');
    expect(
      screen.getByRole('checkbox', { name: 'We cannot tell from here: treat it as a scam' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /almost certainly/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Call 0120-95-0178' })).toHaveAttribute(
      'href',
      'tel:0120-95-0178',
    );
    expect(screen.getByRole('link', { name: 'Call 188' })).toHaveAttribute('href', 'tel:188');
  });

  it('moves on into the incident plan without asking what happened again', async () => {
    const { user } = renderApp();
    await tap(user, 'メールを受け取った・開いただけ');
    for (const answer of [
      'わからない',
      'わからない',
      'わからない',
      '見られない・わからない',
      'わからない',
    ]) {
      await tap(user, answer);
    }
    await tap(user, 'リンクを開いた');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'ファイルやアプリをダウンロード・インストールしましたか?',
      }),
    ).toHaveFocus();
    expect(savedProgress()?.answers['what-happened']).toBe('clicked');
    await tap(user, 'していない');
    await tap(user, 'ない');
    expect(
      screen.getByRole('checkbox', { name: '開いたページをすぐに閉じる' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'どこまでしましたか?' })).toBeNull();
  });

  it('resumes in the check after a reload, and "start over" returns to the first question', async () => {
    const first = renderApp();
    await tap(first.user, 'メールを受け取った・開いただけ');
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
    await tap(user, '受け取っただけ(開いて読んだだけ)');
    await tap(user, '最初からやり直す');
    await tap(user, '消してやり直す');
    expect(screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' })).toHaveFocus();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('first-aid:progress:'))).toEqual(
      [],
    );
  });
});
