// Auckland: thirteen hours ahead in December, its clocks change in the southern spring and autumn
// (back on 2026-04-05, forward on 2026-09-27), the other way round from Europe's.
process.env.TZ = 'Pacific/Auckland';

import { describe, expect, it } from 'vitest';
import { outOfHoursMs } from '@/lib/hours/out-of-hours';
import { totalsIn, weekRange } from '@/lib/hours/totals';
import { entry, HOUR, local } from './entries';

const working = {
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
  workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '17:00' })),
};

describe('in a time zone far from UTC', () => {
  it('reads the week in local time, not UTC', () => {
    // Monday 30 November, 08:00 in Auckland is still Sunday in UTC.
    const monday = entry(local(2026, 11, 30, 8), local(2026, 11, 30, 10));
    expect(new Date(monday.start).getUTCDay()).toBe(0);
    expect(totalsIn([monday], weekRange(local(2026, 12, 1)), Date.now()).total).toBe(2 * HOUR);
    expect(totalsIn([monday], weekRange(local(2026, 11, 27)), Date.now()).total).toBe(0);
  });

  it('reads working hours on the local clock: 08:00 to 10:00 is one hour out of hours', () => {
    expect(outOfHoursMs({ start: local(2026, 11, 30, 8), end: local(2026, 11, 30, 10) }, working)).toBe(HOUR);
  });

  it('keeps 9-to-5 at eight hours on the Monday after the clocks go back', () => {
    const day = { start: local(2026, 4, 6, 9), end: local(2026, 4, 6, 17) };
    expect(day.end - day.start).toBe(8 * HOUR);
    expect(outOfHoursMs(day, working)).toBe(0);
    // The Sunday the clocks went back has 25 hours, all of them out of hours.
    expect(outOfHoursMs({ start: local(2026, 4, 5), end: local(2026, 4, 6) }, working)).toBe(25 * HOUR);
  });
});
