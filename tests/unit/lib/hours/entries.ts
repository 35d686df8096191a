import type { TimeEntry } from '@/lib/hours/time-entry-schema';

/** A finished entry for pure tests; times are epoch milliseconds. */
export function entry(start: number, end: number | null, clientId: string | null = 'c1', id = `e-${start}`): TimeEntry {
  return { id, clientId, description: '', source: 'sidebar', start, end, createdAt: start, updatedAt: start };
}

export const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
export const HOUR = 60 * 60 * 1000;
