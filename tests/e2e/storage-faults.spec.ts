import { keptNewerKey } from '../../src/progress/keys';
import {
  CLICKED_AND_DOWNLOADED,
  expect,
  flow,
  heading,
  jaCommon,
  openApp,
  test,
  titlesOf,
  unfoldPlan,
  seedProgress,
} from './support';

/** Init scripts that break localStorage the ways browsers do, before the app's code runs. */
const faults = {
  'reading window.localStorage throws a SecurityError': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  'window.localStorage is undefined': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, value: undefined });
  },
  'every call throws': () => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.assign(Storage.prototype, { getItem: fail, setItem: fail, removeItem: fail });
  },
  'getItem throws': () => {
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  },
  'setItem throws QuotaExceededError': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
  },
  "setItem throws Firefox's NS_ERROR_DOM_QUOTA_REACHED": () => {
    Storage.prototype.setItem = () => {
      throw Object.assign(new Error('Persistent storage maximum size reached'), {
        name: 'NS_ERROR_DOM_QUOTA_REACHED',
        code: 1014,
      });
    };
  },
} satisfies Record<string, () => void>;

const fullNotice = [
  'setItem throws QuotaExceededError',
  "setItem throws Firefox's NS_ERROR_DOM_QUOTA_REACHED",
];

for (const [name, breakStorage] of Object.entries(faults)) {
  test(`completes a journey and says so when ${name}`, async ({ page }) => {
    await page.addInitScript(breakStorage);
    await openApp(page);
    await CLICKED_AND_DOWNLOADED.walk(page);
    await unfoldPlan(page);
    for (const title of titlesOf(CLICKED_AND_DOWNLOADED.tickable)) {
      await expect(page.getByRole('checkbox', { name: title, exact: true })).toBeVisible();
    }
    const first = titlesOf(CLICKED_AND_DOWNLOADED.tickable.slice(0, 1))[0] ?? '';
    await page.getByRole('checkbox', { name: first, exact: true }).check();
    await expect(page.getByRole('checkbox', { name: first, exact: true })).toBeChecked();
    const notice = fullNotice.includes(name) ? jaCommon.storage.full : jaCommon.storage.unavailable;
    await expect(page.getByText(notice, { exact: true })).toBeVisible();
  });
}

test('starts over cleanly when removeItem throws', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.removeItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await openApp(page);
  await CLICKED_AND_DOWNLOADED.walk(page);
  await page.getByRole('button', { name: jaCommon.plan.restart }).click();
  await page.getByRole('button', { name: jaCommon.plan.restartYes }).click();
  await page.reload();
  await expect(heading(page)).not.toHaveText(jaCommon.plan.heading);
});

const good = {
  v: 3,
  flowId: 'mynaportal-phishing',
  flowVersion: 1,
  answers: CLICKED_AND_DOWNLOADED.answers,
  answeredAt: '2026-11-20T01:00:00.000Z',
  ticks: { 'close-page': '2026-11-20T01:02:00.000Z' },
  unticked: {},
  notes: {},
  mailArrivedAt: '',
  updatedAt: '2026-11-20T01:02:00.000Z',
};

/** Stored values that must each still give a usable first screen (or the plan) and no page error. */
const corrupt: Record<string, string> = {
  'an empty string': '',
  '"undefined"': 'undefined',
  '"null"': 'null',
  'truncated JSON': JSON.stringify(good).slice(0, 50),
  'JSON of the wrong type': '[{"v":3}]',
  'a record without a version': JSON.stringify({ ...good, v: undefined }),
  'a record from a newer version': JSON.stringify({ ...good, v: 99 }),
  'a version 1 record': JSON.stringify({ ...good, v: 1, unticked: undefined, notes: undefined }),
  '__proto__ keys': `{"v":3,"flowId":"mynaportal-phishing","answers":{"__proto__":{"x":1}},"ticks":{"__proto__":"2026-11-20T01:02:00.000Z"}}`,
  'tick ids the flow does not have': JSON.stringify({
    ...good,
    ticks: { 'gone-step': good.answeredAt },
  }),
  'timestamps that are not dates or are in the future': JSON.stringify({
    ...good,
    answeredAt: 'soon',
    ticks: { 'close-page': '2999-01-01T00:00:00.000Z', 'keep-mail': 'yesterday' },
  }),
  'a value over 5 MB': JSON.stringify({ ...good, pad: 'x'.repeat(2_700_000) }),
  'an HTML page':
    '<!doctype html><html><head><title>502</title></head><body>Bad gateway</body></html>',
  'lone surrogate characters': JSON.stringify({
    ...good,
    notes: { 'close-page': 'a\uD800b' },
  }).replace('"close-page":"2026', '"close-page\uDC00":"2026'),
};

for (const [name, value] of Object.entries(corrupt)) {
  test(`renders a usable screen when the saved progress is ${name}`, async ({ page }) => {
    await seedProgress(page, value);
    await openApp(page);
    // Usable: an answer button or a checkbox can be used.
    const control = page
      .getByRole('button', { pressed: false })
      .or(page.getByRole('checkbox'))
      .first();
    await expect(control).toBeVisible();
    await expect(control).toBeEnabled();
  });
}

test('keeps a newer version’s record aside until the person deletes it', async ({ page }) => {
  const newer = JSON.stringify({ ...good, v: 99 });
  await seedProgress(page, newer);
  await openApp(page);
  await expect(page.getByText(jaCommon.storage.newer)).toBeVisible();
  const kept = () => page.evaluate((key) => localStorage.getItem(key), keptNewerKey(flow.id));
  expect(await kept()).toBe(newer);
  await CLICKED_AND_DOWNLOADED.walk(page);
  expect(await kept()).toBe(newer);
  await page.getByRole('button', { name: jaCommon.storage.newerDelete }).click();
  expect(await kept()).toBeNull();
  await expect(page.getByText(jaCommon.storage.newer)).toBeHidden();
});
