import { subDays } from 'date-fns';
import type { Severity, WarningSign } from './client';
import type { Flag } from './client-schema';

export type Trend = 'none' | 'rising' | 'steady' | 'falling';
export type Suggestion = 'boundary' | 'renegotiate' | 'end';

export interface ClientStatusSummary {
  /** Warning signs recorded in the last 30 and 90 days (a flag may carry several). */
  last30: number;
  last90: number;
  /** The last 30 days against the 30 before them. */
  trend: Trend;
  /** The strongest step the numbers call for, if any. */
  suggestion?: Suggestion;
}

const WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
// Signs that are about the terms of the work rather than the relationship: repeated, they call
// for renegotiating (scope, deadlines, payment) before anything else.
const TERMS: ReadonlySet<WarningSign> = new Set([
  'scope-creep',
  'unrealistic-deadlines',
  'late-payment',
  'late-information',
]);

/** Thresholds, on signs weighted by severity (low 1, medium 2, high 3). */
export const THRESHOLDS = {
  /** Weighted signs in 30 days from which a boundary-setting message is suggested. */
  boundary: 3,
  /** Term-related signs in 90 days from which renegotiating is suggested. */
  renegotiate: 3,
  /** Weighted signs in 90 days from which ending the engagement is worth considering. */
  end: 12,
} as const;

export function summarizeFlags(flags: Pick<Flag, 'signs' | 'severity' | 'at'>[], now: Date): ClientStatusSummary {
  const day30 = subDays(now, 30).getTime();
  const day60 = subDays(now, 60).getTime();
  const day90 = subDays(now, 90).getTime();
  let last30 = 0;
  let previous30 = 0;
  let last90 = 0;
  let weighted30 = 0;
  let weighted90 = 0;
  let terms90 = 0;
  for (const flag of flags) {
    if (flag.at > now.getTime() || flag.at < day90) continue;
    const count = flag.signs.length;
    const weighted = count * WEIGHT[flag.severity];
    last90 += count;
    weighted90 += weighted;
    terms90 += flag.signs.filter((sign) => TERMS.has(sign)).length;
    if (flag.at >= day30) {
      last30 += count;
      weighted30 += weighted;
    } else if (flag.at >= day60) {
      previous30 += count;
    }
  }
  const trend: Trend =
    last30 === 0 && previous30 === 0
      ? 'none'
      : last30 > previous30
        ? 'rising'
        : last30 < previous30
          ? 'falling'
          : 'steady';
  const suggestion: Suggestion | undefined =
    weighted90 >= THRESHOLDS.end
      ? 'end'
      : terms90 >= THRESHOLDS.renegotiate
        ? 'renegotiate'
        : weighted30 >= THRESHOLDS.boundary
          ? 'boundary'
          : undefined;
  return { last30, last90, trend, suggestion };
}
