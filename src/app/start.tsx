import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { MAIN_FLOW_ID, getFlow } from '../flow/registry';
import { loadI18n } from '../i18n/load-i18n';
import { openStorage } from '../progress/safe-storage';
import { EARLY_TAP, FIRST_SCREEN, LIVE, READY, RESTORING } from './html-attributes';
import { browserLanguages, initialLanguage, reflectLanguage } from './language';
import { loadLaterScreens } from './later-screens';
import { isReturningVisitor, storedKeys } from './returning-visitor';
import { ScreenShownContext } from './screen-shown';
import { Root } from './root';

// The attributes on <html> (./html-attributes.ts): /restore.js sets data-first-screen, and
// data-returning and data-restoring for a returning visitor, before the first paint; this module
// sets data-live when React takes over the page and data-ready once it has drawn it, clears
// data-restoring, and replays the tap /restore.js marked with data-early-tap.

let live = false;

/** Once the first screen is live: show the page, replay an early tap, register the worker. */
function onLive() {
  if (live) return;
  live = true;
  const html = document.documentElement;
  html.removeAttribute(RESTORING);
  html.setAttribute(READY, '');
  const tapped = document.querySelector<HTMLElement>(`[${EARLY_TAP}]`);
  if (tapped) {
    tapped.removeAttribute(EARLY_TAP);
    tapped.click();
  }
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
}

function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A new version installs in the background and takes over on the next visit (no reload mid-way).
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Offline use is a bonus: the page works without it.
  });
}

async function start(container: HTMLElement) {
  const storage = openStorage();
  const lng = initialLanguage(storage, browserLanguages(navigator));
  const flow = getFlow(MAIN_FLOW_ID);
  const i18n = await loadI18n(lng, ['common', flow.id]);
  reflectLanguage(i18n);
  const html = document.documentElement;
  // The first screen main.tsx kept: the one /restore.js showed (src/app/first-screen.ts).
  const screen = container.querySelector<HTMLElement>(`:scope > [${FIRST_SCREEN}]`);
  // The rule /restore.js hid the page by (./returning-visitor.ts), read again now.
  const returning = isReturningVisitor(storage.available, storedKeys());
  const firstVisit = !returning && screen?.getAttribute(FIRST_SCREEN) === lng;
  // Someone with saved progress may be anywhere in the flows: fetch the later screens before
  // drawing, while #root is hidden (a failure shows on the screen that needs them).
  if (returning) await loadLaterScreens(i18n).catch(() => {});
  const app = (
    <StrictMode>
      <ScreenShownContext value={onLive}>
        <Root flow={flow} storage={storage} i18n={i18n} />
      </ScreenShownContext>
    </StrictMode>
  );
  html.setAttribute(LIVE, '');
  if (firstVisit && screen) {
    // A first visit: adopt the build's DOM of the first question in this language; as a
    // transition, so hydration yields to the browser.
    startTransition(() => {
      hydrateRoot(screen, app);
    });
  } else {
    // Saved progress: their own screen, drawn while #root is hidden, in the same place (no first
    // screen in the page: the dev server's).
    const target = screen ?? container;
    target.replaceChildren();
    flushSync(() => createRoot(target).render(app));
  }
}

/** Takes over the page: hydrates the pre-rendered first question, or draws this visitor's screen. */
export function startApp(): void {
  const container = document.getElementById('root');
  if (!container) return;
  start(container).catch((error: unknown) => {
    document.documentElement.removeAttribute(RESTORING);
    throw error;
  });
}
