process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outOfHoursMs } from '@/lib/hours/out-of-hours';
import { splitEntry } from '@/lib/hours/timer';
import { MAX_ENTRY_MS } from '@/lib/hours/time-entry-schema';
import { totalsIn, weekRange } from '@/lib/hours/totals';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { entry, local } from './entries';

// Spans across 2026, both clock changes included.
const YEAR = { min: local(2026, 1, 1), max: local(2027, 1, 1) };
const spanArb = fc
  .tuple(fc.integer(YEAR), fc.integer({ min: 1, max: MAX_ENTRY_MS }))
  .map(([start, length]) => ({ start, end: start + length }));
const entriesArb = fc
  .array(fc.tuple(spanArb, fc.constantFrom('a', 'b', null)), { maxLength: 30 })
  .map((list) => list.map(([span, client], i) => entry(span.start, span.end, client, `e${i}`)));
const working = {
  workDays: [1, 2, 3, 4, 5],
  daysOff: ['2026-03-30', '2026-10-26'],
  workHours: defaultGapSettings.workHours,
};

describe('properties of tracked time', () => {
  it('a split keeps every millisecond: the halves meet and add up to the entry', () => {
    fc.assert(
      fc.property(spanArb, fc.double({ min: 0, max: 1, noNaN: true }), (span, share) => {
        const at = span.start + Math.floor((span.end - span.start) * share);
        fc.pre(at > span.start && at < span.end);
        const [first, second] = splitEntry(entry(span.start, span.end), at, YEAR.max);
        expect(first.end).toBe(second.start);
        expect(first.start).toBe(span.start);
        expect(second.end).toBe(span.end);
        expect(first.end! - first.start + (second.end! - second.start)).toBe(span.end - span.start);
      }),
    );
  });

  it('client totals add up to the total, and consecutive weeks add up to both together', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer(YEAR), (entries, day) => {
        const week = weekRange(day);
        const next = weekRange(week.end);
        const one = totalsIn(entries, week, YEAR.max);
        const two = totalsIn(entries, next, YEAR.max);
        const both = totalsIn(entries, { start: week.start, end: next.end }, YEAR.max);
        expect([...one.byClient.values()].reduce((a, b) => a + b, 0)).toBe(one.total);
        expect(one.total + two.total).toBe(both.total);
      }),
    );
  });

  it('out-of-hours time is never negative nor more than the span, and adds up across a cut', () => {
    fc.assert(
      fc.property(spanArb, fc.double({ min: 0, max: 1, noNaN: true }), (span, share) => {
        const out = outOfHoursMs(span, working);
        expect(out).toBeGreaterThanOrEqual(0);
        expect(out).toBeLessThanOrEqual(span.end - span.start);
        const at = span.start + Math.floor((span.end - span.start) * share);
        expect(
          outOfHoursMs({ start: span.start, end: at }, working) + outOfHoursMs({ start: at, end: span.end }, working),
        ).toBe(out);
      }),
    );
  });
});
