import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openStorage, type SafeStorage } from '../../src/progress/safe-storage';
import {
  CARD_SENT_MONEY_GONE,
  CLICKED_ONLY,
  FRONT_DOOR,
  OPENED_ONLY,
  progressRecord,
} from '../builders';
import { renderApp, savedProgress, stepItem, stepTitles, throughFrontDoor } from '../test-utils';

type User = ReturnType<typeof renderApp>['user'];

/** Opens a folded part of the plan by its summary, as a person taps it. */
async function unfold(user: User, summary: string) {
  const button = screen.getByText(
    (_, el) => el?.tagName === 'SUMMARY' && el.textContent === summary,
  );
  await user.click(button);
  expect(button.closest('details')).toHaveAttribute('open');
}

describe('the triage questions', () => {
  it('asks what arrived first, then what happened, one question per screen, with a progress indicator', async () => {
    const { user } = renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: '何が届きましたか?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('質問 1 / 7')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['メール', 'SMS(ショートメッセージ)', '電話がかかってきた']),
    );
    await throughFrontDoor(user);
    expect(
      screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('質問 3 / 7')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent)).toContain(
      'メール・SMSのリンクを開いた',
    );
  });

  it('answers someone who only received or opened the mail with the plan in one tap', async () => {
    const { user } = renderApp();
    await throughFrontDoor(user);
    await user.click(screen.getByRole('button', { name: 'メール・SMSを受け取った・開いただけ' }));
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toHaveFocus();
    expect(savedProgress()?.answers).toEqual(OPENED_ONLY);
    expect(
      screen.getByRole('heading', { name: '開いただけなら、入力していない情報は渡っていません' }),
    ).toBeVisible();
    // The scam check is offered on the plan, not asked on the way.
    expect(screen.getByRole('button', { name: '詐欺か確かめる' })).toBeVisible();
  });

  it('takes someone who has done nothing yet into the scam check, and Back comes back', async () => {
    const { user } = renderApp();
    await throughFrontDoor(user);
    await user.click(
      screen.getByRole('button', { name: 'まだ何もしていない。詐欺かどうか確かめたい' }),
    );
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: '「まだポイントがもらえます」などと書かれていますか?',
      }),
    ).toHaveFocus();
    expect(savedProgress()?.answers).toEqual({ ...FRONT_DOOR, 'what-happened': 'not-sure' });
    await user.click(screen.getByRole('button', { name: '戻る' }));
    expect(screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' })).toHaveFocus();
    expect(
      screen.getByRole('button', { name: 'まだ何もしていない。詐欺かどうか確かめたい' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('asks for at least one category before moving on from "what did you enter"', async () => {
    const { user } = renderApp();
    await throughFrontDoor(user);
    await user.click(screen.getByRole('button', { name: '開いたページに情報を入力した' }));
    await user.click(screen.getByRole('button', { name: '途中でやめた' }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1つ以上選んでください');
    await user.click(screen.getByRole('checkbox', { name: 'クレジットカードの情報' }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'アプリやファイルを入れましたか?',
    );
  });

  it('goes back with the earlier answer still marked', async () => {
    const { user } = renderApp();
    await throughFrontDoor(user);
    await user.click(screen.getByRole('button', { name: 'メール・SMSのリンクを開いた' }));
    await user.click(screen.getByRole('button', { name: '戻る' }));
    expect(screen.getByRole('button', { name: 'メール・SMSのリンクを開いた' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('the plan', () => {
  const cardSent = { answers: CARD_SENT_MONEY_GONE };

  it('opens on the saved plan after a reload, with the card stopped before the police', () => {
    renderApp({ storedProgress: cardSent });
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toBeInTheDocument();
    // First the one-line check, then the cards: the card company first, the police after it.
    expect(screen.getByText('開いたページは、もう閉じましたか?')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: '閉じました' })).not.toBeChecked();
    const titles = stepTitles();
    expect(titles[0]).toBe('カード会社に電話して、カードを止める');
    expect(titles.indexOf('カード会社に電話して、カードを止める')).toBeLessThan(
      titles.indexOf('警察に相談する'),
    );
  });

  it('records the time a step is ticked, shows it, announces it and saves it', async () => {
    const { user } = renderApp({ storedProgress: cardSent });
    const box = screen.getByRole('checkbox', { name: 'カード会社に電話して、カードを止める' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(/^\d{2}:\d{2} 完了$/);
    expect(savedProgress()?.ticks['call-card-issuer']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    expect(screen.getByRole('status')).toHaveTextContent(
      '「カード会社に電話して、カードを止める」を完了にしました',
    );
  });

  it('keeps ticks with their times when the app is opened again', () => {
    renderApp({
      storedProgress: { ...cardSent, ticks: { 'call-card-issuer': '2026-11-29T01:02:00.000Z' } },
    });
    expect(
      screen.getByRole('checkbox', { name: 'カード会社に電話して、カードを止める' }),
    ).toBeChecked();
    expect(screen.getByText(/\d{2}:\d{2} 完了$/, { selector: '.done-at' })).toBeVisible();
    // Ten steps to tick: the check and the actions (checking the real マイナポータル among them);
    // steps to know have no tick box.
    expect(screen.getByText(/1 \/ 10 完了/)).toBeInTheDocument();
  });

  it('shows each hotline number as text with a tap-to-call link that keeps the #', async () => {
    const { user } = renderApp({ storedProgress: cardSent });
    expect(screen.getByRole('link', { name: '#9110 に電話する' })).toHaveAttribute(
      'href',
      'tel:%239110',
    );
    // 188 is a step for today: its part and its details open first.
    expect(screen.queryByRole('link', { name: '188 に電話する' })).not.toBeVisible();
    await unfold(user, '今日中に (7件)');
    const consumer = stepItem('消費者ホットライン188に相談する');
    await user.click(within(consumer).getByText('詳しく・電話で言うこと'));
    expect(screen.getByRole('link', { name: '188 に電話する' })).toBeVisible();
    expect(screen.getByRole('link', { name: '188 に電話する' })).toHaveAttribute('href', 'tel:188');
    expect(screen.getByRole('link', { name: '0120-95-0178 に電話する' })).toHaveAttribute(
      'href',
      'tel:0120-95-0178',
    );
    expect(screen.getByText('#9110', { selector: '.hotline-number' })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /番号をコピー/ }).length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('copies a number to the clipboard and says so', async () => {
    const { user } = renderApp({ storedProgress: cardSent });
    await user.click(screen.getByRole('button', { name: '番号をコピー #9110' }));
    expect(await navigator.clipboard.readText()).toBe('#9110');
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    expect(screen.getByRole('status')).toHaveTextContent('#9110 をコピーしました');
  });

  it('lets the answers be changed from the plan', async () => {
    const { user } = renderApp({ storedProgress: cardSent });
    await user.click(screen.getByRole('button', { name: '回答を変える' }));
    expect(screen.getByRole('button', { name: 'メール' })).toHaveAttribute('aria-pressed', 'true');
    await throughFrontDoor(user);
    expect(screen.getByRole('button', { name: '開いたページに情報を入力した' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('asks before starting over, then clears everything saved', async () => {
    const { user } = renderApp({
      storedProgress: { ...cardSent, ticks: { 'close-page': '2026-11-29T01:02:00.000Z' } },
    });
    await user.click(screen.getByRole('button', { name: '最初からやり直す' }));
    expect(savedProgress()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'やめる' }));
    expect(screen.getByRole('button', { name: '最初からやり直す' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '最初からやり直す' }));
    await user.click(screen.getByRole('button', { name: '消してやり直す' }));
    expect(
      screen.getByRole('heading', { level: 1, name: '何が届きましたか?' }),
    ).toBeInTheDocument();
    expect(savedProgress()).toBeNull();
  });
});

describe('storage trouble', () => {
  it('keeps working in memory and says progress will not be kept when storage is blocked', async () => {
    // A page without localStorage (blocked, or private browsing in an old browser).
    const blocked: SafeStorage = openStorage({});
    const { user } = renderApp({ storage: blocked });
    expect(screen.getByText(/この端末には進み具合を保存できません/)).toBeInTheDocument();
    await throughFrontDoor(user);
    await user.click(screen.getByRole('button', { name: 'メール・SMSのリンクを開いた' }));
    await user.click(screen.getByRole('button', { name: 'していない' }));
    await user.click(screen.getByRole('button', { name: 'ない' }));
    await unfold(user, '今日中に (3件)');
    await user.click(screen.getByRole('checkbox', { name: 'フィッシング対策協議会に知らせる' }));
    expect(
      screen.getByRole('checkbox', { name: 'フィッシング対策協議会に知らせる' }),
    ).toBeChecked();
  });

  it('keeps what it can read from a damaged record and says so calmly', () => {
    renderApp({
      storedProgress: progressRecord({
        answers: CLICKED_ONLY,
        ticks: { 'report-mail': '2026-11-29T01:00:00.000Z', 'no-such-step': 'yesterday' },
      }),
    });
    expect(screen.getByText(/読めた部分だけを使っています/)).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'フィッシング対策協議会に知らせる' }),
    ).toBeChecked();
  });

  it('starts at the first question with a notice when the record is unreadable, until the next save', async () => {
    const { user } = renderApp({ storedProgress: '{"v":1,"flowId":' });
    const notice = '保存されていた記録を読めなかったため、最初から始めます。';
    expect(
      screen.getByRole('heading', { level: 1, name: '何が届きましたか?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(notice)).toBeInTheDocument();
    await throughFrontDoor(user);
    await user.click(screen.getByRole('button', { name: 'メール・SMSを受け取った・開いただけ' }));
    expect(screen.queryByText(notice)).toBeNull();
    expect(savedProgress()?.answers).toEqual(OPENED_ONLY);
  });
});

describe('another tab', () => {
  it('shows a tick made in another tab', () => {
    renderApp({ storedProgress: { answers: CLICKED_ONLY } });
    const other = progressRecord({
      answers: CLICKED_ONLY,
      ticks: { 'security-scan': '2026-11-29T02:00:00.000Z' },
      updatedAt: '2026-11-29T02:00:00.000Z',
    });
    act(() => {
      localStorage.setItem('first-aid:progress:mynaportal-phishing', JSON.stringify(other));
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'first-aid:progress:mynaportal-phishing' }),
      );
    });
    expect(
      screen.getByRole('checkbox', {
        name: 'スマートフォンやパソコンのセキュリティチェックをする',
      }),
    ).toBeChecked();
  });
});
