/* global window, document, setTimeout */
// Runs in <head>, before the first paint (an external script: the Content-Security-Policy allows
// no inline one). The page comes with the first question already drawn in every language
// (src/app/first-screen.ts); this names the visitor's on <html data-first-screen>, and
// src/app/restore.css shows only that one. The language is the one chosen in the switcher, else
// the browser's when the app offers it (src/i18n/detect-language.ts, repeated here: this script
// imports nothing; tests/unit/restore-script.test.ts keeps the two the same), else Japanese.
// When this visitor should see another screen (saved progress, or storage that cannot be used,
// which brings a notice), #root stays hidden until the app has drawn theirs: no flash of the wrong
// screen. Any key of the app (src/progress/keys.ts: they all start with "first-aid:") but the
// language counts as saved progress.
(function () {
  var root = document.documentElement;
  var returning;
  var language = null;
  // src/i18n/languages.ts: LANGUAGES.
  var LANGUAGES = ['ja', 'ja-easy', 'en', 'zh-Hans', 'ko', 'vi', 'pt-BR', 'es'];
  // Primary subtag of a browser language → the app's language (never やさしい日本語).
  var BROWSER_LANGUAGES = {
    ja: 'ja',
    en: 'en',
    zh: 'zh-Hans',
    ko: 'ko',
    vi: 'vi',
    pt: 'pt-BR',
    es: 'es',
  };
  function browserLanguage() {
    var nav = window.navigator || {};
    var tags = nav.languages && nav.languages.length ? nav.languages : [nav.language];
    for (var t = 0; t < tags.length; t++) {
      var primary = String(tags[t]).toLowerCase().split(/[-_]/)[0];
      if (Object.prototype.hasOwnProperty.call(BROWSER_LANGUAGES, primary)) {
        return BROWSER_LANGUAGES[primary];
      }
    }
    return 'ja';
  }
  try {
    var storage = window.localStorage;
    // Removal and reading first (src/progress/safe-storage.ts): where removeItem throws, a probe
    // written would stay for good; where getItem throws, the app shows a notice on its own screen.
    storage.removeItem('first-aid:probe');
    storage.getItem('first-aid:probe');
    storage.setItem('first-aid:probe', '1');
    storage.removeItem('first-aid:probe');
    returning = false;
    for (var i = 0; i < storage.length; i++) {
      var key = storage.key(i);
      if (key === null || key.indexOf('first-aid:') !== 0) continue;
      if (key !== 'first-aid:language') returning = true;
      else if (LANGUAGES.indexOf(storage.getItem(key)) !== -1) language = storage.getItem(key);
    }
  } catch {
    returning = true;
  }
  if (language === null) language = browserLanguage();
  root.setAttribute('data-first-screen', language);
  // As the app will (src/i18n/languages.ts: langTag): the right voice and glyphs from the first paint.
  root.lang = language === 'ja-easy' ? 'ja' : language;
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
  // data-returning tells start.tsx to draw this visitor's screen instead of hydrating the page's.
  root.setAttribute('data-returning', '');
  root.setAttribute('data-restoring', '');
  // Should the app fail to start, show what the page has rather than nothing.
  setTimeout(function () {
    root.removeAttribute('data-restoring');
  }, 5000);
})();
