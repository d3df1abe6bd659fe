/**
 * The attributes by which the page is handed over, from the pre-rendered HTML to the live app. All
 * on <html> but the early tap. ./restore.ts (/restore.js, before the first paint) sets the first
 * three; ./restore.css reads data-first-screen and data-restoring (CSS cannot import them: keep
 * the names there the same); ./start.tsx sets the last three and clears data-restoring.
 */

/**
 * The language whose pre-rendered first question shows: on <html> the visitor's, and on each of
 * the first screens in #root its own (./first-screen.ts, ./prerender.tsx).
 */
export const FIRST_SCREEN = 'data-first-screen';
/** The pre-rendered first question is not this visitor's screen (./returning-visitor.ts). */
export const RETURNING = 'data-returning';
/** #root is hidden until the app has drawn the returning visitor's own screen. */
export const RESTORING = 'data-restoring';
/** React has taken over the page: a tap from now on is React's. */
export const LIVE = 'data-live';
/** The app has drawn its first screen (tests wait for it). */
export const READY = 'data-ready';
/** On the button tapped before the app was live; the app taps it again once it is. */
export const EARLY_TAP = 'data-early-tap';
