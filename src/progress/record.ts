import { isValidAnswer } from '../flow/path';
import type { Answers, Flow } from '../flow/types';

export const RECORD_VERSION = 2;

/** What is saved: answers (categories only, never what was typed into the scam page) and tick times. */
export interface ProgressRecord {
  v: typeof RECORD_VERSION;
  flowId: string;
  flowVersion: number;
  answers: Answers;
  answeredAt: string;
  ticks: Record<string, string>;
  /** The person's own short notes per step (checked for secrets before they are saved). */
  notes: Record<string, string>;
  mailArrivedAt: string;
  updatedAt: string;
}

export type RestoreProblem = 'none' | 'partial' | 'unreadable';

export interface Restored {
  record: ProgressRecord | undefined;
  /** 'partial': something was dropped; 'unreadable': nothing could be used. */
  problem: RestoreProblem;
}

const MAX_LENGTH = 1_000_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An ISO time that parses and is not in the future (allowing a minute of clock skew). */
function isPastTime(value: unknown, now: Date): value is string {
  if (typeof value !== 'string') return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && time <= now.getTime() + 60_000;
}

export function emptyRecord(flow: Flow): ProgressRecord {
  return {
    v: RECORD_VERSION,
    flowId: flow.id,
    flowVersion: flow.version,
    answers: {},
    answeredAt: '',
    ticks: {},
    notes: {},
    mailArrivedAt: '',
    updatedAt: '',
  };
}

/** Reads a stored value defensively: keeps what fits the flow, drops the rest, never throws. */
export function restoreRecord(raw: string | null, flow: Flow, now: Date = new Date()): Restored {
  if (raw === null || raw === '') return { record: undefined, problem: 'none' };
  let data: unknown;
  try {
    if (raw.length > MAX_LENGTH) throw new Error('too large');
    data = JSON.parse(raw);
  } catch {
    return { record: undefined, problem: 'unreadable' };
  }
  // Version 1 had no notes and no mail time: it reads as version 2 with none.
  if (
    !isPlainObject(data) ||
    (data.v !== 1 && data.v !== RECORD_VERSION) ||
    data.flowId !== flow.id
  ) {
    return { record: undefined, problem: 'unreadable' };
  }
  let dropped = false;
  const answers: Answers = {};
  if (isPlainObject(data.answers)) {
    for (const [question, answer] of Object.entries(data.answers)) {
      if (isValidAnswer(flow, question, answer)) answers[question] = answer;
      else dropped = true;
    }
  } else dropped = true;
  const ticks: Record<string, string> = {};
  if (isPlainObject(data.ticks)) {
    for (const [step, at] of Object.entries(data.ticks)) {
      if (Object.hasOwn(flow.steps, step) && isPastTime(at, now)) ticks[step] = at;
      else dropped = true;
    }
  } else dropped = true;
  const notes: Record<string, string> = {};
  if (isPlainObject(data.notes)) {
    for (const [step, note] of Object.entries(data.notes)) {
      if (Object.hasOwn(flow.steps, step) && typeof note === 'string' && note.length <= 500) {
        notes[step] = note;
      } else dropped = true;
    }
  }
  const mailArrivedAt = isPastTime(data.mailArrivedAt, now) ? data.mailArrivedAt : '';
  const answeredAt = isPastTime(data.answeredAt, now) ? data.answeredAt : '';
  const updatedAt = isPastTime(data.updatedAt, now) ? data.updatedAt : '';
  return {
    record: {
      ...emptyRecord(flow),
      answers,
      answeredAt,
      ticks,
      notes,
      mailArrivedAt,
      updatedAt,
    },
    problem: dropped ? 'partial' : 'none',
  };
}
