import { createContext, useContext, useEffect } from 'react';

/** What to do once a screen of the app is on the page and live (src/app/start.tsx: onLive). */
export const ScreenShownContext = createContext<() => void>(() => {});

/**
 * Rendered with each screen, inside its Suspense boundary: its effect runs only once that screen
 * is live (hydrated or drawn), which the boundary's own parent cannot tell: React may hydrate the
 * boundary's content after the rest of the page.
 */
export function ScreenShown() {
  const onShown = useContext(ScreenShownContext);
  useEffect(onShown, [onShown]);
  return null;
}
