import { addDays } from 'date-fns';
import { isoDay, isWorkingDay, type WorkWeek } from '@/lib/work-week/working-day';

// A calendar with every day full (or no working day) would never end the search: a year at most.
const MAX_DAYS_SCANNED = 366;

/** A proposed date, and the full days it was moved past (none when the first day was free). */
export interface ProposedDay {
  date: Date;
  skipped: Date[];
}

/**
 * A deadline proposed on `date` moved to the first working day from it that Calendar, as last
 * read, does not show fully booked (`fullDays`, yyyy-MM-dd): a promise made on a day with no
 * room in it is a promise broken. Days Calendar never showed count as free.
 */
export function avoidFullDays(date: Date, week: WorkWeek, fullDays: ReadonlySet<string>): ProposedDay {
  const skipped: Date[] = [];
  let day = date;
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day = addDays(day, 1)) {
    if (!isWorkingDay(day, week)) continue;
    if (!fullDays.has(isoDay(day))) return { date: day, skipped };
    skipped.push(day);
  }
  return { date, skipped: [] };
}
