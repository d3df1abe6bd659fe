import type { Hours, Span } from './types';

/** Japan has no daylight saving time: Japan time is always UTC+9, whatever the device says. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export type OpenStatus =
  | { state: 'always' }
  | { state: 'open'; closesAt: string; usually: boolean }
  | { state: 'closed'; opensAt: string; opensOn: Weekday; opensToday: boolean; usually: boolean }
  /** Hours differ by area and none are known: say so rather than guess. */
  | { state: 'unknown' };

interface JapanDay {
  date: string; // YYYY-MM-DD
  weekday: Weekday;
}

function japanDay(instant: number): JapanDay {
  const d = new Date(instant + JST_OFFSET_MS);
  return {
    date: d.toISOString().slice(0, 10),
    weekday: WEEKDAYS[d.getUTCDay()] ?? 'sun',
  };
}

function minutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function inClosedSpan(hours: Hours, date: string): boolean {
  const md = date.slice(5);
  return (hours.closed ?? []).some(([from, to]) =>
    from <= to ? md >= from && md <= to : md >= from || md <= to,
  );
}

/** The opening span of one Japanese calendar day, or undefined when closed all day. */
function spanOn(
  hours: Hours,
  day: JapanDay,
  isHoliday: (date: string) => boolean,
): Span | undefined {
  if (inClosedSpan(hours, day.date)) return undefined;
  if (isHoliday(day.date)) return hours.holiday;
  if (day.weekday === 'sat') return hours.saturday;
  if (day.weekday === 'sun') return hours.sunday;
  return hours.weekday;
}

/** Whether a line is open now, and when it closes or next opens, in Japan time. */
export function openStatus(
  hours: Hours,
  now: Date,
  isHoliday: (date: string) => boolean,
): OpenStatus {
  if (hours.always) return { state: 'always' };
  const hasAnySpan = Boolean(hours.weekday ?? hours.saturday ?? hours.sunday ?? hours.holiday);
  if (!hasAnySpan) return { state: 'unknown' };
  const usually = Boolean(hours.varies);
  const today = japanDay(now.getTime());
  const nowMinutes = minutes(new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(11, 16));

  const span = spanOn(hours, today, isHoliday);
  if (span && nowMinutes >= minutes(span[0]) && nowMinutes < minutes(span[1])) {
    return { state: 'open', closesAt: span[1], usually };
  }
  if (span && nowMinutes < minutes(span[0])) {
    return { state: 'closed', opensAt: span[0], opensOn: today.weekday, opensToday: true, usually };
  }
  // Look ahead day by day; the longest closure (New Year plus a weekend) is well under 14 days.
  for (let ahead = 1; ahead <= 14; ahead++) {
    const day = japanDay(now.getTime() + ahead * 24 * 60 * 60 * 1000);
    const next = spanOn(hours, day, isHoliday);
    if (next) {
      return {
        state: 'closed',
        opensAt: next[0],
        opensOn: day.weekday,
        opensToday: false,
        usually,
      };
    }
  }
  return { state: 'unknown' };
}
