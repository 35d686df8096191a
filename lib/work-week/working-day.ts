import { getDay, lightFormat } from 'date-fns';

// The one definition of a working day, for templates' working-day dates and Calendar's gaps
// alike. Light enough for the Calendar content script (no locale data).

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

export function dayKind(date: Date, week: WorkWeek): DayKind {
  if (week.daysOff.includes(lightFormat(date, 'yyyy-MM-dd'))) return 'day-off';
  return week.workDays.includes(getDay(date)) ? 'workday' : 'not-worked';
}

export const isWorkingDay = (date: Date, week: WorkWeek): boolean => dayKind(date, week) === 'workday';
