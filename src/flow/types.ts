/** A flow file, after the flow checker has accepted it. Ids only: prose lives in locale files. */
export type Condition =
  | { is: [question: string, answer: string] }
  | { has: [question: string, option: string] }
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition };

/** Where an answer leads: the next question, another flow (with answers it already knows), or, with neither, the plan. */
export interface ChoiceAnswer {
  next?: string;
  flow?: string;
  set?: Record<string, string>;
}

export interface ChoiceQuestion {
  kind: 'single' | 'yesno';
  answers: Record<string, ChoiceAnswer>;
}

export interface MultiQuestion {
  kind: 'multi';
  options: string[];
  next?: string;
}

export type Question = ChoiceQuestion | MultiQuestion;

export interface Step {
  when?: Condition;
  /**
   * 'action' (default): a step to do and tick; 'info': something to know, no tick box;
   * 'check': a one-line question at the top of the plan ("have you closed the page?").
   */
  kind?: 'action' | 'info' | 'check';
  /** An offer to continue in another flow (with answers it already knows), e.g. "is this a scam?". */
  opens?: { flow: string; set?: Record<string, string>; ask?: string };
  hotlines?: string[];
  sources?: string[];
  /** Stays before every lure's own "now" steps (airplane mode, stopping the card, the bank). */
  first?: true;
  /** Show "what to say on the call", built from the answers. */
  script?: boolean;
  /**
   * A picture to show (drawn by the app): the name of a file in src/ui/pictures/, without `.tsx`
   * (`"sender-address"`, `"sms-sender"`). The flow checker rejects a name with no file.
   */
  picture?: string;
  /** An address to write to (the mail is only prepared on the device; the person sends it). */
  mailto?: string;
}

/** The plan's three parts, each in order: at most three "now" steps show as cards, the rest spill into "today". */
export interface OrderRule {
  when?: Condition;
  now: string[];
  today: string[];
  later: string[];
}

export const SECTIONS = ['now', 'today', 'later'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Flow {
  id: string;
  version: number;
  start: string;
  /** The question whose answers are the lures of flows/lures/ (the front door's "who was it?"). */
  lures?: string;
  questions: Record<string, Question>;
  steps: Record<string, Step>;
  order: OrderRule[];
}

/** One answer per question: a single answer id, or the chosen option ids of a multi question. */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

/** An answer that continues in another flow, which starts with `answers` already given. */
export interface Handoff {
  flow: string;
  answers: Answers;
  /** A question to open again in that flow, its earlier answer marked ("did you do more?"). */
  ask?: string;
}

/** [opens, closes] in Japan time, "HH:MM". */
export type Span = [string, string];

export interface Hours {
  weekday?: Span;
  saturday?: Span;
  sunday?: Span;
  holiday?: Span;
  /** [from "MM-DD", to "MM-DD"], inclusive; may wrap the year (12-29 → 01-03). */
  closed?: Array<[string, string]>;
  always?: boolean;
  /** Hours differ by area or office: the app shows them as usual hours, never as certain. */
  varies?: boolean;
}

export interface Hotline {
  number: string;
  hours: Hours;
  sources: string[];
  /** Languages it answers in besides Japanese (primary subtags: en, zh, ko, es, pt). */
  languages?: string[];
  /** Shown as one line under another hotline (110: "if you are in danger now"). */
  brief?: boolean;
}

export interface Source {
  url?: string;
  checked: string;
}
