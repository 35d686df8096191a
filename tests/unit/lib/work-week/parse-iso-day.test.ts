import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, parseIsoDay } from '@/lib/work-week/working-day';

describe('parseIsoDay', () => {
  it('reads a yyyy-MM-dd day as local midnight', () => {
    const day = parseIsoDay('2026-11-30');
    expect(day?.getFullYear()).toBe(2026);
    expect(day?.getMonth()).toBe(10);
    expect(day?.getDate()).toBe(30);
    expect(day?.getHours()).toBe(0);
  });

  it('names no day for a day that does not exist or another shape of text', () => {
    for (const text of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-1-5',
      '30/11/2026',
      '2026-11-30T10:00',
      '',
      ' 2026-11-30',
    ])
      expect(parseIsoDay(text), text).toBeUndefined();
  });

  it('gives back the day isoDay wrote, for any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        const text = isoDay(date);
        expect(isoDay(parseIsoDay(text)!)).toBe(text);
      }),
    );
  });
});
