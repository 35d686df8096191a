// The one definition of a working day, for templates' working-day dates and Calendar's gaps
// alike. It runs in the Calendar content script for every day on screen: plain Date methods, no
// library, as everything that script loads is parsed on Google's main thread.

/** The user's working week: weekdays worked (0 = Sunday) and days off (yyyy-MM-dd). */
export interface WorkWeek {
  workDays: number[];
  daysOff: string[];
}

/**
 * What a day is to the user: worked, a weekday they never work, or a day off they set in the
 * settings (a holiday, leave), which wins over the weekday.
 */
export type DayKind = 'workday' | 'not-worked' | 'day-off';

/** A local calendar day as the settings store days off: yyyy-MM-dd. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day a yyyy-MM-dd string names (as isoDay writes it, as a date field gives it); undefined for anything else. */
export function parseIsoDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  // 30 February would roll over to March: no such day.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

export function dayKind(date: Date, week: WorkWeek): DayKind {
  if (week.daysOff.includes(isoDay(date))) return 'day-off';
  return week.workDays.includes(date.getDay()) ? 'workday' : 'not-worked';
}

export const isWorkingDay = (date: Date, week: WorkWeek): boolean => dayKind(date, week) === 'workday';
