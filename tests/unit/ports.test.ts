import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_E2E_PORT, e2ePort } from '../e2e/port';

const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
/** Every port a README command or package script serves on (`--port N`, `127.0.0.1:N`). */
const portsIn = (text: string) =>
  [...text.matchAll(/(?:--port[ =]|127\.0\.0\.1:|localhost:)(\d{2,5})/g)].map((m) => Number(m[1]));

describe('the end-to-end tests serve on a port of their own', () => {
  it('is not the port of npm start or npm run preview, nor any port the README names', () => {
    const appPorts = [scripts.start, scripts.preview].flatMap((s) => portsIn(s ?? ''));
    expect(appPorts).toEqual([4173, 4173]);
    expect(appPorts).not.toContain(DEFAULT_E2E_PORT);
    expect(portsIn(read('README.md'))).not.toContain(DEFAULT_E2E_PORT);
  });

  it('is the port Playwright serves on, unless E2E_PORT names another', () => {
    expect(e2ePort({})).toBe(DEFAULT_E2E_PORT);
    expect(e2ePort({ E2E_PORT: '4321' })).toBe(4321);
    const config = read('playwright.config.ts');
    expect(config).toMatch(/const port = e2ePort\(\);/);
    expect(config).toMatch(/--port \$\{port\} --strictPort/);
  });

  it('never tests a server that was already running on that port', () => {
    expect(read('playwright.config.ts')).toMatch(/reuseExistingServer: false,/);
  });
});
