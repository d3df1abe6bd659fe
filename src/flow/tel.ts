/**
 * The href for a phone number. A raw `#` would start a URL fragment and drop the number,
 * so `#9110` becomes `tel:%239110`.
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s/g, '').replace(/#/g, '%23')}`;
}

/** Numbers we accept in the catalog: short codes (188, 110), #-codes (#9110) and hyphenated Japanese numbers. */
export const PHONE_NUMBER = /^(?:#\d{4}|\d{3}|0\d{1,4}-\d{1,4}-\d{2,4})$/;
