process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { entryOutOfHoursMs, outOfHoursMs, type WorkingTime } from '@/lib/hours/out-of-hours';
import { weekRange } from '@/lib/hours/totals';
import { entry, HOUR, local } from './entries';

const working: WorkingTime = {
  workDays: [1, 2, 3, 4, 5],
  daysOff: ['2026-12-25'],
  workHours: Array.from({ length: 7 }, (_, day) =>
    day === 5 ? { start: '09:00', end: '13:00' } : { start: '09:00', end: '18:00' },
  ),
};

describe('time outside working hours', () => {
  it('is nothing inside the working day', () => {
    expect(outOfHoursMs({ start: local(2026, 12, 1, 9), end: local(2026, 12, 1, 18) }, working)).toBe(0);
  });

  it('counts the evening part of a day that runs late', () => {
    expect(outOfHoursMs({ start: local(2026, 12, 1, 16), end: local(2026, 12, 1, 21) }, working)).toBe(3 * HOUR);
  });

  it('reads each weekday with its own hours (Friday ends at 13:00)', () => {
    expect(outOfHoursMs({ start: local(2026, 12, 4, 12), end: local(2026, 12, 4, 15) }, working)).toBe(2 * HOUR);
  });

  it('counts a whole weekend day and a day off', () => {
    expect(outOfHoursMs({ start: local(2026, 12, 5, 10), end: local(2026, 12, 5, 12) }, working)).toBe(2 * HOUR);
    // Christmas is a Friday, a day off.
    expect(outOfHoursMs({ start: local(2026, 12, 25, 10), end: local(2026, 12, 25, 11) }, working)).toBe(HOUR);
  });

  it('cuts a night at midnight: Monday evening and Tuesday early morning', () => {
    expect(outOfHoursMs({ start: local(2026, 11, 30, 22), end: local(2026, 12, 1, 10) }, working)).toBe(11 * HOUR);
  });

  it('counts the real hours of a weekend night when the clocks go back', () => {
    // Saturday 24 October 22:00 to Sunday 04:00: seven real hours.
    expect(outOfHoursMs({ start: local(2026, 10, 24, 22), end: local(2026, 10, 25, 4) }, working)).toBe(7 * HOUR);
  });

  it('counts only the part inside the range, and a running entry up to now', () => {
    const now = local(2026, 12, 1, 20);
    expect(entryOutOfHoursMs(entry(local(2026, 12, 1, 17), null), weekRange(now), working, now)).toBe(2 * HOUR);
  });
});
