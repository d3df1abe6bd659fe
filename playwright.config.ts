import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { e2ePort } from './tests/e2e/port';

/**
 * End-to-end tests against the built app (dist/, with its Content-Security-Policy), served by
 * `vite preview`. They drive Debian's Chromium: this machine cannot download Playwright's browsers.
 */
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  // Fail loudly: the end-to-end tests never skip.
  throw new Error(
    `Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install chromium fonts-noto-cjk) or set CHROME_PATH to a Chromium executable.`,
  );
}

// E2E_PORT and E2E_DIST let several builds be tested side by side on one machine.
const port = e2ePort();
const outDir = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    // Mobile-like: most people will open this on a phone, straight from the mail.
    viewport: { width: 375, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    // Never: a server already on the port is someone else's (another build, another run), and
    // testing it would pass or fail for the wrong build. A busy port fails the run instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
