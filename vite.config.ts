/// <reference types="vitest/config" />
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFile } from 'node:fs/promises';
import { localePart } from './src/i18n/locale-parts.ts';
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

/**
 * `./locales/<lng>/<ns>.json?part=first` is the part of a locale file the first question needs,
 * `?part=later` the rest (src/i18n/locale-parts.ts): two chunks, so the first load carries only
 * the first (src/i18n/load-i18n.ts).
 */
const localeParts: Plugin = {
  name: 'locale-parts',
  enforce: 'pre',
  async load(id) {
    const match = /^(.*\/locales\/[^/]+\/([^/]+)\.json)\?part=(first|later)$/.exec(id);
    if (!match) return undefined;
    const [, file = '', ns = '', part] = match;
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const subset = localePart(ns, json, part === 'first' ? 'first' : 'later');
    return { code: `export default ${JSON.stringify(subset)};`, moduleType: 'js' };
  },
};

const THEME = '#1d4e89';

// Offline after the first visit: every file of the build (every language included) is precached.
// No skipWaiting: a new version installs quietly and takes over on the next visit, never in the
// middle of one (progress lives in localStorage, which no update touches).
const offline = VitePWA({
  strategies: 'generateSW',
  filename: 'sw.js',
  injectRegister: null, // main.tsx registers /sw.js: the CSP allows no inline script.
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
  plugins: [react(), localeParts, contentSecurityPolicy, hostingHeaders, prerender(), offline],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // One stylesheet, in <head>: the app chunk loads after the first paint, its styles must not.
    cssCodeSplit: false,
    // .vite/manifest.json: scripts/budget.ts reads which chunks a first visit loads.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Rendering a whole plan in jsdom takes a second or two on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
