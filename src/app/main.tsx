import './styles.css';
import './restore.css';

/**
 * The page's entry, kept tiny. The pre-rendered first question is already in the HTML; the app
 * (./start.tsx, fetched early through a modulepreload link that the build adds) is evaluated only
 * after the first paint, so that paint never waits for the script.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  void import('./start').then(({ startApp }) => startApp());
});
