import { differenceInDays } from 'date-fns';

/** When the last backup file was made, or, before the first one, since when Leeway has been counting. */
export interface BackupClock {
  at?: number;
  since?: number;
}

/**
 * True when the last backup is `everyDays` days old or more; before any backup, counted from the
 * first time Leeway looked, so a new user is not asked on their first day. 0 days: never.
 */
export function isBackupDue(clock: BackupClock, everyDays: number, now: number): boolean {
  if (everyDays === 0) return false;
  const from = clock.at ?? clock.since ?? now;
  return differenceInDays(now, from) >= everyDays;
}
