import { addDays, startOfDay } from 'date-fns';
import type { GapSettings } from '@/lib/gaps/gap-settings';
import { dayKind, type WorkWeek } from '@/lib/work-week/working-day';
import { endOf } from './timer';
import type { Range } from './totals';
import type { TimeEntry } from './time-entry-schema';

/** What decides out-of-hours time: the working week and days off, and each weekday's hours. */
export type WorkingTime = WorkWeek & Pick<GapSettings, 'workHours'>;

/** The wall-clock time "HH:MM" on a local day, so a day the clocks change keeps its 9 o'clock. */
function at(day: Date, time: string): number {
  const [h, m] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
}

/** The working hours of a local day, or null on a day not worked (weekend, day off). */
function workingSpan(day: Date, working: WorkingTime): Range | null {
  const hours = working.workHours[day.getDay()];
  if (!hours || dayKind(day, working) !== 'workday') return null;
  return { start: at(day, hours.start), end: at(day, hours.end) };
}

/**
 * The part of [start, end) outside working hours: evenings, nights, weekends and days off,
 * cut at each local midnight so every day is read with its own hours.
 */
export function outOfHoursMs(span: Range, working: WorkingTime): number {
  let out = 0;
  for (let day = startOfDay(span.start); day.getTime() < span.end; day = addDays(day, 1)) {
    const from = Math.max(span.start, day.getTime());
    const to = Math.min(span.end, addDays(day, 1).getTime());
    if (to <= from) continue;
    const work = workingSpan(day, working);
    const inside = work ? Math.max(0, Math.min(to, work.end) - Math.max(from, work.start)) : 0;
    out += to - from - inside;
  }
  return out;
}

/** An entry's out-of-hours time inside a range; a running entry counts up to `now`. */
export function entryOutOfHoursMs(entry: TimeEntry, range: Range, working: WorkingTime, now: number): number {
  const start = Math.max(entry.start, range.start);
  const end = Math.min(endOf(entry, now), range.end);
  return end > start ? outOfHoursMs({ start, end }, working) : 0;
}
