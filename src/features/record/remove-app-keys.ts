import { KEY_PREFIX } from '../../progress/keys';

/** The app's keys in this storage (every one starts with the prefix). */
function appKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Removes every localStorage key of the app. True only once storage is seen to hold none of them
 * (or cannot be reached at all, so holds nothing of the app): "deleted" is said only then.
 */
export function removeAppKeys(): boolean {
  let storage: Storage;
  try {
    storage = window.localStorage;
    if (!storage) return true;
  } catch {
    return true; // Blocked storage: nothing of the app was kept there either.
  }
  try {
    for (const key of appKeys(storage)) {
      try {
        storage.removeItem(key);
      } catch {
        // Checked below: one key that will not go must not stop the others.
      }
    }
    return appKeys(storage).length === 0;
  } catch {
    return false;
  }
}
