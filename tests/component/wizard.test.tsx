import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openStorage, type SafeStorage } from '../../src/progress/safe-storage';
import { progressRecord, renderApp, savedProgress } from '../test-utils';

const CLICKED = { 'what-happened': 'clicked', downloaded: 'no', 'money-gone': 'no' };

describe('the triage questions', () => {
  it('asks what happened first, one question per screen, with a progress indicator', () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('質問 1 / 5')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent)).toContain(
      'メールのリンクを開いた',
    );
  });

  it('takes someone who only received the mail into the scam check, and Back comes back', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'メールを受け取った・開いただけ' }));
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: '「まだポイントがもらえます」などと書かれていますか?',
      }),
    ).toHaveFocus();
    expect(savedProgress()?.answers).toEqual({ 'what-happened': 'opened' });
    await user.click(screen.getByRole('button', { name: '戻る' }));
    expect(screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'メールを受け取った・開いただけ' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('asks for at least one category before moving on from "what did you enter"', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '開いたページに情報を入力した' }));
    await user.click(screen.getByRole('button', { name: '途中でやめた' }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1つ以上選んでください');
    await user.click(screen.getByRole('checkbox', { name: 'クレジットカードの情報' }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ダウンロード');
  });

  it('goes back with the earlier answer still marked', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'メールのリンクを開いた' }));
    await user.click(screen.getByRole('button', { name: '戻る' }));
    expect(screen.getByRole('button', { name: 'メールのリンクを開いた' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('the plan', () => {
  const cardSent = {
    answers: {
      'what-happened': 'entered',
      sent: 'sent',
      'what-entered': ['card'],
      downloaded: 'no',
      'money-gone': 'yes',
    },
  };

  it('opens on the saved plan after a reload, with the card stopped before the police', () => {
    renderApp({ storedProgress: cardSent });
    const titles = screen
      .getAllByRole('checkbox')
      .map((b) => b.closest('li')?.querySelector('label')?.textContent);
    expect(titles.indexOf('カード会社に電話して、カードを止める')).toBeLessThan(
      titles.indexOf('警察に相談する'),
    );
    expect(titles[0]).toBe('開いたページをすぐに閉じる');
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
      storedProgress: { ...cardSent, ticks: { 'close-page': '2026-11-29T01:02:00.000Z' } },
    });
    expect(screen.getByRole('checkbox', { name: '開いたページをすぐに閉じる' })).toBeChecked();
    expect(screen.getByText(/1 \/ 12 完了/)).toBeInTheDocument();
  });

  it('shows each hotline number as text with a tap-to-call link that keeps the #', () => {
    renderApp({ storedProgress: cardSent });
    expect(screen.getByRole('link', { name: '#9110 に電話する' })).toHaveAttribute(
      'href',
      'tel:%239110',
    );
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
      screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' }),
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
    await user.click(screen.getByRole('button', { name: 'メールのリンクを開いた' }));
    await user.click(screen.getByRole('button', { name: 'していない' }));
    await user.click(screen.getByRole('button', { name: 'ない' }));
    await user.click(
      screen.getByRole('checkbox', { name: '偽メールをフィッシング対策協議会に知らせる' }),
    );
    expect(
      screen.getByRole('checkbox', { name: '偽メールをフィッシング対策協議会に知らせる' }),
    ).toBeChecked();
  });

  it('keeps what it can read from a damaged record and says so calmly', () => {
    renderApp({
      storedProgress: progressRecord({
        answers: CLICKED,
        ticks: { 'report-mail': '2026-11-29T01:00:00.000Z', 'no-such-step': 'yesterday' },
      }),
    });
    expect(screen.getByText(/読めた部分だけを使っています/)).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: '偽メールをフィッシング対策協議会に知らせる' }),
    ).toBeChecked();
  });

  it('starts at the first question with a notice when the record is unreadable, until the next save', async () => {
    const { user } = renderApp({ storedProgress: '{"v":1,"flowId":' });
    const notice = '保存されていた記録を読めなかったため、最初から始めます。';
    expect(
      screen.getByRole('heading', { level: 1, name: 'どこまでしましたか?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(notice)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'メールを受け取った・開いただけ' }));
    expect(screen.queryByText(notice)).toBeNull();
    expect(savedProgress()?.answers).toEqual({ 'what-happened': 'opened' });
  });
});

describe('another tab', () => {
  it('shows a tick made in another tab', () => {
    renderApp({ storedProgress: { answers: CLICKED } });
    const other = progressRecord({
      answers: CLICKED,
      ticks: { 'check-sender': '2026-11-29T02:00:00.000Z' },
      updatedAt: '2026-11-29T02:00:00.000Z',
    });
    act(() => {
      localStorage.setItem('first-aid:progress:mynaportal-phishing', JSON.stringify(other));
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'first-aid:progress:mynaportal-phishing' }),
      );
    });
    expect(
      screen.getByRole('checkbox', { name: '本当の差出人アドレスを確かめる(リンクは開かずに)' }),
    ).toBeChecked();
  });
});
