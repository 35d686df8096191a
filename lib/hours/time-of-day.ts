import { addDays, format } from 'date-fns';

/** A local day (yyyy-MM-dd) and time of day (HH:mm) as an instant (the day's own offset, daylight saving or not). */
export const instant = (date: string, time: string): number => new Date(`${date}T${time}`).getTime();

/**
 * The first time of day `time` (HH:mm) after `from`: on its day, or on the next when it is at or
 * before it (work past midnight: 23:30 to 00:30, a split at 00:05).
 */
export function timeAfter(from: number, time: string): number {
  const sameDay = instant(format(from, 'yyyy-MM-dd'), time);
  return sameDay > from ? sameDay : instant(format(addDays(from, 1), 'yyyy-MM-dd'), time);
}
