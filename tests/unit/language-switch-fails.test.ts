import i18next, { type BackendModule } from 'i18next';
import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { LANGUAGE_KEY } from '../../src/progress/keys';
import { openStorage } from '../../src/progress/safe-storage';

/** A page in Japanese whose next file fetch fails while `offline` is set (a deploy, no network). */
async function pageInJapanese() {
  const state = { offline: false };
  const files: Record<string, { app: { title: string } }> = {
    ja: { app: { title: '応急手当' } },
    en: { app: { title: 'First aid' } },
  };
  const backend: BackendModule = {
    type: 'backend',
    init: () => {},
    read: (lng, _ns, callback) =>
      state.offline || !files[lng]
        ? callback(new Error('Failed to fetch dynamically imported module'), null)
        : callback(null, files[lng]),
  };
  const i18n = i18next.createInstance();
  await i18n
    .use(backend)
    .init({ lng: 'ja', ns: ['common'], defaultNS: 'common', fallbackLng: false });
  return { i18n, state };
}

describe('switching language when its file cannot be fetched', () => {
  it('keeps the language shown and its texts, stores no choice, and works once the file comes', async () => {
    localStorage.clear();
    const { i18n, state } = await pageInJapanese();
    const storage = openStorage();
    state.offline = true;
    expect(await switchLanguage(i18n, 'en', storage)).toBe(false);
    expect(i18n.language).toBe('ja');
    expect(i18n.t('app.title')).toBe('応急手当');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();

    // i18next marks a failed file and never asks again by itself: the next choice must fetch it.
    state.offline = false;
    expect(await switchLanguage(i18n, 'en', storage)).toBe(true);
    expect(i18n.t('app.title')).toBe('First aid');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });
});
