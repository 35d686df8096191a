import { differenceInCalendarDays, subDays } from 'date-fns';
import type { Severity } from './client';
import type { Flag } from './client-schema';
import { responsesFor, type Response } from './responses';

/**
 * Where the signs are going. A trend needs signs in two periods (the last 30 days and the 30
 * before): signs in the last 30 days alone are `new`, "not a trend yet", however many.
 */
export type Trend = 'none' | 'new' | 'rising' | 'steady' | 'falling';

export interface ClientStatusSummary {
  /** Warning signs recorded in the last 30 and 90 days (a flag may carry several). */
  last30: number;
  last90: number;
  /** The last 30 days against the 30 before them. */
  trend: Trend;
  /** The answers the signs of the last 90 days call for, the most called-for first. */
  responses: Response[];
  /** Ending the engagement is worth considering: many grave signs, spread over two weeks at least. */
  considerEnding: boolean;
}

const WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** Thresholds, on signs weighted by severity (mild 1, moderate 2, serious 3). */
export const THRESHOLDS = {
  /** Weighted signs in 90 days from which ending the engagement is worth considering. */
  end: 12,
  /**
   * Days between the first and the last flag counted before ending is suggested: one bad week
   * is a bad week, not a relationship to end.
   */
  endSpreadDays: 7,
} as const;

type Counted = Pick<Flag, 'signs' | 'severity' | 'at'>;

function trendOf(last30: number, previous30: number): Trend {
  if (last30 === 0 && previous30 === 0) return 'none';
  if (previous30 === 0) return 'new';
  if (last30 > previous30) return 'rising';
  return last30 < previous30 ? 'falling' : 'steady';
}

export function summarizeFlags(flags: Counted[], now: Date): ClientStatusSummary {
  const day30 = subDays(now, 30).getTime();
  const day60 = subDays(now, 60).getTime();
  const day90 = subDays(now, 90).getTime();
  const counted = flags.filter((flag) => flag.at <= now.getTime() && flag.at >= day90);
  let last30 = 0;
  let previous30 = 0;
  let weighted90 = 0;
  for (const flag of counted) {
    const count = flag.signs.length;
    weighted90 += count * WEIGHT[flag.severity];
    if (flag.at >= day30) last30 += count;
    else if (flag.at >= day60) previous30 += count;
  }
  const times = counted.map((flag) => flag.at);
  const spreadDays = times.length ? differenceInCalendarDays(Math.max(...times), Math.min(...times)) : 0;
  return {
    last30,
    last90: counted.reduce((sum, flag) => sum + flag.signs.length, 0),
    trend: trendOf(last30, previous30),
    responses: responsesFor(counted.flatMap((flag) => flag.signs)),
    considerEnding: weighted90 >= THRESHOLDS.end && spreadDays >= THRESHOLDS.endSpreadDays,
  };
}
