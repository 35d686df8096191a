import { isoDay, isWorkingDay, type WorkWeek } from '@/lib/work-week/working-day';
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

export interface AffectedClient {
  clientId: string;
  /** Their open tasks due or planned in the absence, in date order. */
  tasks: Task[];
  /** The thread to write in: the first of those tasks that came from one. */
  thread?: TaskThread;
}

/** The clients with an open task due or planned in the days, each once, the soonest first. */
export function clientsAffected(tasks: Task[], from: string, to: string): AffectedClient[] {
  const when = (task: Task) => task.plannedFor ?? task.due;
  const inside = tasks
    .filter((task) => !task.done && task.clientId)
    .filter((task) => [task.due, task.plannedFor].some((day) => day !== undefined && day >= from && day <= to))
    .sort((a, b) => (when(a) ?? '').localeCompare(when(b) ?? ''));
  const byClient = new Map<string, AffectedClient>();
  for (const task of inside) {
    const entry = byClient.get(task.clientId!) ?? { clientId: task.clientId!, tasks: [] };
    entry.tasks.push(task);
    entry.thread ??= task.thread;
    byClient.set(task.clientId!, entry);
  }
  return [...byClient.values()];
}
