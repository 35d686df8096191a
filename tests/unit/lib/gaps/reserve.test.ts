import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reservedSlot } from '@/lib/gaps/reserve';

const at = (h: number, m = 0) => new Date(2026, 10, 25, h, m).getTime();

describe('what Reserve books in a gap', () => {
  it('is a buffer of the set length at the gap’s start, not the whole gap', () => {
    expect(reservedSlot({ start: at(14, 30), end: at(18) }, 30)).toEqual({ start: at(14, 30), end: at(15) });
    expect(reservedSlot({ start: at(9), end: at(9, 20) }, 30)).toEqual({ start: at(9), end: at(9, 20) });
  });

  it('always starts with the gap and stays inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 5, max: 240 }),
        (from, length, minutes) => {
          const gap = { start: at(8) + from * 60_000, end: at(8) + (from + length) * 60_000 };
          const slot = reservedSlot(gap, minutes);
          expect(slot.start).toBe(gap.start);
          expect(slot.end).toBeLessThanOrEqual(gap.end);
          expect(slot.end - slot.start).toBe(Math.min(length, minutes) * 60_000);
        },
      ),
    );
  });
});
