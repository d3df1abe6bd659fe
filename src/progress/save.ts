import type { WizardContext } from '../flow/machine';
import { RECORD_VERSION, type ProgressRecord } from './record';

/**
 * The record for a machine context. updatedAt follows from the content (the latest answer or tick),
 * so two tabs holding the same progress write the same text and do not wake each other again.
 */
export function recordFrom(context: WizardContext): ProgressRecord {
  const times = [context.answeredAt, ...Object.values(context.ticks)].filter(Boolean).sort();
  return {
    v: RECORD_VERSION,
    flowId: context.flow.id,
    flowVersion: context.flow.version,
    answers: context.answers,
    answeredAt: context.answeredAt,
    ticks: context.ticks,
    notes: context.notes,
    mailArrivedAt: context.mailArrivedAt,
    updatedAt: times.at(-1) ?? '',
  };
}

export function isEmpty(context: WizardContext): boolean {
  return (
    Object.keys(context.answers).length === 0 &&
    Object.keys(context.ticks).length === 0 &&
    Object.keys(context.notes).length === 0 &&
    context.mailArrivedAt === ''
  );
}
