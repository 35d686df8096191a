import type { HoursSettings } from './hours-settings';
import { limitWarnings, type LimitWarning } from './limits';
import { entryOutOfHoursMs, type WorkingTime } from './out-of-hours';
import { monthRange, totalsIn, weekRange, type Range, type WeekStart } from './totals';
import type { TimeEntry } from './time-entry-schema';

/** The week so far, as the sidebar shows it under the timer. */
export interface WeekSummary {
  week: Range;
  totalMs: number;
  outOfHoursMs: number;
  warnings: LimitWarning[];
}

/** The span to read entries for: this week and this month together. */
export function summaryRange(now: number, weekStartsOn: WeekStart = 1): Range {
  const week = weekRange(now, weekStartsOn);
  const month = monthRange(now);
  return { start: Math.min(week.start, month.start), end: Math.max(week.end, month.end) };
}

export function weekSummary(
  entries: TimeEntry[],
  hours: HoursSettings,
  working: WorkingTime,
  now: number,
  weekStartsOn: WeekStart = 1,
): WeekSummary {
  const week = weekRange(now, weekStartsOn);
  return {
    week,
    totalMs: totalsIn(entries, week, now).total,
    outOfHoursMs: entries.reduce((sum, entry) => sum + entryOutOfHoursMs(entry, week, working, now), 0),
    warnings: limitWarnings(entries, hours, now, weekStartsOn),
  };
}
