import { isoDay, isWorkingDay, type WorkWeek } from '@/lib/work-week/working-day';
import { clientNamedIn } from '@/lib/clients/client-in-text';
import type { Client } from '@/lib/clients/client-schema';
import type { DayEvents } from '@/lib/gaps/day-events-schema';
import type { Task, TaskThread } from './task';

// "I'm out" (a sick day, an outage): the days to mark off, and the clients who should hear it.

/** The longest absence "I'm out" marks in one go: beyond that it is leave, planned in the settings. */
const MAX_OUT_DAYS = 31;

const dayOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d);
};

/** Every day from `from` to `to` (yyyy-mm-dd, both included); null when `to` is before `from` or too far. */
export function daysBetween(from: string, to: string): string[] | null {
  if (to < from) return null;
  const days: string[] = [];
  for (let day = dayOf(from); isoDay(day) <= to; day.setDate(day.getDate() + 1)) {
    if (days.length === MAX_OUT_DAYS) return null;
    days.push(isoDay(day));
  }
  return days;
}

/** The days off with the absence added, once each, in order. */
export function withDaysOff(daysOff: string[], days: string[]): string[] {
  return [...new Set([...daysOff, ...days])].sort();
}

/** The first working day after the absence, with its days already off: when the user is back. */
export function backOn(to: string, week: WorkWeek): string {
  const day = dayOf(to);
  for (let i = 0; i < 366; i++) {
    day.setDate(day.getDate() + 1);
    if (isWorkingDay(day, week)) break;
  }
  return isoDay(day);
}

/** A Calendar event in the absence whose title names a client. */
export interface ClientEvent {
  clientId: string;
  day: string;
  title: string;
  start: number;
  end: number;
}

/**
 * The events of the days from `from` to `to` (both included) that name a client, by the same
 * rule as a timer started from an event (the client's name or address, whole), in time order.
 */
export function clientEventsIn(days: DayEvents[], clients: Client[], from: string, to: string): ClientEvent[] {
  return days
    .filter(({ day }) => day >= from && day <= to)
    .flatMap(({ day, events }) =>
      events.flatMap((event) => {
        const client = clientNamedIn(event.title, clients);
        return client ? [{ clientId: client.id, day, ...event }] : [];
      }),
    )
    .sort((a, b) => a.start - b.start);
}

export interface AffectedClient {
  clientId: string;
  /** Their open tasks due or planned in the absence, in date order. */
  tasks: Task[];
  /** Their events in the absence, in time order. */
  events: ClientEvent[];
  /** The thread to write in: the first of those tasks that came from one. */
  thread?: TaskThread;
}

/**
 * The clients with an open task due or planned in the days, or an event in them, each once, the
 * soonest first.
 */
export function clientsAffected(tasks: Task[], events: ClientEvent[], from: string, to: string): AffectedClient[] {
  const when = (task: Task) => task.plannedFor ?? task.due ?? '';
  const inside = tasks
    .filter((task) => !task.done && task.clientId)
    .filter((task) => [task.due, task.plannedFor].some((day) => day !== undefined && day >= from && day <= to))
    .sort((a, b) => when(a).localeCompare(when(b)));
  const byClient = new Map<string, AffectedClient & { first: string }>();
  const entryOf = (clientId: string, day: string) => {
    const entry = byClient.get(clientId) ?? { clientId, tasks: [], events: [], first: day };
    if (day < entry.first) entry.first = day;
    byClient.set(clientId, entry);
    return entry;
  };
  for (const task of inside) {
    const entry = entryOf(task.clientId!, when(task));
    entry.tasks.push(task);
    entry.thread ??= task.thread;
  }
  for (const event of events.filter(({ day }) => day >= from && day <= to))
    entryOf(event.clientId, event.day).events.push(event);
  // A stable sort: on the same first day, a client with a task comes before one with only an event.
  return [...byClient.values()].sort((a, b) => a.first.localeCompare(b.first)).map(({ first: _, ...entry }) => entry);
}
