import { subDays } from 'date-fns';
import type { HoursSettings } from './hours-settings';
import { entryOutOfHoursMs, type WorkingTime } from './out-of-hours';
import { endOf } from './timer';
import type { TimeEntry } from './time-entry-schema';

/** Less than this past the working hours is finishing a task, not a client's demand. */
const MIN_OUT_OF_HOURS_MS = 15 * 60 * 1000;

/** One entry worked for the client outside working hours: the evidence a flag would cite. */
interface OutOfHoursTime {
  start: number;
  end: number;
  outOfHoursMs: number;
}

export interface OutOfHoursEvidence {
  /** Entries with out-of-hours time in the window, the latest first. */
  times: OutOfHoursTime[];
  /** True once they reach the user's "this many times" setting. */
  recurs: boolean;
  recurrence: HoursSettings['recurrence'];
}

/**
 * The client's work outside working hours over the last `recurrence.days` days: each entry with
 * at least MIN_OUT_OF_HOURS_MS of it counts once.
 */
export function outOfHoursEvidence(
  entries: TimeEntry[],
  clientId: string,
  working: WorkingTime,
  recurrence: HoursSettings['recurrence'],
  now: number,
): OutOfHoursEvidence {
  const window = { start: subDays(now, recurrence.days).getTime(), end: now };
  const times = entries
    .filter((entry) => entry.clientId === clientId)
    .map((entry) => ({
      start: entry.start,
      end: endOf(entry, now),
      outOfHoursMs: entryOutOfHoursMs(entry, window, working, now),
    }))
    .filter((time) => time.outOfHoursMs >= MIN_OUT_OF_HOURS_MS)
    .sort((a, b) => b.start - a.start);
  return { times, recurs: times.length >= recurrence.times, recurrence };
}
