process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { defaultHoursLimits, hoursLimitsSchema, limitLevel, limitWarnings } from '@/lib/hours/limits';
import { entry, HOUR, local } from './entries';

describe('limits', () => {
  it('is near from the near share and passed only once over', () => {
    expect(limitLevel(11 * HOUR, 15, 0.8)).toBe('ok');
    expect(limitLevel(12 * HOUR, 15, 0.8)).toBe('near');
    expect(limitLevel(15 * HOUR, 15, 0.8)).toBe('near');
    expect(limitLevel(15 * HOUR + 1, 15, 0.8)).toBe('passed');
  });

  it('warns for the week overall and a client retainer by week and by month, passed first', () => {
    const now = local(2026, 11, 27, 18);
    const entries = [
      // Earlier in November for client a: 50 hours over the month, out of this week.
      ...Array.from({ length: 5 }, (_, i) => entry(local(2026, 11, 2 + i, 8), local(2026, 11, 2 + i, 18), 'a')),
      // This week: 8 hours for a, 6 for b.
      entry(local(2026, 11, 23, 9), local(2026, 11, 23, 17), 'a'),
      entry(local(2026, 11, 24, 9), local(2026, 11, 24, 15), 'b'),
    ];
    const limits = {
      ...defaultHoursLimits,
      weekHours: 16,
      byClient: { a: { weekHours: 15, monthHours: 55 }, b: { weekHours: 20, monthHours: null } },
    };
    expect(limitWarnings(entries, limits, now)).toEqual([
      { clientId: 'a', period: 'month', level: 'passed', usedMs: 58 * HOUR, limitHours: 55 },
      { clientId: null, period: 'week', level: 'near', usedMs: 14 * HOUR, limitHours: 16 },
    ]);
  });

  it('refuses limits that are not hours a week could hold', () => {
    expect(hoursLimitsSchema.safeParse({ ...defaultHoursLimits, weekHours: 200 }).success).toBe(false);
    expect(hoursLimitsSchema.safeParse({ ...defaultHoursLimits, extra: 1 }).success).toBe(false);
  });
});
