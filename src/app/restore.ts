import { langTag } from '../i18n/languages';
import { openStorage } from '../progress/safe-storage';
import { EARLY_TAP, FIRST_SCREEN, LIVE, RESTORING, RETURNING } from './html-attributes';
import { browserLanguages, initialLanguage } from './language';
import { isReturningVisitor, storedKeys } from './returning-visitor';

/** Should the app fail to start, #root shows what the page has after this long, not nothing. */
const GIVE_UP_MS = 5000;

/**
 * Runs in <head>, before the first paint, as /restore.js (./restore-script.ts; vite.config.ts
 * builds it into a classic script). The page comes with the first question already drawn in every
 * language (./first-screen.ts); this names the visitor's on <html>, and ./restore.css shows only
 * that one: the language the app will open in (./language.ts: initialLanguage, the same code).
 * When this visitor should see another screen (./returning-visitor.ts), #root stays hidden until
 * the app has drawn theirs: no flash of the wrong screen.
 */
export function restoreBeforeFirstPaint(): void {
  const html = document.documentElement;
  const storage = openStorage();
  const language = initialLanguage(storage, browserLanguages(navigator));
  html.setAttribute(FIRST_SCREEN, language);
  // As the app will: the right voice and glyphs from the first paint.
  html.lang = langTag(language);
  // A tap on the pre-rendered page before the app is live would be lost (once it is, React
  // replays taps itself): mark the button, and start.tsx taps it again once the app is live.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('#root button');
      if (!button || html.hasAttribute(LIVE) || document.querySelector(`[${EARLY_TAP}]`)) return;
      button.setAttribute(EARLY_TAP, '');
    },
    true,
  );
  // After reading the language: a read that fails makes the storage unusable.
  if (!isReturningVisitor(storage.available, storedKeys())) return;
  // start.tsx comes to the same answer, and draws this visitor's screen instead of hydrating.
  html.setAttribute(RETURNING, '');
  html.setAttribute(RESTORING, '');
  setTimeout(() => html.removeAttribute(RESTORING), GIVE_UP_MS);
}
