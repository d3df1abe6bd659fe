import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { getFlow, MAIN_FLOW_ID } from '../flow/registry';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { createI18n } from '../i18n/setup';
import { openStorage } from '../progress/safe-storage';
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
 * The opening screen (the first question, in Japanese) as HTML, for the build to put into
 * index.html. main.tsx hydrates it when the visitor has no saved progress and no other language;
 * it must render exactly what the page renders in that case.
 */
export function renderFirstScreen(): string {
  const i18n = createI18n(DEFAULT_LANGUAGE);
  return renderToString(
    <StrictMode>
      <Root
        flow={getFlow(MAIN_FLOW_ID)}
        storage={openStorage({ localStorage: emptyLocalStorage() })}
        i18n={i18n}
      />
    </StrictMode>,
  );
}
