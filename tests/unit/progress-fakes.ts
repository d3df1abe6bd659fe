/** A localStorage stand-in whose calls can be made to throw, as real browsers do. */
export interface FaultyStorage extends Storage {
  /** What each call throws, while set. */
  faults: { get?: () => Error; set?: () => Error; remove?: () => Error };
  /** The raw map, for looking at (and writing to) what is stored without faults. */
  data: Map<string, string>;
}

export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
export const quotaError = () =>
  new DOMException(
    "Failed to execute 'setItem' on 'Storage': quota exceeded",
    'QuotaExceededError',
  );
/** Firefox before 2020: a plain error with its own name and code 1014. */
export const firefoxQuotaError = () =>
  Object.assign(new Error('Persistent storage maximum size reached'), {
    name: 'NS_ERROR_DOM_QUOTA_REACHED',
    code: 1014,
  });

export function faultyStorage(initial: Record<string, string> = {}): FaultyStorage {
  const data = new Map(Object.entries(initial));
  const faults: FaultyStorage['faults'] = {};
  const storage: FaultyStorage = {
    faults,
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem(key) {
      if (faults.get) throw faults.get();
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (faults.set) throw faults.set();
      data.set(key, String(value));
    },
    removeItem(key) {
      if (faults.remove) throw faults.remove();
      data.delete(key);
    },
    clear() {
      data.clear();
    },
  };
  return storage;
}

/**
 * One tab's view of storage shared by several tabs: every real change calls `changed` with the
 * key and its new value, as a browser fires a storage event in the other tabs.
 */
export function tabView(
  shared: FaultyStorage,
  changed: (key: string, value: string | null) => void,
): Storage {
  return {
    ...shared,
    get length() {
      return shared.length;
    },
    getItem: (k) => shared.getItem(k),
    setItem(k, value) {
      const before = shared.data.get(k);
      shared.setItem(k, value);
      if (before !== value) changed(k, shared.data.get(k) ?? null);
    },
    removeItem(k) {
      const had = shared.data.has(k);
      shared.removeItem(k);
      if (had) changed(k, shared.data.get(k) ?? null);
    },
  };
}
