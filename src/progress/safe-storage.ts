/**
 * localStorage that never throws: blocked storage (SecurityError), a missing object, a full quota
 * or a failing call all end in "not available", and the app keeps working in memory.
 */
export interface SafeStorage {
  readonly available: boolean;
  read(key: string): string | null;
  /** True when the value was written. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

function getLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window.localStorage ?? undefined);
  } catch {
    return undefined; // SecurityError when storage is blocked.
  }
}

export function openStorage(): SafeStorage {
  const storage = getLocalStorage();
  let available = false;
  if (storage) {
    try {
      const probe = `first-aid:probe`;
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      available = true;
    } catch {
      available = false;
    }
  }
  return {
    get available() {
      return available;
    },
    read(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        available = true;
        return true;
      } catch {
        available = false;
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to keep safe: the value is unreadable to us either way.
      }
    },
  };
}
