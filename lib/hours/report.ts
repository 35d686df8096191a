import type { HoursSettings } from './hours-settings';
import { limitLevel, type LimitLevel } from './limits';
import { entryOutOfHoursMs, type WorkingTime } from './out-of-hours';
import { overlapMs, type Range } from './totals';
import type { TimeEntry } from './time-entry-schema';

interface ReportRow {
  /** '' for time tracked for no client. */
  clientId: string;
  ms: number;
  outOfHoursMs: number;
  /** The client's limit for the period, if set, and where the time stands against it. */
  limitHours: number | null;
  level: LimitLevel | null;
}

export interface HoursReport {
  rows: ReportRow[];
  totalMs: number;
  outOfHoursMs: number;
  /** Out-of-hours time as a share of all time (0 when nothing was tracked). */
  outOfHoursShare: number;
}

/** A week's or a month's time per client, the most first, with its out-of-hours part and limits. */
export function hoursReport(
  entries: TimeEntry[],
  range: Range,
  period: 'week' | 'month',
  working: WorkingTime,
  hours: Pick<HoursSettings, 'byClient' | 'nearShare'>,
  now: number,
): HoursReport {
  const byClient = new Map<string, { ms: number; outOfHoursMs: number }>();
  for (const entry of entries) {
    const ms = overlapMs(entry, range, now);
    if (ms === 0) continue;
    const row = byClient.get(entry.clientId ?? '') ?? { ms: 0, outOfHoursMs: 0 };
    row.ms += ms;
    row.outOfHoursMs += entryOutOfHoursMs(entry, range, working, now);
    byClient.set(entry.clientId ?? '', row);
  }
  const rows = [...byClient].map(([clientId, row]): ReportRow => {
    const limit = hours.byClient[clientId];
    const limitHours = (period === 'week' ? limit?.weekHours : limit?.monthHours) ?? null;
    return {
      clientId,
      ...row,
      limitHours,
      level: limitHours === null ? null : limitLevel(row.ms, limitHours, hours.nearShare),
    };
  });
  rows.sort((a, b) => b.ms - a.ms);
  const totalMs = rows.reduce((sum, row) => sum + row.ms, 0);
  const outOfHoursMs = rows.reduce((sum, row) => sum + row.outOfHoursMs, 0);
  return { rows, totalMs, outOfHoursMs, outOfHoursShare: totalMs === 0 ? 0 : outOfHoursMs / totalMs };
}
