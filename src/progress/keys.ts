/** Every localStorage key of the app starts with this, so "delete everything" can find them all. */
export const KEY_PREFIX = 'first-aid:';
export const LANGUAGE_KEY = `${KEY_PREFIX}language`;
export const progressKey = (flowId: string) => `${KEY_PREFIX}progress:${flowId}`;
