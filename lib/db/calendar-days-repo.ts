import type { Interval } from '@/lib/gaps/find-gaps';
import { isFullyBooked, storedDayBuffersSchema, type DayBuffers } from '@/lib/gaps/day-buffers-schema';
import { storedDayEventsSchema, type DayEvents, type KeptEvent } from '@/lib/gaps/day-events-schema';
import type { GetDb } from './open-db';

export interface KnownBuffers {
  buffers: Interval[];
  /** Of the days read in the range: their booked and free working time. */
  bookedMinutes: number;
  freeMinutes: number;
  daysRead: number;
  /** The Calendar account they were read in, for "Reserve" links; none read yet: undefined. */
  accountPath?: string;
}

/** How long the events of a reading are kept: an absence marked late can look back that far. */
const KEEP_EVENTS_MS = 31 * 24 * 3600 * 1000;

/** A day as Calendar's page reported it: its buffers and, when they were read, its events. */
export type ReportedDay = DayBuffers & { events?: KeptEvent[] };

/** The days Calendar last showed: a day read again replaces what was kept of it. */
export function createCalendarDaysRepo(getDb: GetDb, now: () => Date = () => new Date()) {
  return {
    async save(days: ReportedDay[], accountPath: string): Promise<void> {
      const tx = (await getDb()).transaction(['calendarDays', 'calendarEvents'], 'readwrite');
      const readAt = now().getTime();
      const buffers = tx.objectStore('calendarDays');
      const events = tx.objectStore('calendarEvents');
      for (const { events: dayEvents, ...day } of days) {
        await buffers.put(storedDayBuffersSchema.parse({ ...day, accountPath, readAt }));
        if (dayEvents) await events.put(storedDayEventsSchema.parse({ day: day.day, events: dayEvents, readAt }));
      }
      // Other people's meetings are not kept longer than "I'm out" can use them: a reading older
      // than that is out of date anyway (the store holds the few days the user looked at).
      for (const kept of await events.getAll())
        if (!(typeof kept.readAt === 'number' && kept.readAt >= readAt - KEEP_EVENTS_MS)) await events.delete(kept.day);
      await tx.done;
    },

    /** The events Calendar last showed on the days from `from` to `to` (yyyy-mm-dd, both included). */
    async eventsBetween(from: string, to: string): Promise<DayEvents[]> {
      const records = await (await getDb()).getAll('calendarEvents', IDBKeyRange.bound(from, to));
      return records.flatMap((record) => {
        const parsed = storedDayEventsSchema.safeParse(record);
        return parsed.success ? [{ day: parsed.data.day, events: parsed.data.events }] : [];
      });
    },

    /** The days from `from` to `to` (yyyy-mm-dd, both included) Calendar last showed fully booked. */
    async fullyBookedDays(from: string, to: string): Promise<string[]> {
      const records = await (await getDb()).getAll('calendarDays', IDBKeyRange.bound(from, to));
      return records.flatMap((record) => {
        const parsed = storedDayBuffersSchema.safeParse(record);
        return parsed.success && isFullyBooked(parsed.data) ? [parsed.data.day] : [];
      });
    },

    /** The buffers of the days from `from` to `to` (yyyy-mm-dd, both included), in order. */
    async buffersBetween(from: string, to: string): Promise<KnownBuffers> {
      const records = await (await getDb()).getAll('calendarDays', IDBKeyRange.bound(from, to));
      const days = records.flatMap((record) => {
        const parsed = storedDayBuffersSchema.safeParse(record);
        return parsed.success ? [parsed.data] : [];
      });
      const latest = days.reduce<(typeof days)[number] | undefined>(
        (last, day) => (!last || day.readAt > last.readAt ? day : last),
        undefined,
      );
      return {
        buffers: days.flatMap((day) => day.buffers).sort((a, b) => a.start - b.start),
        bookedMinutes: days.reduce((sum, day) => sum + day.bookedMinutes, 0),
        freeMinutes: days.reduce((sum, day) => sum + day.freeMinutes, 0),
        daysRead: days.length,
        accountPath: latest?.accountPath,
      };
    },
  };
}
export type CalendarDaysRepo = ReturnType<typeof createCalendarDaysRepo>;
