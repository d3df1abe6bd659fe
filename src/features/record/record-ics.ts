/**
 * A calendar file (RFC 5545) with reminders to check statements, made on the device. Times are in
 * UTC (no VTIMEZONE needed), lines end in CRLF and are folded at 75 octets, text is escaped.
 * The events hold no detail of the incident: calendars are often synced to a cloud account.
 */
export interface Reminder {
  uid: string;
  start: Date;
  /** Minutes. */
  duration: number;
  summary: string;
  description: string;
  alarm: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a character (3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20261206T010000Z */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** 10:00 local time on the same day `months` later (or that month's last day). */
function monthsLater(now: Date, months: number): Date {
  const lastDay = new Date(now.getFullYear(), now.getMonth() + months + 1, 0).getDate();
  const day = Math.min(now.getDate(), lastDay);
  return new Date(now.getFullYear(), now.getMonth() + months, day, 10, 0, 0, 0);
}

/**
 * 10:00 local time a week, a month and three months after `now`. Statements must be watched for
 * several months: misuse abroad shows up late (愛知県警's phishing page).
 */
export function reminderTimes(now: Date): { week: Date; month: Date; threeMonths: Date } {
  const week = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, 10, 0, 0, 0);
  return { week, month: monthsLater(now, 1), threeMonths: monthsLater(now, 3) };
}

export function buildIcs(reminders: Reminder[], now: Date, language: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Phishing first aid//My record//${language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const r of reminders) {
    const end = new Date(r.start.getTime() + r.duration * 60_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(r.start)}`,
      `DTEND:${utcStamp(end)}`,
      `SUMMARY:${escapeText(r.summary)}`,
      `DESCRIPTION:${escapeText(r.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(r.alarm)}`,
      'TRIGGER:PT0S',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
