/* global window, document, setTimeout */
// Runs in <head>, before the first paint (an external script: the Content-Security-Policy allows
// no inline one). The page comes with the first question, in Japanese, already drawn. When this
// visitor should see another screen (saved progress, another language, or storage that cannot be
// used, which brings a notice), #root stays hidden until the app has drawn theirs: no flash of the
// wrong screen. Any key of the app (src/progress/keys.ts: they all start with "first-aid:") but
// the language set to Japanese counts as saved progress.
(function () {
  var root = document.documentElement;
  var returning;
  try {
    var storage = window.localStorage;
    storage.setItem('first-aid:probe', '1');
    storage.removeItem('first-aid:probe');
    returning = false;
    for (var i = 0; i < storage.length; i++) {
      var key = storage.key(i);
      if (key === null || key.indexOf('first-aid:') !== 0) continue;
      if (key === 'first-aid:language' && storage.getItem(key) === 'ja') continue;
      returning = true;
    }
  } catch {
    returning = true;
  }
  // A tap on the pre-rendered page before the app starts would be lost (once it has started, React
  // replays taps itself): mark the button, and main.tsx taps it again once the app is live.
  document.addEventListener(
    'click',
    function (event) {
      var target = event.target;
      var button = target && target.closest ? target.closest('#root button') : null;
      if (!button || root.hasAttribute('data-live') || document.querySelector('[data-early-tap]')) {
        return;
      }
      button.setAttribute('data-early-tap', '');
    },
    true,
  );
  if (!returning) return;
  // data-returning tells main.tsx to draw this visitor's screen instead of hydrating the page's.
  root.setAttribute('data-returning', '');
  root.setAttribute('data-restoring', '');
  // Should the app fail to start, show what the page has rather than nothing.
  setTimeout(function () {
    root.removeAttribute('data-restoring');
  }, 5000);
})();
