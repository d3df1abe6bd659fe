import { FIRST_SCREEN } from './html-attributes';

/*
 * The page holds the first question in every language, each in `#root > [data-first-screen=<lng>]`
 * (vite.config.ts: prerender). /restore.js (./restore.ts) names the visitor's language on <html>
 * with the same attribute (./html-attributes.ts) before the first paint, and ./restore.css shows
 * only that one (Japanese without the script); main.tsx then removes the others and start.tsx
 * hydrates the one left.
 */

/**
 * Removes the first screens ./restore.css hides, so the page has one language's and one set of
 * ids. Asking the style (scripts run once the stylesheet is in) keeps the choice in one place and
 * keeps the language list out of the page's first script.
 */
export function keepShownFirstScreen(): void {
  for (const screen of document.querySelectorAll(`#root > [${FIRST_SCREEN}]`)) {
    if (getComputedStyle(screen).display === 'none') screen.remove();
  }
}
