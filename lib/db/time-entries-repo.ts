import type { IDBPTransaction } from 'idb';
import { checkSpan, splitEntry } from '@/lib/hours/timer';
import { withoutGap } from '@/lib/hours/idle-gap';
import {
  MAX_ENTRY_MS,
  timeEntrySchema,
  type EntryDetails,
  type EntryInput,
  type TimeEntry,
} from '@/lib/hours/time-entry-schema';
import type { Range } from '@/lib/hours/totals';
import { t } from '@/lib/i18n';
import type { GetDb } from './open-db';
import { checkedRecord } from './records';
import type { LeewayDB } from './schema';
import { errorMessage } from '@/lib/error-message';

type Tx<M extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<LeewayDB, ['timeEntries'], M>;
type WriteTx = Tx<'readwrite'>;

/** Entries that fail their schema stay stored and out of totals and lists. */
const readable = (records: unknown[]): TimeEntry[] =>
  records.flatMap((record) => {
    const parsed = timeEntrySchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });

/**
 * The entries sharing time with a range: no entry is longer than MAX_ENTRY_MS, so only those
 * starting at most that long before it can reach into it.
 */
async function entriesAround<M extends IDBTransactionMode>(tx: Tx<M>, range: Range, now: number): Promise<TimeEntry[]> {
  const keys = IDBKeyRange.bound(range.start - MAX_ENTRY_MS, range.end, false, true);
  const records = await tx.objectStore('timeEntries').index('by-start').getAll(keys);
  return readable(records).filter((e) => e.start < range.end && (e.end ?? now) > range.start);
}

/** The running entry is the latest one: any entry after its start would overlap it. */
async function runningIn<M extends IDBTransactionMode>(tx: Tx<M>): Promise<TimeEntry | undefined> {
  const cursor = await tx.objectStore('timeEntries').index('by-start').openCursor(null, 'prev');
  if (!cursor) return undefined;
  const [latest] = readable([cursor.value]);
  return latest?.end === null ? latest : undefined;
}

/** Where a stopped timer ends: now, or its longest allowed span if it was left running. */
const stopAt = (entry: TimeEntry, now: number) => Math.min(now, entry.start + MAX_ENTRY_MS);

/** A row of an import: its number in the file, for the message that names a bad one. */
export interface ImportRow {
  row: number;
  entry: EntryInput;
}

export function createTimeEntriesRepo(getDb: GetDb, clock: () => number = () => Date.now()) {
  // Whole seconds: what a CSV export writes, so an entry exported and imported again is the same.
  const now = () => Math.floor(clock() / 1000) * 1000;
  const write = async () => (await getDb()).transaction('timeEntries', 'readwrite');
  const save = (tx: WriteTx, entry: unknown) =>
    tx.objectStore('timeEntries').put(checkedRecord(timeEntrySchema, entry, 'the time entry'));

  /** Stops the running entry, if any; one shorter than a second is dropped, not kept as zero. */
  async function stopIn(tx: WriteTx, at: number): Promise<TimeEntry | null> {
    const running = await runningIn(tx);
    if (!running) return null;
    const end = stopAt(running, at);
    if (end - running.start < 1000) {
      await tx.objectStore('timeEntries').delete(running.id);
      return null;
    }
    const stopped = { ...running, end, updatedAt: at };
    await save(tx, stopped);
    return stopped;
  }

  return {
    /** Entries sharing time with the range, by start. */
    async list(range: Range): Promise<TimeEntry[]> {
      const tx = (await getDb()).transaction('timeEntries', 'readonly');
      return entriesAround(tx, range, now());
    },

    async running(): Promise<TimeEntry | null> {
      return (await runningIn((await getDb()).transaction('timeEntries', 'readonly'))) ?? null;
    },

    /**
     * Starts a timer now, or from `from` in the past (an event under way since its start); a
     * running one stops at the same instant (a switch). Refused, with nothing written, when the
     * time since `from` holds another finished entry.
     */
    async start(details: EntryDetails, from?: number): Promise<TimeEntry> {
      const tx = await write();
      const at = now();
      let begin = from === undefined ? at : Math.min(at, Math.max(Math.floor(from / 1000) * 1000, at - MAX_ENTRY_MS));
      const running = await runningIn(tx);
      // A timer started after `from` keeps its time: the new one starts now.
      if (running && running.start >= begin) begin = at;
      if (begin < at) {
        const others = (await entriesAround(tx, { start: begin, end: at }, at)).filter((e) => e.id !== running?.id);
        checkSpan(others, { ...details, start: begin, end: at }, at);
      }
      await stopIn(tx, begin);
      const entry = checkedRecord(
        timeEntrySchema,
        { ...details, id: `time-${crypto.randomUUID()}`, start: begin, end: null, createdAt: at, updatedAt: at },
        'the time entry',
      );
      await tx.objectStore('timeEntries').put(entry);
      await tx.done;
      return entry;
    },

    /** Stops the running timer; null when none runs (or it ran under a second). */
    async stop(): Promise<TimeEntry | null> {
      const tx = await write();
      const stopped = await stopIn(tx, now());
      await tx.done;
      return stopped;
    },

    /** Time added after the fact; refused if it overlaps another entry or ends in the future. */
    async add(input: EntryInput): Promise<TimeEntry> {
      const tx = await write();
      const at = now();
      checkSpan(await entriesAround(tx, input, at), input, at);
      const entry = { ...input, id: `time-${crypto.randomUUID()}`, createdAt: at, updatedAt: at };
      await save(tx, entry);
      await tx.done;
      return timeEntrySchema.parse(entry);
    },

    /**
     * Replaces an entry's details and span. The running entry keeps running: only its details
     * and start change (`end` null); a finished one cannot be made to run again.
     */
    async edit(id: string, input: EntryDetails & { start: number; end: number | null }): Promise<TimeEntry> {
      const tx = await write();
      const at = now();
      const [current] = readable([await tx.objectStore('timeEntries').get(id)]);
      if (!current) throw new Error(`No time entry "${id}"`);
      if ((current.end === null) !== (input.end === null)) {
        throw new Error(current.end === null ? 'Stop the timer to set its end' : 'A finished entry needs an end');
      }
      const span = { ...input, end: input.end ?? at };
      if (input.start >= span.end) throw new Error('The end comes after the start');
      checkSpan(await entriesAround(tx, span, at), span, at, id);
      const next = { ...current, ...input, updatedAt: at };
      await save(tx, next);
      await tx.done;
      return timeEntrySchema.parse(next);
    },

    /** Cuts an entry in two at `at`; the second half is a new entry (and runs if the entry did). */
    async split(id: string, at: number): Promise<[TimeEntry, TimeEntry]> {
      const tx = await write();
      const [current] = readable([await tx.objectStore('timeEntries').get(id)]);
      if (!current) throw new Error(`No time entry "${id}"`);
      const [first, rest] = splitEntry(current, at, now());
      const second = { ...rest, id: `time-${crypto.randomUUID()}` };
      await save(tx, first);
      await save(tx, second);
      await tx.done;
      return [first, timeEntrySchema.parse(second)];
    },

    /**
     * Takes an idle gap out of the running entry: it ends where the gap starts and the timer runs
     * on from the gap's end as a new entry with the same details, as a split would leave it (a
     * gap from the very start only moves the start). Refused if the entry no longer runs.
     */
    async dropGap(id: string, gap: Range): Promise<TimeEntry> {
      const tx = await write();
      const at = now();
      const [current] = readable([await tx.objectStore('timeEntries').get(id)]);
      if (!current || current.end !== null) throw new Error(t('idleTimerStopped'));
      if (!(gap.start >= current.start && gap.start < gap.end && gap.end <= at))
        throw new Error('The gap is not in the timer');
      const { before, resumeAt } = withoutGap(current, gap);
      let resumed: unknown = { ...current, start: resumeAt, updatedAt: at };
      if (before) {
        await save(tx, { ...current, end: before.end, updatedAt: at });
        resumed = { ...current, id: `time-${crypto.randomUUID()}`, start: resumeAt, createdAt: at, updatedAt: at };
      }
      await save(tx, resumed);
      await tx.done;
      return timeEntrySchema.parse(resumed);
    },

    /**
     * Adds every row or none: each is checked against the stored entries and the rows before it
     * (no overlap, no end in the future) before anything is written; the first bad row is named.
     */
    async importAll(rows: ImportRow[]): Promise<number> {
      if (rows.length === 0) return 0;
      const tx = await write();
      const at = now();
      const range = {
        start: Math.min(...rows.map((r) => r.entry.start)),
        end: Math.max(...rows.map((r) => r.entry.end)),
      };
      const known = await entriesAround(tx, range, at);
      const checked: TimeEntry[] = [];
      for (const { row, entry } of rows) {
        const record = { ...entry, id: `time-${crypto.randomUUID()}`, createdAt: at, updatedAt: at };
        try {
          checkSpan([...known, ...checked], entry, at);
          checked.push(checkedRecord(timeEntrySchema, record, 'the time entry'));
        } catch (err) {
          // Nothing was written yet: the transaction ends empty.
          throw new Error(t('csvRow', [String(row), errorMessage(err)]));
        }
      }
      await Promise.all(checked.map((entry) => tx.objectStore('timeEntries').put(entry)));
      await tx.done;
      return checked.length;
    },

    async remove(id: string): Promise<void> {
      const tx = await write();
      await tx.objectStore('timeEntries').delete(id);
      await tx.done;
    },
  };
}
export type TimeEntriesRepo = ReturnType<typeof createTimeEntriesRepo>;
