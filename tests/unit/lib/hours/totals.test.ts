// Paris time: clocks spring forward on 2026-03-29 and fall back on 2026-10-25.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { monthRange, totalsIn, weekRange } from '@/lib/hours/totals';
import { entry, HOUR, local } from './entries';

describe('weekly and monthly totals', () => {
  it('counts only the part of a night across Sunday midnight that falls in each week', () => {
    // Sunday 22:00 to Monday 02:00 (2026-11-29 is a Sunday).
    const night = entry(local(2026, 11, 29, 22), local(2026, 11, 30, 2));
    const before = totalsIn([night], weekRange(local(2026, 11, 26)), Date.now());
    const after = totalsIn([night], weekRange(local(2026, 11, 30)), Date.now());
    expect(before.total).toBe(2 * HOUR);
    expect(after.total).toBe(2 * HOUR);
  });

  it('starts the week on the day asked for', () => {
    const sunday = entry(local(2026, 11, 29, 10), local(2026, 11, 29, 11));
    expect(totalsIn([sunday], weekRange(local(2026, 11, 30), 1), Date.now()).total).toBe(0);
    expect(totalsIn([sunday], weekRange(local(2026, 11, 30), 0), Date.now()).total).toBe(HOUR);
  });

  it('splits an entry across a month end, February of a leap year included', () => {
    const lateNight = entry(local(2028, 2, 29, 23), local(2028, 3, 1, 1));
    expect(totalsIn([lateNight], monthRange(local(2028, 2, 10)), Date.now()).total).toBe(HOUR);
    expect(totalsIn([lateNight], monthRange(local(2028, 3, 10)), Date.now()).total).toBe(HOUR);
  });

  it('counts the real hours worked through the nights the clocks change', () => {
    // 01:00 to 04:00 local is two real hours in spring and four in autumn.
    const spring = entry(local(2026, 3, 29, 1), local(2026, 3, 29, 4));
    const autumn = entry(local(2026, 10, 25, 1), local(2026, 10, 25, 4));
    expect(totalsIn([spring], weekRange(local(2026, 3, 29)), Date.now()).total).toBe(2 * HOUR);
    expect(totalsIn([autumn], weekRange(local(2026, 10, 25)), Date.now()).total).toBe(4 * HOUR);
    // The weeks themselves are an hour short and an hour long.
    const spring7 = weekRange(local(2026, 3, 29));
    expect(spring7.end - spring7.start).toBe(7 * 24 * HOUR - HOUR);
    const autumn7 = weekRange(local(2026, 10, 25));
    expect(autumn7.end - autumn7.start).toBe(7 * 24 * HOUR + HOUR);
  });

  it('adds per client and counts a running timer up to now', () => {
    const now = local(2026, 12, 2, 11);
    const entries = [
      entry(local(2026, 12, 1, 9), local(2026, 12, 1, 10), 'a'),
      entry(local(2026, 12, 1, 10), local(2026, 12, 1, 10, 30), null),
      entry(local(2026, 12, 2, 10), null, 'b'),
    ];
    const totals = totalsIn(entries, weekRange(now), now);
    expect(Object.fromEntries(totals.byClient)).toEqual({ a: HOUR, '': HOUR / 2, b: HOUR });
    expect(totals.total).toBe(2.5 * HOUR);
  });
});
