import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withoutReadings } from '../../src/i18n/readings';
import easyCommon from '../../src/i18n/locales/ja-easy/common.json';
import easyFlow from '../../src/i18n/locales/ja-easy/mynaportal-phishing.json';
import easyRecord from '../../src/i18n/locales/ja-easy/record.json';
import { typicalCardRecord } from '../builders';
import { nameOf } from '../e2e/readings-support';
import { renderApp, throughFrontDoor } from '../test-utils';

// The first render of the whole app is slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const OPENED = easyFlow.answers['what-happened'].opened; // メールを受(う)け取(と)った・開(ひら)いただけ

describe('やさしい日本語 with its readings drawn as ruby', () => {
  it('shows each reading above its kanji, and a screen reader hears each word once', async () => {
    const { user } = renderApp({ lng: 'ja-easy' });
    await throughFrontDoor(user, 'ja-easy');
    const answer = await screen.findByRole('button', { name: nameOf(OPENED) });
    expect(withoutReadings(OPENED)).toMatch(/^メール.*を受け取った・開いただけ$/);

    const ruby = [...answer.querySelectorAll('ruby')].map((r) => [
      r.firstChild?.textContent,
      r.querySelector('rt')?.textContent,
    ]);
    expect(ruby).toEqual([
      ['受', 'う'],
      ['取', 'と'],
      ['開', 'ひら'],
    ]);
    // Neither doubled ("受う") nor in brackets: the name is the words as written.
    expect(screen.queryByRole('button', { name: /受\s*う|\(う\)/ })).toBeNull();
    expect(answer).not.toHaveTextContent('(');
  });

  it('leaves ordinary brackets as they are', async () => {
    const { user } = renderApp({ lng: 'ja-easy' });
    await throughFrontDoor(user, 'ja-easy');
    const hint = easyFlow.questions['what-happened'].hint;
    await screen.findByRole('button', { name: nameOf(OPENED) });
    const shown = screen.getByText((_, el) => el?.id === 'question-hint');
    expect(shown.querySelectorAll('ruby')).toHaveLength(hint.match(/\(/g)?.length ?? 0);
  });

  it('copies the record with the kanji only, and says so beside the button', async () => {
    const { user } = renderApp({ lng: 'ja-easy', storedProgress: typicalCardRecord() });
    // The plan screen (not this change's) may show its button's text still in brackets.
    const sameWords = (name: string) =>
      withoutReadings(name).replace(/\s/g, '') === withoutReadings(easyRecord.open);
    await user.click(await screen.findByRole('button', { name: sameWords }));
    await user.click(screen.getByRole('button', { name: nameOf(easyRecord.keep.copy) }));

    const copied = await navigator.clipboard.readText();
    // Ticked, the one-line check is listed by what was done: 開(ひら)いたページを閉(と)じた
    const title = easyFlow.steps['close-page'].done;
    expect(copied).toContain(withoutReadings(title));
    expect(copied).not.toMatch(/\((ひら|じょうほう|と)\)/);

    const keep = screen
      .getByRole('heading', { level: 2, name: nameOf(easyRecord.keep.heading) })
      .closest('section') as HTMLElement;
    expect(within(keep).getByText(easyCommon.feedback.copied)).toBeVisible();
  });
});
