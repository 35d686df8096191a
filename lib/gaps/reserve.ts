import type { Interval } from './find-gaps';

/**
 * What "Reserve" books in a free gap: a buffer of the length the user set, at the gap's start,
 * not the whole gap (a free afternoon is not one buffer); a gap shorter than that, whole.
 */
export function reservedSlot(gap: Interval, bufferMinutes: number): Interval {
  return { start: gap.start, end: Math.min(gap.end, gap.start + bufferMinutes * 60_000) };
}
