/**
 * The port the end-to-end tests serve the build on. Not 4173, where `npm start` and `npm run
 * preview` serve the app: a test run beside a running app would otherwise test (or fail on) that
 * server. E2E_PORT picks another one, to test several builds side by side.
 */
export const DEFAULT_E2E_PORT = 4183;

export function e2ePort(env: Record<string, string | undefined> = process.env): number {
  return Number(env.E2E_PORT ?? DEFAULT_E2E_PORT);
}
