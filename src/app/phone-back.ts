import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The phone's Back button, without a router: every forward screen change adds a history entry
 * (pushState), and Back (popstate) takes the app's own step back. The in-app Back buttons step
 * back at once and then drop the entry, so the two never drift apart.
 *
 * Kept per page, not per component: the flow screens remount when the flow changes, and the
 * entries belong to the page.
 */
const KEY = 'firstAidScreen';
/** Our place in the tab's history: 0 for the entry the page was opened with. */
let at: number | undefined;
let lastScreen: string | undefined;
/** The next screen change is a step back already in history: no new entry for it. */
let steppedBack = false;
/** Pops caused by our own history.back(), already acted on. */
let ownPops = 0;

/** Our index in a history state, if it is one of ours (it may be anything after a reload). */
function indexIn(state: unknown): number | undefined {
  const index: unknown = state && typeof state === 'object' ? Reflect.get(state, KEY) : undefined;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : undefined;
}

/**
 * `screen` names what is on view (undefined while passing through a screen that shows nothing);
 * `goBack` takes one step back in the app and says whether anything changed. Returns the in-app
 * Back action.
 */
export function usePhoneBack(screen: string | undefined, goBack: () => boolean): () => void {
  const latest = useRef(goBack);
  useLayoutEffect(() => {
    latest.current = goBack;
  });

  useEffect(() => {
    if (screen === undefined || screen === lastScreen) return;
    if (at === undefined) {
      // The first screen since the page loaded; after a reload, the entries before it are ours.
      at = indexIn(history.state) ?? 0;
      history.replaceState({ ...(history.state as object | null), [KEY]: at }, '');
    } else if (!steppedBack) {
      at += 1;
      // Without the skip link's #main: stepping between two entries with a fragment would move
      // the focus to the fragment's target instead of the new screen's heading.
      history.pushState({ [KEY]: at }, '', location.pathname + location.search);
    }
    steppedBack = false;
    lastScreen = screen;
  }, [screen]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const from = at ?? 0;
      at = indexIn(event.state) ?? 0;
      if (ownPops > 0) {
        ownPops -= 1;
        return;
      }
      // Forward: there is nothing to redo, the screen stays as it is.
      if (at >= from) return;
      steppedBack = latest.current();
      // Nothing left to go back to in the app: let Back go on, so it never does nothing.
      if (!steppedBack && at > 0) history.back();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return useCallback(() => {
    steppedBack = latest.current();
    if (steppedBack && (at ?? 0) > 0) {
      ownPops += 1;
      history.back();
    }
  }, []);
}
