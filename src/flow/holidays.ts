import holidays from '../../flows/catalog/holidays.json';

const dates = new Set(holidays.dates);

/** Japan's national holidays (substitute holidays included), from flows/catalog/holidays.json. */
export function isJapaneseHoliday(date: string): boolean {
  return dates.has(date);
}
