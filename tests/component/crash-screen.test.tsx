import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrashBoundary } from '../../src/app/crash-boundary';
import { CrashScreen } from '../../src/app/crash-screen';
import jaCommon from '../../src/i18n/locales/ja/common.json';
import { createI18n } from '../../src/i18n/setup';
import { progressKey } from '../../src/progress/keys';
import { openStorage } from '../../src/progress/safe-storage';

const key = progressKey('mynaportal-phishing');

/** Stands in for any screen that cannot draw what storage holds. */
function Fragile() {
  if (localStorage.getItem(key) !== null) throw new Error('cannot draw this record');
  return <p>drawn</p>;
}

function renderWithBoundary() {
  const storage = openStorage();
  return render(
    <I18nextProvider i18n={createI18n('ja')}>
      <CrashBoundary fallback={(reset) => <CrashScreen storage={storage} onReset={reset} />}>
        <Fragile />
      </CrashBoundary>
    </I18nextProvider>,
  );
}

// Issue 16, defect 3: whatever storage holds, no blank page.
describe('the top-level error boundary', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it.each([
    ['start over', jaCommon.crash.restart],
    ['delete everything', jaCommon.crash.delete],
  ])('offers a way out (%s) and draws the app again', async (_, button) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    localStorage.setItem(key, '{"v":5}');
    localStorage.setItem('first-aid:language', 'ja');
    renderWithBoundary();
    expect(screen.getByRole('heading', { name: jaCommon.crash.heading })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: button }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    expect(localStorage.getItem(key)).toBeNull();
  });
});
