// Runs in Paris time, where clocks spring forward on 2026-03-29 and fall back on 2026-10-25.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { planDay } from '@/lib/gaps/find-gaps';
import { defaultGapSettings, type GapSettings } from '@/lib/gaps/gap-settings';

const EVERY_DAY = { workDays: [0, 1, 2, 3, 4, 5, 6], daysOff: [] };
const allDayLong: GapSettings = {
  ...defaultGapSettings,
  lunch: null,
  workHours: Array.from({ length: 7 }, () => ({ start: '00:00', end: '23:59' })),
};
const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('days when the clocks change', () => {
  it('is an hour shorter in spring and an hour longer in autumn', () => {
    expect(new Date(2026, 2, 29).getTimezoneOffset()).not.toBe(new Date(2026, 2, 30).getTimezoneOffset());
    expect(planDay(new Date(2026, 2, 29), [], EVERY_DAY, allDayLong).workMinutes).toBe(24 * 60 - 1 - 60);
    expect(planDay(new Date(2026, 9, 25), [], EVERY_DAY, allDayLong).workMinutes).toBe(24 * 60 - 1 + 60);
  });

  it('keeps 9-to-6 at nine hours and gaps at the wall-clock times', () => {
    const day = new Date(2026, 2, 29);
    const plan = planDay(
      day,
      [{ start: local(2026, 3, 29, 1), end: local(2026, 3, 29, 9, 30), allDay: false }],
      EVERY_DAY,
      {
        ...defaultGapSettings,
        lunch: null,
      },
    );
    expect(plan.workMinutes).toBe(540);
    expect(plan.gaps.map((g) => [new Date(g.start).getHours(), new Date(g.start).getMinutes()])).toEqual([[9, 30]]);
    expect(plan.bookedMinutes).toBe(30);
  });
});
