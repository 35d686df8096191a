import { addDays, startOfDay } from 'date-fns';
import { workingSpan, type WorkingTime } from './out-of-hours';
import { endOf } from './timer';
import type { TimeEntry } from './time-entry-schema';

// When to remind the user to take a break: after a stretch of tracked work, never outside
// working hours. Pure, so the background only stores what happened (a reminder shown, a snooze)
// and asks this module when the next reminder falls.

/** A pause shorter than this between two entries (a switch, a coffee) does not end a stretch. */
const SHORT_PAUSE_MS = 5 * 60_000;
/** How long "Snooze" puts the reminder off. */
export const SNOOZE_MINUTES = 15;

/** What the background remembers of the reminders, stored so a stopped worker forgets nothing. */
export interface BreakState {
  /** When the last reminder was shown. */
  remindedAt: number | null;
  /** No reminder before this instant. */
  snoozedUntil: number | null;
  /** A reminder is out and not answered yet: the sidebar shows it too (Firefox's notification has no buttons). */
  shown?: boolean;
}

export const noBreakState: BreakState = { remindedAt: null, snoozedUntil: null, shown: false };

/**
 * When the current stretch of work began: the running entry's start, moved back over the entries
 * just before it while they follow one another with no more than a short pause. Null when no
 * timer runs.
 */
export function stretchStart(entries: TimeEntry[], now: number): number | null {
  const sorted = [...entries].sort((a, b) => b.start - a.start);
  const running = sorted.find((e) => e.end === null);
  if (!running) return null;
  let start = running.start;
  for (const entry of sorted) {
    if (entry.start >= start) continue;
    if (endOf(entry, now) < start - SHORT_PAUSE_MS) break;
    start = entry.start;
  }
  return start;
}

function isInWorkingHours(at: number, working: WorkingTime): boolean {
  const span = workingSpan(new Date(at), working);
  return span !== null && at >= span.start && at < span.end;
}

/** The first instant at or after `from` inside working hours, looking a fortnight ahead. */
function firstWorkingInstant(from: number, working: WorkingTime): number | null {
  for (let day = startOfDay(from), n = 0; n < 15; day = addDays(day, 1), n++) {
    const span = workingSpan(day, working);
    if (span && span.end > from && span.end > span.start) return Math.max(from, span.start);
  }
  return null;
}

/**
 * When the next reminder is due: a stretch's length after it began, or after the last reminder
 * of this stretch (worked on regardless), not before a snooze ends, moved to the start of the
 * next working hours when it falls outside them. Null when no timer runs or reminders are off.
 */
export function nextBreakDue(
  entries: TimeEntry[],
  everyMinutes: number | null,
  state: BreakState,
  working: WorkingTime,
  now: number,
): number | null {
  const since = stretchStart(entries, now);
  if (since === null || everyMinutes === null) return null;
  const every = everyMinutes * 60_000;
  let due = since + every;
  // Only what happened during this stretch counts: a reminder from yesterday says nothing.
  if (state.remindedAt !== null && state.remindedAt >= since) due = Math.max(due, state.remindedAt + every);
  if (state.snoozedUntil !== null && state.snoozedUntil > since) {
    // A snooze answers the reminder before it: back when the snooze ends, not a stretch later.
    const answersReminder = state.remindedAt !== null && state.snoozedUntil > state.remindedAt;
    due = answersReminder ? state.snoozedUntil : Math.max(due, state.snoozedUntil);
  }
  return firstWorkingInstant(due, working);
}

/** Whether a reminder is to be shown now: it is due, and now is inside working hours. */
export function isBreakDue(
  entries: TimeEntry[],
  everyMinutes: number | null,
  state: BreakState,
  working: WorkingTime,
  now: number,
): boolean {
  const due = nextBreakDue(entries, everyMinutes, state, working, now);
  return due !== null && due <= now && isInWorkingHours(now, working);
}
