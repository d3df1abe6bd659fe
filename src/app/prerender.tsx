import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { getFlow, MAIN_FLOW_ID } from '../flow/registry';
import { LANGUAGES, type Language } from '../i18n/languages';
import { createI18n } from '../i18n/setup';
import { openStorage } from '../progress/safe-storage';
import { FIRST_SCREEN } from './html-attributes';
import { Root } from './root';

/** A first visit's localStorage: working, and empty. */
function emptyLocalStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/**
 * The opening screen (the first question) in one language, as the app renders it for a first
 * visit in that language (no saved progress, working storage): start.tsx hydrates it, so it must
 * render exactly the same.
 */
export function renderFirstScreen(lng: Language): string {
  return renderToString(
    <StrictMode>
      <Root
        flow={getFlow(MAIN_FLOW_ID)}
        storage={openStorage({ localStorage: emptyLocalStorage() })}
        i18n={createI18n(lng)}
      />
    </StrictMode>,
  );
}

/**
 * The first screen of every language, for the build to put into #root (./first-screen.ts).
 * Every language in the one page rather than a page per language: a page per language needs a
 * server that reads Accept-Language (this is static files and a service worker) or a redirect
 * before the first paint, a second round trip for everyone not in the default language. All
 * eight cost little, as gzip shares what they repeat: measured 5.4 KB gzip (24 KB raw) for the
 * page with all eight against 1.9 to 2.2 KB with one, well inside the first round trip (about
 * 14 KB); the seven hidden ones are never laid out and main.tsx removes them at once.
 */
export function renderFirstScreens(): string {
  return LANGUAGES.map(
    (lng) => `<div ${FIRST_SCREEN}="${lng}">${renderFirstScreen(lng)}</div>`,
  ).join('');
}
