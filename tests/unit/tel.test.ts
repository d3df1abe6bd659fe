import { describe, expect, it } from 'vitest';
import { hotlines } from '../../src/flow/registry';
import { PHONE_NUMBER, telHref } from '../../src/flow/tel';

describe('telHref', () => {
  it.each([
    ['188', 'tel:188'],
    ['0120-95-0178', 'tel:0120-95-0178'],
    ['#9110', 'tel:%239110'],
    ['110', 'tel:110'],
  ])('dials %s as %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it('never leaves a raw # in any hotline link', () => {
    for (const { number } of Object.values(hotlines)) {
      expect(telHref(number)).not.toContain('#');
      expect(number).toMatch(PHONE_NUMBER);
    }
  });
});
