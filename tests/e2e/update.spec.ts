import type { Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { e2ePort } from './port';
import { CLICKED_AND_DOWNLOADED, expect, heading, jaCommon, test, titlesOf } from './support';

/**
 * A new version of the app is deployed while someone is in the middle of their plan. It must
 * install quietly, change nothing on the open page, and be what the next visit gets, with every
 * tick still there. The build is copied to a folder served here, so the test can "deploy" into it.
 */
// One port per worker process (repeated runs may share the machine).
const PORT = e2ePort() + 100 + Number(process.env.TEST_WORKER_INDEX ?? 0);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

let site = '';
let server: Server;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'first-aid-site-'));
  cpSync(process.env.E2E_DIST ?? 'dist', site, { recursive: true });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(site, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(site, { recursive: true, force: true });
});

/** The new version: a page the old one does not have, and a service worker that lists it. */
function deployNewVersion(): void {
  const index = join(site, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace('<head>', '<head><meta name="app-version" content="2">'),
  );
  const sw = join(site, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(/(url:"index\.html",revision:")[^"]+"/, '$1version-2"');
  expect(after, 'sw.js lists index.html with a revision').not.toBe(before);
  writeFileSync(sw, after);
}

const version = (page: Page) =>
  page
    .locator('meta[name="app-version"]')
    .getAttribute('content', { timeout: 1000 })
    .catch(() => null);
const waitingWorker = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);

test('a new version installs quietly and arrives on the next visit, with every tick kept', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await CLICKED_AND_DOWNLOADED.walk(page);
  const [first = ''] = titlesOf(CLICKED_AND_DOWNLOADED.tickable);
  await page.getByRole('checkbox', { name: first, exact: true }).check();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  deployNewVersion();
  // A reload finds the new worker; it waits, and the page in use stays as it was.
  await page.reload();
  await expect.poll(() => waitingWorker(page), { timeout: 15_000 }).toBe(true);
  expect(await version(page)).toBeNull();
  await expect(heading(page)).toHaveText(jaCommon.plan.heading);
  await expect(page.getByRole('checkbox', { name: first, exact: true })).toBeChecked();

  // The next visit, once the tab is closed, gets the new version and the same plan.
  await page.close();
  const next = await context.newPage();
  await next.goto('/');
  await expect.poll(() => version(next)).toBe('2');
  await expect(heading(next)).toHaveText(jaCommon.plan.heading);
  await expect(next.getByRole('checkbox', { name: first, exact: true })).toBeChecked();
});
