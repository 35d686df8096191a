import type { DBSchema } from 'idb';

export const DB_NAME = 'leeway';

/**
 * Bump by one for each new step of the upgrade ladder in open-db.ts; never edit a step once
 * released, since users' databases have already run it.
 */
export const DB_VERSION = 9;

export interface LeewayDB extends DBSchema {
  /** One record per settings group, keyed by group name ('app'); values are parsed on read. */
  settings: { key: string; value: unknown };
  /** Custom templates, edited defaults and deleted defaults (tombstones), keyed by template id. */
  templates: { key: string; value: { id: string } & Record<string, unknown> };
  /** How often each template was inserted, keyed by template id. */
  templateUsage: { key: string; value: unknown };
  /** Clients, known by normalized addresses and domains (both multi-entry indexes). */
  clients: {
    key: string;
    value: { id: string; addresses: string[]; domains: string[] } & Record<string, unknown>;
    indexes: { 'by-address': string; 'by-domain': string };
  };
  /** Warning signs recorded on clients, by client. */
  flags: {
    key: string;
    value: { id: string; clientId: string } & Record<string, unknown>;
    indexes: { 'by-client': string };
  };
  /** Tasks in their three buckets, done ones kept for the review. */
  tasks: { key: string; value: { id: string } & Record<string, unknown> };
  /** The free buffers of each day as Calendar's page last showed them, keyed by day (yyyy-mm-dd). */
  calendarDays: { key: string; value: { day: string } & Record<string, unknown> };
  /** The events Calendar last showed on each day from today on (title and time), keyed by day. */
  calendarEvents: { key: string; value: { day: string } & Record<string, unknown> };
  /** What went wrong, by id. */
  incidents: { key: string; value: { id: string } & Record<string, unknown> };
  /** Trusted colleagues who can take over, by id. */
  colleagues: { key: string; value: { id: string } & Record<string, unknown> };
  /** Tracked time, by id, found by start for a week, a month or the neighbours of a new span. */
  timeEntries: {
    key: string;
    value: { id: string; start: number } & Record<string, unknown>;
    indexes: { 'by-start': number };
  };
}
