process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { defaultHoursSettings } from '@/lib/hours/hours-settings';
import { limitLevel, limitWarnings } from '@/lib/hours/limits';
import { outOfHoursEvidence } from '@/lib/hours/recurrence';
import { weekSummary } from '@/lib/hours/week-summary';
import { hoursReport } from '@/lib/hours/report';
import { hoursSettingsSchema } from '@/lib/settings/settings-schema';
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
      ...defaultHoursSettings,
      weekHours: 16,
      byClient: { a: { weekHours: 15, monthHours: 55 }, b: { weekHours: 20, monthHours: null } },
    };
    expect(limitWarnings(entries, limits, now)).toEqual([
      { clientId: 'a', period: 'month', level: 'passed', usedMs: 58 * HOUR, limitHours: 55 },
      { clientId: null, period: 'week', level: 'near', usedMs: 14 * HOUR, limitHours: 16 },
    ]);
  });

  it('refuses limits that are not hours a week could hold', () => {
    expect(hoursSettingsSchema.safeParse({ ...defaultHoursSettings, weekHours: 200 }).success).toBe(false);
    expect(hoursSettingsSchema.safeParse({ ...defaultHoursSettings, extra: 1 }).success).toBe(false);
  });
});

describe('the week summary', () => {
  const working = {
    workDays: [1, 2, 3, 4, 5],
    daysOff: [],
    workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '17:00' })),
  };

  it('adds the week, its out-of-hours part and the warnings', () => {
    const now = local(2026, 12, 2, 12);
    const entries = [
      entry(local(2026, 11, 29, 10), local(2026, 11, 29, 12)), // last Sunday: another week
      entry(local(2026, 11, 30, 16), local(2026, 11, 30, 19)), // two hours past 17:00
      entry(local(2026, 12, 2, 9), null), // running since 09:00
    ];
    const summary = weekSummary(entries, { ...defaultHoursSettings, weekHours: 7 }, working, now);
    expect(summary.totalMs).toBe(6 * HOUR);
    expect(summary.outOfHoursMs).toBe(2 * HOUR);
    expect(summary.warnings).toEqual([
      { clientId: null, period: 'week', level: 'near', usedMs: 6 * HOUR, limitHours: 7 },
    ]);
  });
});

describe('out-of-hours work that recurs', () => {
  const working = {
    workDays: [1, 2, 3, 4, 5],
    daysOff: [],
    workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '17:00' })),
  };
  const now = local(2026, 12, 2, 12);
  const recurrence = { times: 3, days: 14 };

  it('counts the client’s entries with 15 minutes or more out of hours in the last two weeks', () => {
    const entries = [
      entry(local(2026, 11, 10, 20), local(2026, 11, 10, 22), 'a'), // three weeks ago: out of the window
      entry(local(2026, 11, 24, 20), local(2026, 11, 24, 21), 'a'),
      entry(local(2026, 11, 28, 10), local(2026, 11, 28, 11), 'a'), // a Saturday
      entry(local(2026, 11, 30, 16), local(2026, 11, 30, 17, 10), 'a'), // ten minutes over: finishing up
      entry(local(2026, 12, 1, 21), local(2026, 12, 1, 22), 'b'), // another client
    ];
    const twice = outOfHoursEvidence(entries, 'a', working, recurrence, now);
    expect(twice.recurs).toBe(false);
    expect(twice.times.map((time) => time.start)).toEqual([local(2026, 11, 28, 10), local(2026, 11, 24, 20)]);
    const again = [...entries, entry(local(2026, 12, 1, 7), local(2026, 12, 1, 8), 'a')];
    const thrice = outOfHoursEvidence(again, 'a', working, recurrence, now);
    expect(thrice.recurs).toBe(true);
    expect(thrice.times[0]).toEqual({ start: local(2026, 12, 1, 7), end: local(2026, 12, 1, 8), outOfHoursMs: HOUR });
  });
});

describe('the report', () => {
  const working = {
    workDays: [1, 2, 3, 4, 5],
    daysOff: [],
    workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '17:00' })),
  };

  it('gives each client its time in the month, out-of-hours part and limit, the most first', () => {
    const month = { start: local(2026, 11, 1), end: local(2026, 12, 1) };
    const entries = [
      entry(local(2026, 10, 31, 23), local(2026, 11, 1, 1), 'a'), // one hour in November, on a Sunday
      entry(local(2026, 11, 2, 9), local(2026, 11, 2, 12), 'b'),
      entry(local(2026, 11, 3, 16), local(2026, 11, 3, 18), 'a'),
      entry(local(2026, 11, 4, 10), local(2026, 11, 4, 10, 30), null),
    ];
    const hours = { ...defaultHoursSettings, byClient: { a: { weekHours: null, monthHours: 2.5 } } };
    const report = hoursReport(entries, month, 'month', working, hours, Date.now());
    expect(report.rows).toEqual([
      { clientId: 'a', ms: 3 * HOUR, outOfHoursMs: 2 * HOUR, limitHours: 2.5, level: 'passed' },
      { clientId: 'b', ms: 3 * HOUR, outOfHoursMs: 0, limitHours: null, level: null },
      { clientId: '', ms: HOUR / 2, outOfHoursMs: 0, limitHours: null, level: null },
    ]);
    expect(report.totalMs).toBe(6.5 * HOUR);
    expect(report.outOfHoursShare).toBeCloseTo(2 / 6.5);
  });
});
