import './styles.css';
import './restore.css';
import { keepShownFirstScreen } from './first-screen';
import { RESTORING } from './html-attributes';

/**
 * The page's entry, kept tiny. The pre-rendered first question is already in the HTML; the app
 * (./start.tsx) is fetched and run only once the browser has painted it, so that paint never waits
 * for, or shares the network with, the app's script.
 */
function afterFirstPaint(run: () => void): void {
  const html = document.documentElement;
  // Hidden tab, or a returning visitor (restore.js hides the page until the app draws theirs):
  // there is nothing to paint first.
  if (document.visibilityState === 'hidden' || html.hasAttribute(RESTORING)) {
    run();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0)); // after the next frame
  }
  // Never later than this, whatever happens.
  setTimeout(once, 3000);
}

// At once, while they are hidden: the other languages' first screens would repeat every id.
keepShownFirstScreen();
afterFirstPaint(() => {
  void import('./start').then(({ startApp }) => startApp());
});
