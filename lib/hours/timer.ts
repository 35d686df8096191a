import { t, uiLanguage } from '@/lib/i18n';
import type { EntryInput, TimeEntry } from './time-entry-schema';

// The rules of tracked time, pure so they are tested without a database: one timer at a time,
// no two entries covering the same minute, splits that lose nothing. The repository applies them
// inside one transaction.

/** An entry's end, or `now` while it runs. */
export const endOf = (entry: Pick<TimeEntry, 'end'>, now: number): number => entry.end ?? now;

/** The first entry (other than `exceptId`) that shares time with [start, end). */
function findOverlap(
  entries: TimeEntry[],
  span: { start: number; end: number },
  now: number,
  exceptId?: string,
): TimeEntry | undefined {
  return entries.find((e) => e.id !== exceptId && e.start < span.end && endOf(e, now) > span.start);
}

class OverlapError extends Error {
  constructor(readonly other: TimeEntry) {
    const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).formatRange(
      other.start,
      endOf(other, Date.now()),
    );
    super(t('entryOverlaps', when));
  }
}

/** Refuses a span that is in the future or shares time with another entry. */
export function checkSpan(entries: TimeEntry[], span: EntryInput, now: number, exceptId?: string): void {
  if (span.end > now) throw new Error(t('entryInFuture'));
  const other = findOverlap(entries, span, now, exceptId);
  if (other) throw new OverlapError(other);
}

/**
 * Where to cut an entry in two: strictly inside it (a running entry is cut before now), so
 * both halves keep some time and together cover exactly the original span.
 */
export function splitEntry(entry: TimeEntry, at: number, now: number): [TimeEntry, Omit<TimeEntry, 'id'>] {
  if (!(at > entry.start && at < endOf(entry, now))) throw new Error('The split falls outside the entry');
  const first = { ...entry, end: at, updatedAt: now };
  const second = { ...entry, start: at, createdAt: now, updatedAt: now };
  delete (second as Partial<TimeEntry>).id;
  return [first, second];
}
