import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDatekey, encodeDatekey } from '@/lib/calendar/datekey';

describe('Calendar datekeys', () => {
  it('decodes the two values checked on real pages', () => {
    expect(decodeDatekey(28975)).toEqual(new Date(2026, 8, 15));
    expect(decodeDatekey(29046)).toEqual(new Date(2026, 10, 22));
  });

  it('refuses impossible days instead of rolling them over', () => {
    expect(decodeDatekey(((2026 - 1970) << 9) | (2 << 5) | 30)).toBeUndefined();
    expect(decodeDatekey(((2026 - 1970) << 9) | (13 << 5) | 1)).toBeUndefined();
    expect(decodeDatekey(0)).toBeUndefined();
    expect(decodeDatekey(Number.NaN)).toBeUndefined();
  });

  it('round-trips every day from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1970, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }), (date) => {
        const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
        expect(decodeDatekey(encodeDatekey(day))).toEqual(day);
      }),
    );
  });
});
