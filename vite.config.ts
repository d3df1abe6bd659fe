/// <reference types="vitest/config" />
import { build, defineConfig, runnerImport, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { isSplit, localePart } from './src/i18n/locale-parts.ts';
import { readFlowLocale, lureQuestionOf } from './scripts/flow-locale.ts';
import { headersFile } from './scripts/hosting-headers.ts';

/** The built page's Content-Security-Policy: nothing but this origin, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

// Only in the build: the dev server injects inline scripts of its own.
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

/** The host's headers (`_headers`: CSP with frame-ancestors, HSTS, caching), from the same policy. */
const hostingHeaders: Plugin = {
  name: 'hosting-headers',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: '_headers',
      source: headersFile(CONTENT_SECURITY_POLICY),
    });
  },
};

/**
 * The opening screen (the first question) in every language, rendered with react-dom/server into
 * index.html (src/app/prerender.tsx), so it shows before any script has run; /restore.js picks the
 * visitor's before the first paint and start.tsx hydrates it. It runs while Vite writes index.html, so the service worker's precache has the final page.
 */
function prerender(entry = '/src/app/prerender.tsx'): Plugin {
  const EMPTY_ROOT = '<div id="root"></div>';
  // Styles come from the page's own CSS file; on the server a stylesheet import is nothing.
  const noStyles: Plugin = {
    name: 'prerender-no-styles',
    enforce: 'pre',
    resolveId: (id) => (/\.css($|\?)/.test(id) ? '\0prerender-style' : undefined),
    load: (id) => (id === '\0prerender-style' ? 'export default {};' : undefined),
  };
  let root = process.cwd();
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module } = await runnerImport<{ renderFirstScreens: () => string }>(entry, {
          root,
          configFile: false,
          logLevel: 'error',
          plugins: [noStyles],
        });
        if (!html.includes(EMPTY_ROOT))
          throw new Error(`prerender: no ${EMPTY_ROOT} in index.html`);
        return html.replace(EMPTY_ROOT, `<div id="root">${module.renderFirstScreens()}</div>`);
      },
    },
  };
}

const LOCALE_PART = /^(.*\/locales\/([^/]+)\/([^/]+)\.json)\?part=(first|later)$/;
const EMPTY_PART = '\0locale-part-empty';

/**
 * `./locales/<lng>/<ns>.json?part=first` is the part of a locale file the first question needs,
 * `?part=later` the rest (src/i18n/locale-parts.ts): two chunks, so the first load carries only
 * the first (src/i18n/load-i18n.ts). Of a file that is not split, the first part is one shared
 * empty module and the rest is the file itself (no chunk of its own). A flow that asks who a
 * message claimed to be has its lures' strings (./locales/<lng>/lures/<id>.json) merged in first
 * (scripts/flow-locale.ts), so they follow the same split: the front door's labels in the first
 * part, their steps and script sentences in the rest.
 */
function localeParts(): Plugin {
  let root = process.cwd();
  return {
    name: 'locale-parts',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer) {
      const match = LOCALE_PART.exec(source);
      const ns = match?.[3] ?? '';
      if (!match || isSplit(ns)) return undefined;
      if (match[4] === 'first') return EMPTY_PART;
      // The rest of a flow with lures is built below; any other file is itself.
      if (lureQuestionOf(root, ns)) return undefined;
      return this.resolve(match[1] ?? '', importer, { skipSelf: true });
    },
    load(id) {
      if (id === EMPTY_PART) return { code: 'export default {};', moduleType: 'js' };
      const match = LOCALE_PART.exec(id);
      if (!match) return undefined;
      const [, , lng = '', ns = '', part] = match;
      const { strings, read } = readFlowLocale(root, lng, ns);
      for (const file of read) this.addWatchFile(file);
      const subset = localePart(ns, strings, part === 'first' ? 'first' : 'later');
      return { code: `export default ${JSON.stringify(subset)};`, moduleType: 'js' };
    },
  };
}

/** The pre-paint script: index.html loads it in <head>, a classic script (no module can run that early). */
const RESTORE_SCRIPT = { url: '/restore.js', entry: 'src/app/restore-script.ts' };
/**
 * It holds the first paint: a budget the build enforces, minified. About 2.2 KB today (1.1 KB
 * gzip), where the hand-written public/restore.js it replaced was 3.8 KB (1.7 KB gzip).
 */
const RESTORE_SCRIPT_MAX_BYTES = 2560;

/**
 * /restore.js, built from the app's own TypeScript (src/app/restore-script.ts and what it imports:
 * the language table, the storage probe, the key names, the returning-visitor rule) into one
 * classic script (an IIFE: no import, no export), so the page can run it in <head> before the
 * first paint with the CSP's `script-src 'self'` (no inline script). The build emits it at that
 * URL (the service worker precaches it with every other file); the dev server compiles it afresh
 * on each request.
 */
function restoreScript(): Plugin {
  let root = process.cwd();
  let target: string | string[] | false = 'es2022';
  const compile = async (): Promise<string> => {
    const output = await build({
      root,
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      build: {
        write: false,
        target,
        minify: true,
        lib: { entry: RESTORE_SCRIPT.entry, formats: ['iife'], name: 'restore' },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
      'output' in result ? result.output : [],
    );
    const chunk = chunks.find((c): c is Rolldown.OutputChunk => c.type === 'chunk');
    if (!chunk || chunks.length !== 1)
      throw new Error(`restore-script: expected one chunk for ${RESTORE_SCRIPT.entry}`);
    const bytes = Buffer.byteLength(chunk.code);
    if (bytes > RESTORE_SCRIPT_MAX_BYTES)
      throw new Error(
        `restore-script: ${RESTORE_SCRIPT.url} is ${bytes} bytes, over its ${RESTORE_SCRIPT_MAX_BYTES}: it holds the first paint`,
      );
    return chunk.code;
  };
  return {
    name: 'restore-script',
    configResolved(config) {
      root = config.root;
      target = config.build.target;
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({
        type: 'asset',
        fileName: RESTORE_SCRIPT.url.slice(1),
        source: await compile(),
      });
    },
    configureServer(server) {
      server.middlewares.use(RESTORE_SCRIPT.url, (req, res, next) => {
        // Only the script itself (use() also matches paths below it).
        if (req.url !== '/' && !req.url?.startsWith('/?')) return next();
        compile().then((code) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(code);
        }, next);
      });
    },
  };
}

const THEME = '#1d4e89';

// Offline after the first visit: every file of the build (every language included) is precached.
// No skipWaiting: a new version installs quietly and takes over on the next visit, never in the
// middle of one (progress lives in localStorage, which no update touches).
const offline = VitePWA({
  strategies: 'generateSW',
  filename: 'sw.js',
  injectRegister: null, // start.tsx registers /sw.js: the CSP allows no inline script.
  registerType: 'prompt',
  includeAssets: ['icon.svg', 'apple-touch-icon.png', 'robots.txt'],
  manifest: {
    id: '/',
    name: 'フィッシング詐欺 応急手当',
    short_name: '応急手当',
    description:
      '偽のマイナポータル・マイナポイントのメールを受け取ったときに、何をどの順番ですればよいかを案内します。',
    lang: 'ja',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
    navigateFallback: 'index.html',
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [
    react(),
    localeParts(),
    restoreScript(),
    contentSecurityPolicy,
    hostingHeaders,
    prerender(),
    offline,
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // One stylesheet, in <head>: the app chunk loads after the first paint, its styles must not.
    cssCodeSplit: false,
    // .vite/manifest.json: scripts/budget.ts reads which chunks a first visit loads.
    manifest: true,
  },
  // Two Vitest projects; `vitest run` runs both, `--project unit` or `--project component` one.
  // `unit`: pure tests in Node (no DOM, no setup file). `component`: the components, and the few
  // unit tests that need a browser's globals (unitTestsOnTheDom, below), in jsdom.
  test: {
    // Rendering a whole plan in jsdom takes a second or two on a busy 2-core machine.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: unitTestsOnTheDom(),
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx', ...unitTestsOnTheDom()],
          // jest-dom's matchers, Testing Library's cleanup, an empty localStorage after each test.
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});

/**
 * The tests in tests/unit that need jsdom, each with what it touches. Every other file there runs
 * in Node: a test that reaches for a browser global fails there with "… is not defined", and
 * belongs on this list (or should pass a stand-in, as the progress tests pass fake storages).
 * A function, so that it is hoisted above the config that uses it.
 */
function unitTestsOnTheDom(): string[] {
  return [
    'tests/unit/browser-language.test.ts', // localStorage
    'tests/unit/clear-wins.test.ts', // localStorage, Storage.prototype
    'tests/unit/language-loading.test.ts', // document.title, <html lang>, localStorage
    'tests/unit/language-switch-fails.test.ts', // localStorage
    'tests/unit/prerender.test.ts', // DOMParser
    'tests/unit/restore-script.test.ts', // document, navigator, localStorage
  ];
}
