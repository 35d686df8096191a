import { incidentSchema, type Incident, type IncidentInput } from '@/lib/incidents/incident-schema';
import type { GetDb } from './open-db';

export function createIncidentsRepo(getDb: GetDb, now: () => Date = () => new Date()) {
  return {
    async record(input: IncidentInput): Promise<Incident> {
      const incident = incidentSchema.parse({
        ...input,
        id: `incident-${crypto.randomUUID()}`,
        createdAt: now().getTime(),
      });
      await (await getDb()).put('incidents', incident);
      return incident;
    },

    /** Every readable incident, the latest first; unreadable ones stay stored and out of the log. */
    async list(): Promise<Incident[]> {
      const records = await (await getDb()).getAll('incidents');
      return records
        .flatMap((record) => {
          const parsed = incidentSchema.safeParse(record);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
    },
  };
}
export type IncidentsRepo = ReturnType<typeof createIncidentsRepo>;
