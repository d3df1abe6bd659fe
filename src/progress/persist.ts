/** The part of `navigator.storage` used here (absent in older browsers and some webviews). */
interface PersistentStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/**
 * Asks the browser to keep this site's data when space runs low, where it can. Never throws and
 * never rejects: without the API, or when refused, progress is still saved as usual.
 */
export async function requestPersistence(
  storage: PersistentStorage | undefined = typeof navigator === 'undefined'
    ? undefined
    : (navigator.storage as PersistentStorage | undefined),
): Promise<boolean> {
  try {
    if (typeof storage?.persist !== 'function') return false;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
