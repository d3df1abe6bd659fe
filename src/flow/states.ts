/** The machine's own state names; a question may not take one (the checker rejects it). */
export const PLAN = 'plan';
/** Reached by an answer that continues in another flow; the app switches flows from here. */
export const HANDOFF = 'handoff';
export const ROUTING = 'routing';

export const RESERVED_STATES = [PLAN, HANDOFF, ROUTING] as const;
