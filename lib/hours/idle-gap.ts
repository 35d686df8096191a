import type { Range } from './totals';
import type { TimeEntry } from './time-entry-schema';

// An idle gap: while a timer ran, no Leeway tab (Gmail, Calendar) had the focus for longer than
// the user's setting. On return the sidebar offers to drop it from the timer (keep or discard).

/**
 * The gap to offer, or null: the running timer's time between the moment the last Leeway tab
 * lost the focus and the return, when at least `idleMinutes` long.
 */
export function idleGap(
  running: TimeEntry | null,
  leftAt: number | null,
  returnedAt: number,
  idleMinutes: number | null,
): Range | null {
  if (!running || running.end !== null || leftAt === null || idleMinutes === null) return null;
  const start = Math.max(leftAt, running.start);
  if (returnedAt - start < idleMinutes * 60_000) return null;
  return { start, end: returnedAt };
}

/**
 * The running entry with the gap taken out: the part before it, finished, and the timer running
 * on from the return, with the same client and description. A gap from the timer's very start
 * leaves only the running part.
 */
export function withoutGap(running: TimeEntry, gap: Range): { before: Range | null; resumeAt: number } {
  return { before: gap.start > running.start ? { start: running.start, end: gap.start } : null, resumeAt: gap.end };
}
