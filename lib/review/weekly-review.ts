import { addDays, addWeeks, format, startOfWeek } from 'date-fns';
import { buckets, type Bucket, type Task } from '@/lib/tasks/task';
import type { Incident } from '@/lib/incidents/incident-schema';
import type { WarningSign } from '@/lib/clients/client';
import type { Flag } from '@/lib/clients/client-schema';

/** The week a review covers: Monday to Sunday, as days (yyyy-mm-dd) and as instants. */
export interface ReviewWeek {
  from: string;
  to: string;
  start: number;
  end: number;
}

/** The week `offset` weeks from the one `today` falls in (0: this week, -1: the last one). */
export function reviewWeek(today: Date, offset: number): ReviewWeek {
  const monday = addWeeks(startOfWeek(today, { weekStartsOn: 1 }), offset);
  const nextMonday = addDays(monday, 7);
  return {
    from: format(monday, 'yyyy-MM-dd'),
    to: format(addDays(monday, 6), 'yyyy-MM-dd'),
    start: monday.getTime(),
    end: nextMonday.getTime(),
  };
}

export const incidentCauses = ['overloaded', 'couldAnticipate', 'infoTooLate'] as const;
type IncidentCause = (typeof incidentCauses)[number];

export interface WeeklyReview {
  done: Record<Bucket, number>;
  moved: Record<Bucket, number>;
  incidents: number;
  minutesLost: number;
  byCause: Record<IncidentCause, number>;
  /** Incidents per client id ('' for none), most first. */
  byClient: Array<{ clientId: string; count: number }>;
}

const perBucket = (tasks: Task[]) =>
  Object.fromEntries(
    buckets.map((bucket) => [bucket, tasks.filter((task) => task.bucket === bucket).length]),
  ) as Record<Bucket, number>;

/** The week's figures: tasks done and moved per bucket, incidents by cause and by client. */
export function weeklyReview(week: ReviewWeek, tasks: Task[], incidents: Incident[]): WeeklyReview {
  const inWeek = (at: number | undefined) => at !== undefined && at >= week.start && at < week.end;
  const weekIncidents = incidents.filter((incident) => incident.date >= week.from && incident.date <= week.to);
  const clients = new Map<string, number>();
  for (const incident of weekIncidents)
    clients.set(incident.clientId ?? '', (clients.get(incident.clientId ?? '') ?? 0) + 1);
  return {
    done: perBucket(tasks.filter((task) => task.done && inWeek(task.doneAt))),
    moved: perBucket(tasks.filter((task) => inWeek(task.movedAt))),
    incidents: weekIncidents.length,
    minutesLost: weekIncidents.reduce((sum, incident) => sum + incident.minutesLost, 0),
    byCause: Object.fromEntries(
      incidentCauses.map((cause) => [cause, weekIncidents.filter((incident) => incident[cause]).length]),
    ) as Record<IncidentCause, number>,
    byClient: [...clients].map(([clientId, count]) => ({ clientId, count })).sort((a, b) => b.count - a.count),
  };
}

/** The share of working time that stayed free over the days Calendar showed (0 when none). */
export const freeShare = ({ bookedMinutes, freeMinutes }: { bookedMinutes: number; freeMinutes: number }): number =>
  bookedMinutes + freeMinutes === 0 ? 0 : freeMinutes / (bookedMinutes + freeMinutes);

export interface ClientSigns {
  clientId: string;
  total: number;
  /** Each sign seen, with how many flags named it, the most first. */
  signs: Array<{ sign: WarningSign; count: number }>;
}

/** The week's warning signs, per client, the most flagged client first. */
export function warningSignsOf(flags: Flag[]): ClientSigns[] {
  const byClient = new Map<string, Map<WarningSign, number>>();
  const totals = new Map<string, number>();
  for (const flag of flags) {
    const signs = byClient.get(flag.clientId) ?? new Map<WarningSign, number>();
    for (const sign of flag.signs) signs.set(sign, (signs.get(sign) ?? 0) + 1);
    byClient.set(flag.clientId, signs);
    totals.set(flag.clientId, (totals.get(flag.clientId) ?? 0) + 1);
  }
  return [...byClient]
    .map(([clientId, signs]) => ({
      clientId,
      total: totals.get(clientId)!,
      signs: [...signs].map(([sign, count]) => ({ sign, count })).sort((a, b) => b.count - a.count),
    }))
    .sort((a, b) => b.total - a.total);
}
