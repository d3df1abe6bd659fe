import holidayJp from '@holiday-jp/holiday_jp';

/** The years the app knows holidays for: extend `to` (and run npm run holidays) each year. */
export const HOLIDAY_YEARS = { from: 2025, to: 2030 };

export function holidayDates(): string[] {
  return Object.keys(holidayJp.holidays)
    .filter((date) => {
      const year = Number(date.slice(0, 4));
      return year >= HOLIDAY_YEARS.from && year <= HOLIDAY_YEARS.to;
    })
    .sort();
}
