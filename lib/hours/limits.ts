import type { HoursSettings } from './hours-settings';
import { monthRange, totalsIn, weekRange, type WeekStart } from './totals';
import type { TimeEntry } from './time-entry-schema';

export type LimitLevel = 'ok' | 'near' | 'passed';

const HOUR_MS = 60 * 60 * 1000;

/** Where used time stands against a limit: passed once over it, near from its near share. */
export function limitLevel(usedMs: number, limitHours: number, nearShare: number): LimitLevel {
  const limitMs = limitHours * HOUR_MS;
  if (usedMs > limitMs) return 'passed';
  return usedMs >= limitMs * nearShare ? 'near' : 'ok';
}

export interface LimitWarning {
  /** null for the overall limit. */
  clientId: string | null;
  period: 'week' | 'month';
  level: Exclude<LimitLevel, 'ok'>;
  usedMs: number;
  limitHours: number;
}

/** Every limit that is near or passed at `now`, the passed ones first. */
export function limitWarnings(
  entries: TimeEntry[],
  limits: Pick<HoursSettings, 'weekHours' | 'nearShare' | 'byClient'>,
  now: number,
  weekStartsOn: WeekStart = 1,
): LimitWarning[] {
  const week = totalsIn(entries, weekRange(now, weekStartsOn), now);
  const month = totalsIn(entries, monthRange(now), now);
  const warnings: LimitWarning[] = [];
  const check = (clientId: string | null, period: 'week' | 'month', usedMs: number, limitHours: number | null) => {
    if (limitHours === null) return;
    const level = limitLevel(usedMs, limitHours, limits.nearShare);
    if (level !== 'ok') warnings.push({ clientId, period, level, usedMs, limitHours });
  };
  check(null, 'week', week.total, limits.weekHours);
  for (const [clientId, limit] of Object.entries(limits.byClient)) {
    check(clientId, 'week', week.byClient.get(clientId) ?? 0, limit.weekHours);
    check(clientId, 'month', month.byClient.get(clientId) ?? 0, limit.monthHours);
  }
  return warnings.sort((a, b) => (a.level === b.level ? 0 : a.level === 'passed' ? -1 : 1));
}
