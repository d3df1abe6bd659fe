/**
 * localStorage that never throws: blocked storage (SecurityError), a missing object, a full quota
 * or a failing call all end in a result the app can act on, and the app keeps working in memory.
 */
export type StorageTrouble = 'none' | 'blocked' | 'full';

export type ReadResult = { ok: true; value: string | null } | { ok: false };

export interface SafeStorage {
  /** False while storage refuses us; progress then lives in memory only. */
  readonly available: boolean;
  /** Why the last call failed ('none' when it worked). */
  readonly trouble: StorageTrouble;
  /** The stored value, or null when there is none or it cannot be read. */
  read(key: string): string | null;
  /** Tells "nothing stored" apart from "could not read": never overwrite what could not be read. */
  tryRead(key: string): ReadResult;
  /** True when the value was written. */
  write(key: string, value: string): boolean;
  /** True when the key is gone. */
  remove(key: string): boolean;
}

/** Quota errors: the standard name, Firefox's old one, and their legacy codes (22, 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

function getLocalStorage(scope: { localStorage?: Storage }): Storage | undefined {
  try {
    return scope.localStorage ?? undefined;
  } catch {
    return undefined; // SecurityError when storage is blocked.
  }
}

/** Opens the page's localStorage, or the given scope's (tests pass a stand-in). */
export function openStorage(
  scope: { localStorage?: Storage } | undefined = typeof window === 'undefined'
    ? undefined
    : window,
): SafeStorage {
  const storage = scope ? getLocalStorage(scope) : undefined;
  let trouble: StorageTrouble = storage ? 'none' : 'blocked';
  if (storage) {
    const probe = `first-aid:probe`;
    try {
      // Removal first: where removeItem throws, a written probe would stay behind for good, and
      // a failing removal says nothing about saving (a write still works). Saves will tell.
      storage.removeItem(probe);
    } catch {
      return wrap(storage, 'none');
    }
    try {
      storage.setItem(probe, '1');
      storage.removeItem(probe);
    } catch (error) {
      trouble = isQuotaError(error) ? 'full' : 'blocked';
    }
  }
  return wrap(storage, trouble);
}

function wrap(storage: Storage | undefined, initial: StorageTrouble): SafeStorage {
  let trouble = initial;
  const tryRead = (key: string): ReadResult => {
    if (!storage) return { ok: false };
    try {
      const value = storage.getItem(key);
      return { ok: true, value: typeof value === 'string' ? value : null };
    } catch {
      // What cannot be read cannot be kept in step either: say so now, not at the first tap.
      trouble = 'blocked';
      return { ok: false };
    }
  };
  return {
    get available() {
      return trouble === 'none';
    },
    get trouble() {
      return trouble;
    },
    read(key) {
      const result = tryRead(key);
      return result.ok ? result.value : null;
    },
    tryRead,
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        trouble = 'none';
        return true;
      } catch (error) {
        trouble = isQuotaError(error) ? 'full' : 'blocked';
        return false;
      }
    },
    remove(key) {
      if (!storage) return false;
      try {
        storage.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}
