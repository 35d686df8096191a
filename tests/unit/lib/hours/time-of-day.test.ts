import { describe, expect, it } from 'vitest';
import { timeAfter } from '@/lib/hours/time-of-day';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('the first time of day after an instant', () => {
  it('is on the same day when it comes later that day', () => {
    expect(timeAfter(at(30, 9), '10:15')).toBe(at(30, 10, 15));
  });

  it('is on the next day when it is at or before the instant (work past midnight)', () => {
    expect(timeAfter(at(30, 23, 30), '00:05')).toBe(at(31, 0, 5));
    expect(timeAfter(at(30, 9), '09:00')).toBe(at(31, 9));
  });
});
