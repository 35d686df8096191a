import { addMonths, addWeeks, startOfMonth, startOfWeek } from 'date-fns';
import { endOf } from './timer';
import type { TimeEntry } from './time-entry-schema';

/** A span of real time [start, end) in epoch milliseconds. */
export interface Range {
  start: number;
  end: number;
}

/** Weeks start on Monday unless the caller says otherwise (0 = Sunday). */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The local week around `date`, from midnight to midnight, however long the clocks make it. */
export function weekRange(date: Date | number, weekStartsOn: WeekStart = 1): Range {
  const start = startOfWeek(date, { weekStartsOn });
  return { start: start.getTime(), end: addWeeks(start, 1).getTime() };
}

/** The local calendar month around `date`. */
export function monthRange(date: Date | number): Range {
  const start = startOfMonth(date);
  return { start: start.getTime(), end: addMonths(start, 1).getTime() };
}

/** How much of an entry falls inside a range; a running entry counts up to `now`. */
export function overlapMs(entry: TimeEntry, range: Range, now: number): number {
  return Math.max(0, Math.min(endOf(entry, now), range.end) - Math.max(entry.start, range.start));
}

export interface Totals {
  /** Milliseconds in the range, all clients together. */
  total: number;
  /** Milliseconds per client id; time for no client is under the empty key ''. */
  byClient: Map<string, number>;
}

/**
 * The time in a range per client and overall: an entry across the range's edge (a night across
 * Sunday midnight, a month end) counts only its part inside.
 */
export function totalsIn(entries: TimeEntry[], range: Range, now: number): Totals {
  const byClient = new Map<string, number>();
  let total = 0;
  for (const entry of entries) {
    const ms = overlapMs(entry, range, now);
    if (ms === 0) continue;
    total += ms;
    const key = entry.clientId ?? '';
    byClient.set(key, (byClient.get(key) ?? 0) + ms);
  }
  return { total, byClient };
}
