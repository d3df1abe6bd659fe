import { KEY_PREFIX, LANGUAGE_KEY } from '../progress/keys';

/**
 * Whether this visitor needs a screen of their own rather than the pre-rendered first question:
 * storage that cannot be used (the app says so in a notice), or anything the app has stored but the
 * language choice (saved progress in any flow, the trail of flows, a record kept from a newer
 * version). The one rule: /restore.js (./restore.ts) hides the page by it before the first paint,
 * and ./start.tsx draws that screen, not hydrating the page's, by it.
 */
export function isReturningVisitor(storageUsable: boolean, keys: readonly string[]): boolean {
  return !storageUsable || keys.some((key) => key.startsWith(KEY_PREFIX) && key !== LANGUAGE_KEY);
}

/** Every key in the page's localStorage; none when it cannot be read. */
export function storedKeys(scope: { localStorage?: Storage } = window): string[] {
  try {
    const storage = scope.localStorage;
    if (!storage) return [];
    return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
  } catch {
    return []; // Blocked storage: it is unusable, which says enough.
  }
}
