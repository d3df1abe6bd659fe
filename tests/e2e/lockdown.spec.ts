/**
 * Locked down: the page as served carries the Content-Security-Policy and referrer policy of
 * design.md, runs no inline script and loads nothing from another origin; and the policy really
 * blocks what it says. Every other journey runs under the guard in support.ts, which fails on any
 * `securitypolicyviolation` and any request to another origin.
 */
import { expect, test } from './support';

const EXPECTED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
];

interface Served {
  csp: string[];
  cspIsFirstInHead: boolean;
  referrer: string | null;
  inlineScripts: number;
  inlineHandlers: string[];
  inlineStyles: number;
  scriptSources: string[];
  linkedUrls: string[];
  baseElements: number;
}

test('the served index.html carries the CSP and referrer policy, and no inline script', async ({
  page,
  request,
  baseURL,
}) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  const html = await response.text();

  // Parsed (not run) in the page, so the browser's own HTML parser reads it.
  await page.goto('/');
  const served: Served = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    const all = Array.from(doc.querySelectorAll('*'));
    return {
      csp: (meta?.getAttribute('content') ?? '')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean),
      // Before any script or style, so it covers all of them.
      cspIsFirstInHead: doc.head.firstElementChild === meta,
      referrer: doc.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
      inlineScripts: Array.from(doc.scripts).filter((s) => !s.src).length,
      inlineHandlers: all.flatMap((el) =>
        el
          .getAttributeNames()
          .filter((n) => n.startsWith('on'))
          .map((n) => `${el.tagName.toLowerCase()}[${n}]`),
      ),
      inlineStyles: doc.querySelectorAll('style, [style]').length,
      scriptSources: Array.from(doc.scripts).map((s) => s.getAttribute('src') ?? ''),
      linkedUrls: Array.from(doc.querySelectorAll('[src], [href]')).map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
      ),
      baseElements: doc.querySelectorAll('base').length,
    };
  }, html);

  expect(served.csp).toEqual(EXPECTED_CSP);
  expect(served.cspIsFirstInHead).toBe(true);
  expect(served.referrer).toBe('no-referrer');
  expect(served.inlineScripts, 'inline <script>').toBe(0);
  expect(served.inlineHandlers, 'inline event handlers').toEqual([]);
  expect(served.inlineStyles, 'inline <style> or style=""').toBe(0);
  expect(served.baseElements).toBe(0);
  expect(served.scriptSources.length).toBeGreaterThan(0);
  // Every script and linked file comes from this origin.
  const origin = new URL(baseURL ?? '').origin;
  for (const url of served.linkedUrls) {
    expect(new URL(url, baseURL).origin, url).toBe(origin);
  }

  // The running page keeps the policy (nothing removed or loosened it).
  const live = await page
    .locator('meta[http-equiv="Content-Security-Policy" i]')
    .getAttribute('content');
  expect(live?.split(';').map((d) => d.trim())).toEqual(EXPECTED_CSP);
});

test('the policy blocks inline script and handlers, foreign requests and foreign images', async ({
  browser,
  baseURL,
}) => {
  // A page of its own, outside the guard: this test sets off violations on purpose.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const foreign: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(baseURL ?? '').origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective),
    );
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    // An inline event handler, run by the page itself.
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__handlerRan = true');
    document.body.append(button);
    button.click();
    button.remove();
    const fetched = await fetch('https://example.com/collect', { method: 'POST', body: 'x' }).then(
      () => true,
      () => false,
    );
    const img = new Image();
    const imgLoaded = await new Promise<boolean>((resolve) => {
      img.onload = () => resolve(true);
      img.onerror = () => resolve(false);
      img.src = 'https://example.com/pixel.gif';
    });
    // Violation events are queued; give them a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      inlineRan: w.__inlineRan === true,
      handlerRan: w.__handlerRan === true,
      fetched,
      imgLoaded,
      violations,
    };
  });

  expect(outcome.inlineRan).toBe(false);
  expect(outcome.handlerRan).toBe(false);
  expect(outcome.fetched).toBe(false);
  expect(outcome.imgLoaded).toBe(false);
  expect(new Set(outcome.violations)).toEqual(
    new Set(['script-src-elem', 'script-src-attr', 'connect-src', 'img-src']),
  );
  // Blocked in the page: nothing even reached the network.
  expect(foreign).toEqual([]);
  await context.close();
});
