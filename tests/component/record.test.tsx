import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatRecordTime } from '../../src/features/record/record-time';
import { getFlow, MAIN_FLOW_ID } from '../../src/flow/registry';
import enFlow from '../../src/i18n/locales/en/mynaportal-phishing.json';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json';
import jaMynaportal from '../../src/i18n/locales/ja/lures/mynaportal.json';
import { KEY_PREFIX, LANGUAGE_KEY } from '../../src/progress/keys';
import { aRecord, CARD_SENT_MONEY_GONE, typicalCardRecord } from '../builders';
import { renderApp, savedProgress } from '../test-utils';

// The first render of the whole app is slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

/** The flow's steps to know (kind "info"): they have no tick box, so they are never to do. */
const stepsToKnow = Object.entries(getFlow(MAIN_FLOW_ID).steps)
  .filter(([, step]) => step.kind === 'info')
  .map(([id]) => id);
const stepTitles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.record-step-title')?.textContent);

const nextFrame = () => act(() => new Promise((r) => requestAnimationFrame(r)));
const section = (name: RegExp | string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

type User = ReturnType<typeof renderApp>['user'];

/** Opens a folded `<details>` by tapping its own summary, as a person does. */
async function unfold(user: User, details: HTMLDetailsElement | null) {
  if (!details) throw new Error('no folded part there');
  if (!details.open) await user.click(details.querySelector(':scope > summary') as HTMLElement);
  expect(details).toHaveAttribute('open');
}

/**
 * The note field of the step with this title, reached as a person reaches it: the folded part the
 * step is in (if any), its 「詳しく・電話で言うこと」, then 「メモを書く」.
 */
async function openNote(user: User, title: string): Promise<HTMLElement> {
  const item = screen.getByRole('checkbox', { name: title }).closest('li');
  if (!item) throw new Error(`no step "${title}"`);
  const part = item.parentElement?.closest('details');
  if (part) await unfold(user, part);
  const more = item.querySelector<HTMLDetailsElement>('details.step-more');
  expect(more?.querySelector(':scope > summary')).toHaveTextContent(jaCommon.plan.more);
  await unfold(user, more);
  const note = item.querySelector<HTMLDetailsElement>('details.step-note-toggle');
  expect(note?.querySelector(':scope > summary')).toHaveTextContent(jaCommon.plan.writeNote);
  await unfold(user, note);
  return item;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('My record, in Japanese', () => {
  it('is one tap from the plan, with focus on its heading, and Back returns to the plan', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    expect(screen.getByRole('heading', { level: 1, name: 'わたしの記録' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'いまやることに戻る' }));
    expect(screen.getByRole('heading', { level: 1, name: 'いまやること' })).toHaveFocus();
  });

  it('shows what happened, when, what was entered, what was done with times and notes, and what is open', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));

    const what = section('何があったか');
    expect(within(what).getByText('何を入力しましたか?').nextSibling).toHaveTextContent(
      'クレジットカードの情報',
    );
    expect(within(what).getByText('開いたページに情報を入力した')).toBeInTheDocument();
    expect(within(what).getByText('何が届きましたか?').nextSibling).toHaveTextContent('メール');
    expect(
      within(what).getByText('マイナポータル・マイナポイント・デジタル庁・総務省など国'),
    ).toBeInTheDocument();

    expect(screen.getByLabelText('メールが届いた日時(わかれば)')).toHaveValue(
      '2026-11-28T' + formatRecordTime('2026-11-28T12:10:00.000Z', 'ja').slice(-5),
    );

    const done = section('済んだこと(3件)');
    const items = within(done).getAllByRole('listitem');
    // A ticked check is listed by what was done, not by its question.
    expect(items.map((li) => li.querySelector('.record-step-title')?.textContent)).toEqual([
      jaFlow.steps['close-page'].done,
      jaFlow.steps['call-card-issuer'].title,
      jaFlow.steps.police.title,
    ]);
    expect(items[1]).toHaveTextContent(formatRecordTime('2026-11-29T01:20:00.000Z', 'ja'));
    expect(items[1]).toHaveTextContent('メモ: 受付番号 A-2026-118734 田中さん');

    // Seven to do: the card flow's open steps, and checking the real マイナポータル (the lure).
    const todo = stepTitles(section('まだのこと(7件)'));
    expect(todo).toHaveLength(7);
    expect(todo).toContain(jaMynaportal.steps['contact-mynaportal'].title);
    expect(stepsToKnow.length).toBeGreaterThan(0);
    for (const id of stepsToKnow) {
      expect(todo).not.toContain((jaFlow.steps as Record<string, { title: string }>)[id]?.title);
    }

    const hotlines = section('相談先の電話番号');
    expect(within(hotlines).getByText('188')).toBeInTheDocument();
    expect(within(hotlines).getByText('#9110')).toBeInTheDocument();
  });

  it('shows the reference number large, to read out', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    const references = section('受付番号など(読み上げる番号)');
    expect(within(references).getByText('A-2026-118734')).toHaveClass('record-ref');
    expect(within(references).getByText('5521')).toHaveClass('record-ref');
  });

  it('saves when the mail arrived, and refuses a time still to come', async () => {
    const { user } = renderApp({
      storedProgress: aRecord().answered(CARD_SENT_MONEY_GONE).build(),
    });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    expect(section('メールが届いた日時')).toHaveTextContent('未記入');
    const field = screen.getByLabelText('メールが届いた日時(わかれば)');
    fireEvent.change(field, { target: { value: '2026-11-28T21:10' } });
    expect(savedProgress()?.mailArrivedAt).toBe(new Date(2026, 10, 28, 21, 10).toISOString());
    fireEvent.change(field, { target: { value: '2999-01-01T10:00' } });
    expect(screen.getByRole('alert')).toHaveTextContent('これからの日時は入れられません');
    expect(savedProgress()?.mailArrivedAt).toBe(new Date(2026, 10, 28, 21, 10).toISOString());
    await user.click(screen.getByRole('button', { name: '日時を消す' }));
    expect(savedProgress()?.mailArrivedAt).toBe('');
  });

  it('copies the record as plain text and says so', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    await user.click(screen.getByRole('button', { name: '文字をコピー' }));
    const text = await navigator.clipboard.readText();
    expect(text).toContain('わたしの記録 — フィッシング詐欺 応急手当');
    expect(text).toContain('メモ: 受付番号 A-2026-118734 田中さん');
    await nextFrame();
    expect(screen.getByRole('status')).toHaveTextContent('記録をコピーしました');
  });

  it('offers no sharing where the browser cannot share', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    expect(screen.queryByRole('button', { name: '共有する' })).not.toBeInTheDocument();
  });

  it('shares the text where the browser can share', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = renderApp({ storedProgress: typicalCardRecord() });
      await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
      await user.click(screen.getByRole('button', { name: '共有する' }));
      expect(share).toHaveBeenCalledWith({
        title: 'わたしの記録',
        text: expect.stringContaining('受付番号 A-2026-118734') as string,
      });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    await user.click(screen.getByRole('button', { name: '印刷する' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('deletes everything of the app on this device after asking, and starts again', async () => {
    localStorage.setItem(LANGUAGE_KEY, 'ja');
    localStorage.setItem('someone-else', 'kept');
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    await user.click(screen.getByRole('button', { name: 'わたしの記録を見る' }));
    await user.click(screen.getByRole('button', { name: 'この端末の記録をすべて消す' }));
    expect(screen.getByText(/元に戻せません/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'やめる' }));
    expect(savedProgress()).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'この端末の記録をすべて消す' }));
    await user.click(screen.getByRole('button', { name: 'すべて消す' }));
    expect(screen.getByRole('heading', { level: 1, name: '何が届きましたか?' })).toBeVisible();
    await nextFrame();
    const keys = Object.keys(localStorage);
    expect(keys.filter((k) => k.startsWith(KEY_PREFIX))).toEqual([]);
    expect(keys).toContain('someone-else');
    expect(screen.getByRole('status')).toHaveTextContent('この端末の記録をすべて消しました');
  });
});

describe('My record, in English', () => {
  it('shows the same record in English', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord(), lng: 'en' });
    await user.click(screen.getByRole('button', { name: 'See my record' }));
    expect(screen.getByRole('heading', { level: 1, name: 'My record' })).toHaveFocus();
    expect(section('What happened')).toHaveTextContent('Credit card details');
    const done = section('Done (3)');
    expect(stepTitles(done)[0]).toBe(enFlow.steps['close-page'].done);
    expect(within(done).getAllByRole('listitem')[1]).toHaveTextContent(
      'Note: 受付番号 A-2026-118734 田中さん',
    );
    const todo = stepTitles(section('Still to do (7)'));
    expect(todo).toHaveLength(7);
    for (const id of stepsToKnow) {
      expect(todo).not.toContain((enFlow.steps as Record<string, { title: string }>)[id]?.title);
    }
    expect(section('Phone numbers')).toHaveTextContent('188');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete everything on this device' })).toBeVisible();
  });
});

describe('a note on a step', () => {
  const plan = () => aRecord().answered(CARD_SENT_MONEY_GONE).build();
  const CARD = jaFlow.steps['call-card-issuer'].title;
  const noteField = (item: HTMLElement) =>
    within(item).getByLabelText('メモ(任意:話した相手、受付番号など)');

  it('is saved with the step', async () => {
    const { user } = renderApp({ storedProgress: plan() });
    const item = await openNote(user, CARD);
    await user.type(noteField(item), '受付番号 A-1234{Enter}');
    expect(savedProgress()?.notes).toEqual({ 'call-card-issuer': '受付番号 A-1234' });
    await nextFrame();
    expect(screen.getByRole('status')).toHaveTextContent('メモを保存しました');
  });

  it.each([
    ['4111 1111 1111 1111', 'カード番号のように見える'],
    ['1234 5678 9012', 'マイナンバー'],
    ['暗証番号 1234', 'パスワードや暗証番号'],
  ])('refuses "%s" kindly and keeps nothing', async (note, message) => {
    const { user } = renderApp({ storedProgress: plan() });
    const item = await openNote(user, CARD);
    const field = noteField(item);
    await user.type(field, note);
    await user.click(within(item).getByRole('button', { name: 'メモを保存' }));
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(new RegExp(message));
    expect(savedProgress()?.notes ?? {}).toEqual({});
  });

  it('is limited to 200 characters', async () => {
    const { user } = renderApp({ storedProgress: plan() });
    expect(noteField(await openNote(user, CARD))).toHaveAttribute('maxLength', '200');
  });
});
