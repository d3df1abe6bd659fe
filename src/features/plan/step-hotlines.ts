import { isJapaneseHoliday } from '../../flow/holidays';
import { openStatus } from '../../flow/hours';
import { hotlines } from '../../flow/registry';
import { hotlinesFor } from './hotline-languages';

export interface StepHotlines {
  /** The line to call first: one in the page's language if there is one. */
  primary: string | undefined;
  /** Other full lines, shown under "more". */
  others: string[];
  /** One-line lines ("if you are in danger now, 110"). */
  brief: string[];
  /** Lines that answer in the page's language. */
  inYourLanguage: string[];
}

/**
 * A step's hotlines as a person reading `lng` needs them: lines in other languages only on pages
 * in another language than Japanese (a Japanese reader needs the Japanese line), brief lines apart.
 */
export function stepHotlines(ids: readonly string[], lng: string): StepHotlines {
  const japanese = lng === 'ja';
  const shown = ids.filter((id) => !(japanese && hotlines[id]?.languages));
  const { ordered, inYourLanguage } = hotlinesFor(
    shown.filter((id) => !hotlines[id]?.brief),
    lng,
  );
  return {
    primary: ordered[0],
    others: ordered.slice(1),
    brief: shown.filter((id) => hotlines[id]?.brief),
    inYourLanguage,
  };
}

/** Whether the step's first line is closed at this moment (a step without a line never is). */
export function primaryClosed(ids: readonly string[], lng: string, now: Date): boolean {
  const { primary } = stepHotlines(ids, lng);
  const hotline = primary ? hotlines[primary] : undefined;
  return hotline ? openStatus(hotline.hours, now, isJapaneseHoliday).state === 'closed' : false;
}
