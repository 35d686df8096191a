import { z } from 'zod';
import { clientSchema, flagSchema } from '@/lib/clients/client-schema';
import { colleagueSchema } from '@/lib/colleagues/colleague-schema';
import { storedDayBuffersSchema } from '@/lib/gaps/day-buffers-schema';
import { incidentSchema } from '@/lib/incidents/incident-schema';
import { taskSchema } from '@/lib/tasks/task-schema';
import { timeEntrySchema } from '@/lib/hours/time-entry-schema';
import { storedTemplateSchema, templateUsageSchema } from '@/lib/templates/stored-template';

/**
 * Every store a backup holds, in one list: a store added to the database is one more entry here
 * (its schema, the backup version it first appears in, what its records point to), and export,
 * checks, replace and merge all follow. Records are written in the file as they are stored;
 * a store keyed outside its records (templateUsage) gets its key as `id`.
 */
export interface BackupStore {
  name:
    | 'templates'
    | 'templateUsage'
    | 'clients'
    | 'flags'
    | 'tasks'
    | 'calendarDays'
    | 'incidents'
    | 'colleagues'
    | 'timeEntries';
  /** The first backup version that has it: older files import with the store empty. */
  since: number;
  /** The schema of a record in the file, strict: an unknown key is refused. */
  schema: z.ZodType<Record<string, unknown>>;
  /** The field that identifies a record (unique in the store). */
  idField: string;
  /** Keyed outside the record in IndexedDB: the file's `id` is the key, the rest the value. */
  outOfLineKey?: boolean;
  /** When the record last changed, for merge (the newer one is kept). */
  changedAt: (record: Record<string, unknown>) => number;
  /** Fields that must name a record of another store in the same file. */
  references?: Array<{ field: string; store: BackupStore['name'] }>;
  /** Fields that name a client, remapped when merge joins a client to one known by the same address. */
  clientFields?: string[];
}

const updatedAt = (record: Record<string, unknown>) => record.updatedAt as number;

export const BACKUP_STORES: BackupStore[] = [
  { name: 'templates', since: 1, schema: storedTemplateSchema, idField: 'id', changedAt: updatedAt },
  {
    name: 'templateUsage',
    since: 1,
    schema: templateUsageSchema.extend({ id: z.string().min(1).max(100) }),
    idField: 'id',
    outOfLineKey: true,
    changedAt: (record) => record.lastUsedAt as number,
  },
  { name: 'clients', since: 1, schema: clientSchema, idField: 'id', changedAt: updatedAt },
  {
    name: 'flags',
    since: 1,
    schema: flagSchema,
    idField: 'id',
    changedAt: updatedAt,
    references: [{ field: 'clientId', store: 'clients' }],
    clientFields: ['clientId'],
  },
  // A task's or an incident's client may be gone (merged away) in a healthy database: not checked.
  {
    name: 'tasks',
    since: 1,
    schema: taskSchema.strict(),
    idField: 'id',
    changedAt: updatedAt,
    clientFields: ['clientId'],
  },
  {
    name: 'calendarDays',
    since: 1,
    schema: storedDayBuffersSchema.strict(),
    idField: 'day',
    changedAt: (record) => record.readAt as number,
  },
  {
    name: 'incidents',
    since: 1,
    schema: incidentSchema.strict(),
    idField: 'id',
    changedAt: (record) => record.createdAt as number,
    clientFields: ['clientId'],
  },
  // Added in backup version 2: a version 1 file imports with no colleagues.
  { name: 'colleagues', since: 2, schema: colleagueSchema, idField: 'id', changedAt: updatedAt },
  // Added in backup version 3: tracked time. Its client may have been merged away, as a task's.
  {
    name: 'timeEntries',
    since: 3,
    schema: timeEntrySchema.strict(),
    idField: 'id',
    changedAt: updatedAt,
    clientFields: ['clientId'],
  },
];

export type BackupStoreName = BackupStore['name'];
