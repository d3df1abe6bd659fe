import { KEY_PREFIX } from '../../progress/keys';

/** Removes every localStorage key of the app; false when storage could not be reached or cleared. */
export function removeAppKeys(): boolean {
  try {
    const storage = window.localStorage;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch {
    return false; // Blocked storage: nothing of the app was kept there either.
  }
}
