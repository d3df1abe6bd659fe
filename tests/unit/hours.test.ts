import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import holidayJp from '@holiday-jp/holiday_jp';
import holidaysFile from '../../flows/catalog/holidays.json';
import { isJapaneseHoliday } from '../../src/flow/holidays';
import { openStatus, type OpenStatus, type Weekday } from '../../src/flow/hours';
import { hotlines } from '../../src/flow/registry';
import type { Hours } from '../../src/flow/types';

const mynumber = hotlines.mynumber?.hours as Hours;
const police = hotlines['police-consult']?.hours as Hours;
const at = (jst: string) => new Date(`${jst}+09:00`);
const status = (hours: Hours, jst: string) => openStatus(hours, at(jst), isJapaneseHoliday);
const open = (closesAt: string, usually = false): OpenStatus => ({
  state: 'open',
  closesAt,
  usually,
});
const closed = (
  opensAt: string,
  opensOn: Weekday,
  opensToday: boolean,
  usually = false,
): OpenStatus => ({
  state: 'closed',
  opensAt,
  opensOn,
  opensToday,
  usually,
});

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

// The device clock may be anywhere; the lines keep Japan time.
describe.each(['Asia/Tokyo', 'UTC', 'America/Los_Angeles'])('open now, device in %s', (tz) => {
  beforeAll(() => {
    process.env.TZ = tz;
  });

  it('runs with the device clock in that time zone', () => {
    const offset = new Date('2026-07-01T00:00:00Z').getTimezoneOffset();
    expect(offset).toBe({ 'Asia/Tokyo': -540, UTC: 0, 'America/Los_Angeles': 420 }[tz]);
  });

  it.each<[string, Hours, string, OpenStatus]>([
    [
      'My Number line, weekday just before opening',
      mynumber,
      '2026-12-01T09:29',
      closed('09:30', 'tue', true),
    ],
    ['My Number line, weekday at opening', mynumber, '2026-12-01T09:30', open('20:00')],
    ['My Number line, weekday last minute', mynumber, '2026-12-01T19:59', open('20:00')],
    [
      'My Number line, weekday at closing',
      mynumber,
      '2026-12-01T20:00',
      closed('09:30', 'wed', false),
    ],
    ['My Number line, Saturday afternoon', mynumber, '2026-11-28T17:29', open('17:30')],
    ['My Number line, Saturday 23:00', mynumber, '2026-11-28T23:00', closed('09:30', 'sun', false)],
    [
      'My Number line, Sunday before opening',
      mynumber,
      '2026-11-29T08:00',
      closed('09:30', 'sun', true),
    ],
    [
      'My Number line, national holiday (Culture Day, Tue)',
      mynumber,
      '2026-11-03T18:00',
      closed('09:30', 'wed', false),
    ],
    [
      'My Number line, substitute holiday (Mon 2026-05-06)',
      mynumber,
      '2026-05-06T19:00',
      closed('09:30', 'thu', false),
    ],
    [
      'My Number line, New Year closure',
      mynumber,
      '2026-12-29T10:00',
      closed('09:30', 'mon', false),
    ],
    [
      'My Number line, last day of the closure',
      mynumber,
      '2027-01-03T10:00',
      closed('09:30', 'mon', false),
    ],
    ['#9110, weekday morning (usual hours)', police, '2026-12-01T08:30', open('17:15', true)],
    ['#9110, weekday at 17:15', police, '2026-12-01T17:15', closed('08:30', 'wed', false, true)],
    [
      '#9110, Saturday: next opens Monday',
      police,
      '2026-11-28T23:00',
      closed('08:30', 'mon', false, true),
    ],
    [
      '#9110, Friday before a Monday holiday',
      police,
      '2027-01-08T18:00',
      closed('08:30', 'tue', false, true),
    ],
  ])('%s', (_, hours, jst, expected) => {
    expect(status(hours, jst)).toEqual(expected);
  });

  it('is always open for 110 and says hours are unknown for 188', () => {
    expect(status(hotlines['police-emergency']?.hours as Hours, '2026-11-28T03:00')).toEqual({
      state: 'always',
    });
    expect(status(hotlines.consumer?.hours as Hours, '2026-12-01T10:00')).toEqual({
      state: 'unknown',
    });
  });
});

describe('the holiday dates the app ships', () => {
  it('match the maintained @holiday-jp/holiday_jp table for their years', () => {
    const fromPackage = Object.keys(holidayJp.holidays)
      .filter((d) => d >= `${holidaysFile.from}-01-01` && d <= `${holidaysFile.to}-12-31`)
      .sort();
    expect(holidaysFile.dates).toEqual(fromPackage);
  });

  it('cover this year and the next', () => {
    const year = new Date().getFullYear();
    expect(holidaysFile.from).toBeLessThanOrEqual(year);
    expect(holidaysFile.to).toBeGreaterThanOrEqual(year + 1);
  });
});
