import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import { FEEDBACK_MS } from '../../src/ui/action-feedback';
import { typicalCardRecord } from '../builders';
import { renderApp } from '../test-utils';

// The first render of the whole app is slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const nextFrame = () => act(() => new Promise((r) => requestAnimationFrame(r)));

afterEach(() => {
  vi.restoreAllMocks();
});

/** The first copy button a person sees without unfolding anything. */
async function firstCopyNumberButton() {
  const buttons = await screen.findAllByRole('button', { name: /^番号をコピー / });
  const button = buttons.find((b) => !b.closest('details:not([open])'));
  if (!button) throw new Error('No copy button in sight on the plan');
  return button;
}

describe('a copy button says what it did, beside itself', () => {
  it('shows 「コピーしました ✓」 next to the button for a few seconds, and screen readers hear it once', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    const button = await firstCopyNumberButton();
    const number = button.getAttribute('aria-label')?.replace(/^番号をコピー /, '') ?? '';
    await user.click(button);

    const shown = screen.getByText(jaCommon.feedback.copied);
    expect(shown).toBeVisible();
    expect(button.parentElement).toContainElement(shown);
    await nextFrame();
    expect(screen.getByRole('status')).toHaveTextContent(
      jaCommon.hotline.copied.replace('{{number}}', number),
    );
    // Only the one live region speaks: the line beside the button is not read a second time.
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(shown).toHaveAttribute('aria-hidden', 'true');
    expect(await navigator.clipboard.readText()).toBe(number);

    await waitFor(() => expect(screen.queryByText(jaCommon.feedback.copied)).toBeNull(), {
      timeout: FEEDBACK_MS + 1000,
    });
  });

  it('says 「コピーできませんでした」 the same way when the copy fails', async () => {
    const { user } = renderApp({ storedProgress: typicalCardRecord() });
    const button = await firstCopyNumberButton();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(button);

    expect(screen.getByText(jaCommon.feedback.copyFailed)).toBeVisible();
    expect(screen.queryByText(jaCommon.feedback.copied)).toBeNull();
    await nextFrame();
    expect(screen.getByRole('status')).toHaveTextContent(jaCommon.hotline.copyFailed);
  });
});
