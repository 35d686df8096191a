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

/** A gap offered for discarding, and the running entry it belongs to. */
export interface IdleOffer extends Range {
  entryId: string;
}

/**
 * What the background keeps of the focus, stored because its worker stops at any moment: the
 * Leeway pages (Gmail, Calendar, Leeway's own) that have the focus now, since when none has,
 * the gap on offer, and when a page last reported (to close the books after a restart).
 */
export interface FocusState {
  focused: Record<string, number>;
  leftAt: number | null;
  offer: IdleOffer | null;
  reportedAt: number | null;
}

export const noFocusState: FocusState = { focused: {}, leftAt: null, offer: null, reportedAt: null };

/** More pages than a user keeps open: the oldest are forgotten (a page closed without a word). */
const MAX_FOCUSED_PAGES = 20;

/**
 * The state after a page says it took or lost the focus. The pages speak one by one and in any
 * order (a Gmail tab loses the focus to its own sidebar frame), so "away" starts only when no
 * page holds it any more, and ends with the first page taking it back: then the gap, if long
 * enough while a timer ran, is offered (it replaces an older offer not yet answered).
 */
export function afterFocusReport(
  state: FocusState,
  report: { page: string; focused: boolean },
  running: TimeEntry | null,
  idleMinutes: number | null,
  now: number,
): FocusState {
  const wasAway = Object.keys(state.focused).length === 0;
  const focused = { ...state.focused };
  delete focused[report.page];
  if (!report.focused) {
    const away = Object.keys(focused).length === 0;
    return { ...state, focused, leftAt: away ? (state.leftAt ?? now) : null, reportedAt: now };
  }
  focused[report.page] = now;
  const kept = Object.entries(focused)
    .sort(([, a], [, b]) => b - a)
    .slice(0, MAX_FOCUSED_PAGES);
  const gap = wasAway ? idleGap(running, state.leftAt, now, idleMinutes) : null;
  return {
    focused: Object.fromEntries(kept),
    leftAt: null,
    offer: gap && running ? { entryId: running.id, ...gap } : state.offer,
    reportedAt: now,
  };
}

/**
 * After a browser restart or an update no page is left to say it lost the focus: those that had
 * it are forgotten, and the time away counts from the last report heard.
 */
export function afterRestart(state: FocusState, now: number): FocusState {
  if (Object.keys(state.focused).length === 0) return state;
  return { ...state, focused: {}, leftAt: state.leftAt ?? state.reportedAt ?? now };
}

/** The offer still stands only for the timer it was made for, inside its time. */
export function standingOffer(state: FocusState, running: TimeEntry | null): IdleOffer | null {
  const offer = state.offer;
  if (!offer || !running || running.end !== null || offer.entryId !== running.id) return null;
  return offer.start >= running.start ? offer : null;
}
