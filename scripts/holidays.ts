/**
 * npm run holidays — writes flows/catalog/holidays.json: Japan's national holidays (including
 * substitute holidays) for a span of years, taken from the maintained @holiday-jp/holiday_jp
 * package. The app ships only these dates (about 1 KB), not the package's 230 KB table.
 * A unit test fails when the file and the package disagree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { holidayDates, HOLIDAY_YEARS } from './holiday-dates';

const file = join(import.meta.dirname, '..', 'flows/catalog/holidays.json');
const data = { ...HOLIDAY_YEARS, source: '@holiday-jp/holiday_jp', dates: holidayDates() };
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${data.dates.length} holidays ${data.from}–${data.to} → flows/catalog/holidays.json`);
