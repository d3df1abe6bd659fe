/** Every localStorage key of the app starts with this, so "delete everything" can find them all. */
export const KEY_PREFIX = 'first-aid:';
export const LANGUAGE_KEY = `${KEY_PREFIX}language`;
export const progressKey = (flowId: string) => `${KEY_PREFIX}progress:${flowId}`;
/** Where a record written by a newer version of the app is kept, untouched, until the person chooses. */
export const keptNewerKey = (flowId: string) => `${KEY_PREFIX}kept-newer:${flowId}`;
/** The flows the person came through (the "is it a scam?" check, then the incident plan). */
export const FLOW_TRAIL_KEY = `${KEY_PREFIX}flows`;
