import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import jaCommon from '../../src/i18n/locales/ja/common.json' with { type: 'json' };
import jaFlow from '../../src/i18n/locales/ja/mynaportal-phishing.json' with { type: 'json' };
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { FIRST_QUESTION, throughFrontDoor } from './support';

/**
 * The build as a static host serves it: a small server of this test's own that sends the headers
 * of the build's `_headers` file (Netlify / Cloudflare Pages format) and answers 404, with
 * 404.html, for any file the build does not have.
 */
const DIST = process.env.E2E_DIST ?? 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

type Rule = { pattern: RegExp; headers: [string, string][] };

/** `_headers`: a path line, then indented "Name: value" lines; "*" matches anything. */
function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function serveBuild(): Server {
  const rules = readRules(readFileSync(join(DIST, '_headers'), 'utf8'));
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    for (const rule of rules) {
      if (rule.pattern.test(path))
        for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (file.startsWith(normalize(DIST)) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
      return;
    }
    response.writeHead(404, { 'Content-Type': TYPES['.html'] });
    response.end(readFileSync(join(DIST, '404.html')));
  });
}

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = serveBuild();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the build carries the host headers, derived from the one CSP of vite.config.ts', async ({
  request,
}) => {
  const page = await request.get(`${origin}/`);
  const headers = page.headers();
  expect(headers['content-security-policy']).toBe(
    `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  );
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(headers['permissions-policy']).toContain(`${feature}=()`);
  }
  for (const path of ['/', '/index.html', '/sw.js', '/restore.js', '/manifest.webmanifest']) {
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  const script = readdirSync(join(DIST, 'assets')).find((name) => name.endsWith('.js'));
  const asset = await request.get(`${origin}/assets/${script}`);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a file the build does not have is a 404, never the page', async ({ request }) => {
  const missing = await request.get(`${origin}/assets/index-00000000.js`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  expect(await missing.text()).not.toContain('id="root"');
});

test('the app works under those headers: the first question, the answers, the plan', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Permissions-Policy/.test(message.text())) {
      problems.push(message.text());
    }
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP blocked ${event.blockedURI} (${event.effectiveDirective})`),
    ),
  );
  await page.goto(`${origin}/`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(jaFlow.questions[FIRST_QUESTION].title);
  await page.waitForLoadState('networkidle');
  await throughFrontDoor(page);
  await page
    .getByRole('button', { name: jaFlow.answers['what-happened'].opened, exact: true })
    .click();
  await expect(heading).toHaveText(jaCommon.plan.heading);
  expect(problems).toEqual([]);
});

test('the app refuses to be shown inside another site’s frame', async ({ page }) => {
  // Another site (another origin, on this machine): a page with two frames, the app and its own.
  const framer = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': TYPES['.html'] });
    response.end(
      request.url === '/inner.html'
        ? '<h1>inner</h1>'
        : `<iframe id="app" src="${origin}/"></iframe><iframe id="own" src="/inner.html"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framer.listen(0, 'localhost', resolve));
  try {
    // The host answers the frame's request; the browser then refuses to show the page in it.
    const served = page.waitForResponse(`${origin}/`);
    await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`);
    expect((await served).status()).toBe(200);
    // The framing page's own frame shows its content: frames can be read here.
    await expect(page.frameLocator('#own').locator('h1')).toHaveText('inner');
    await page.waitForLoadState('load');
    const app = page.frameLocator('#app');
    await expect(app.locator('#root')).toHaveCount(0);
    await expect(app.locator('body')).not.toContainText(jaFlow.questions[FIRST_QUESTION].title);
  } finally {
    await new Promise((resolve) => framer.close(resolve));
  }
});
