import { z } from 'zod';
import { addressSchema, CLIENT_LIMITS, clientSchema, domainSchema, flagInputSchema } from '@/lib/clients/client-schema';
import { settingsPatchSchema, sidebarPlacementPatchSchema } from '@/lib/settings/settings-schema';
import { templateDraftSchema } from '@/lib/templates/stored-template';
import { MAX_NAME_LENGTH, MAX_SUBJECT_LENGTH, MAX_THREAD_ID_LENGTH } from '@/lib/text/limits';
import { buckets } from '@/lib/tasks/task';
import { incidentInputSchema } from '@/lib/incidents/incident-schema';
import { calendarAccountPathSchema, dayBuffersSchema } from '@/lib/gaps/day-buffers-schema';
import { dayEventsSchema } from '@/lib/gaps/day-events-schema';
import { isoDateSchema, taskInputSchema, taskSchema } from '@/lib/tasks/task-schema';
import { MAX_BACKUP_BYTES } from '@/lib/backup/backup-file';
import { colleagueInputSchema } from '@/lib/colleagues/colleague-schema';
import { entryDetailsSchema, entryInputSchema, timeEntrySchema } from '@/lib/hours/time-entry-schema';

// The longest span one message lists time for: a year of reports and a few days either side.
const MAX_RANGE_MS = 400 * 24 * 60 * 60 * 1000;

// A CSV file to import: years of entries, far from what a page can hold in memory.
const MAX_CSV_LENGTH = 5_000_000;

const templateId = z.strictObject({ id: z.string().min(1).max(80) });
const recordId = z.strictObject({ id: z.string().min(1).max(100) });
const person = z.strictObject({ name: z.string().max(MAX_NAME_LENGTH), email: addressSchema });
const thread = z.strictObject({
  id: z
    .string()
    .max(MAX_THREAD_ID_LENGTH)
    .regex(/^[0-9a-f]+$/i)
    .optional(),
  subject: z.string().max(MAX_SUBJECT_LENGTH),
});

/**
 * The payload schema of every message of the protocol (lib/messaging.ts). The background parses
 * each payload with its schema; the pages only import the types, so zod stays out of the
 * content scripts that Gmail and Calendar load. Objects are strict at every depth: a key the
 * schema does not know is refused, never silently dropped.
 */
const payloadSchemas = {
  getSettings: z.undefined(),
  getSettingsProblems: z.undefined(),
  updateSettings: settingsPatchSchema,
  updateSidebarPlacement: sidebarPlacementPatchSchema,
  openOptionsPage: z.undefined(),
  getOwnTabId: z.undefined(),
  enableSidePanel: z.undefined(),
  openSidePanel: z.undefined(),
  listTemplates: z.undefined(),
  saveTemplate: templateDraftSchema,
  deleteTemplate: templateId,
  restoreDefaultTemplate: templateId,
  recordTemplateUse: templateId,
  getClientCard: z.strictObject({ email: addressSchema }),
  flagClient: z.strictObject({ person, thread, flag: flagInputSchema }),
  updateFlag: z.strictObject({ id: z.string().min(1).max(100), flag: flagInputSchema }),
  deleteFlag: recordId,
  rankClients: z.undefined(),
  getClientTimeline: recordId,
  updateClient: z.strictObject({
    id: z.string().min(1).max(100),
    name: clientSchema.shape.name.optional(),
    status: clientSchema.shape.status.optional(),
    addresses: clientSchema.shape.addresses.min(0).optional(),
    domains: z.array(domainSchema).max(CLIENT_LIMITS.domains).optional(),
    agreement: clientSchema.shape.agreement,
  }),
  mergeClients: z.strictObject({ keptId: z.string().min(1).max(100), mergedId: z.string().min(1).max(100) }),
  listTasks: z.undefined(),
  createTask: z.strictObject({ task: taskInputSchema }),
  updateTask: z.strictObject({ id: z.string().min(1).max(100), task: taskInputSchema }),
  setTaskDone: z.strictObject({ id: z.string().min(1).max(100), done: z.boolean() }),
  moveTask: z.strictObject({
    id: z.string().min(1).max(100),
    to: z.strictObject({ bucket: z.enum(buckets), index: z.number().int().min(0).max(10_000) }),
  }),
  rescheduleTasks: z.strictObject({
    moves: z
      .array(z.strictObject({ id: z.string().min(1).max(100), newDate: isoDateSchema }))
      .min(1)
      .max(500),
  }),
  deleteTask: recordId,
  restoreTask: z.strictObject({ task: z.strictObject(taskSchema.shape) }),
  saveCalendarDays: z.strictObject({
    accountPath: calendarAccountPathSchema,
    // Events only from a reading that had them; the guests are not on Calendar's grid, never sent.
    days: z
      .array(dayBuffersSchema.extend({ events: dayEventsSchema.shape.events.optional() }))
      .min(1)
      .max(42),
  }),
  getCalendarBuffers: z
    .strictObject({ from: isoDateSchema, to: isoDateSchema })
    .refine(({ from, to }) => from <= to, 'the range ends after it starts'),
  getClientEvents: z
    .strictObject({ from: isoDateSchema, to: isoDateSchema })
    .refine(({ from, to }) => from <= to, 'the range ends after it starts'),
  getFullyBookedDays: z
    .strictObject({ from: isoDateSchema, to: isoDateSchema })
    .refine(({ from, to }) => from <= to, 'the range ends after it starts'),
  claimMorningSort: z.strictObject({ day: isoDateSchema }),
  recordIncident: z.strictObject({ incident: incidentInputSchema }),
  listIncidents: z.undefined(),
  listFlagsBetween: z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine(({ start, end }) => start < end, 'the range ends after it starts'),
  exportBackup: z.undefined(),
  // Twice the largest file read, so the background says what is wrong with one too large.
  importBackup: z.strictObject({ text: z.string().max(MAX_BACKUP_BYTES * 2), mode: z.enum(['replace', 'merge']) }),
  getLastBackupAt: z.undefined(),
  getBackupReminder: z.undefined(),
  listColleagues: z.undefined(),
  getSyncStatus: z.undefined(),
  dismissSyncConflicts: z.undefined(),
  saveColleague: z.strictObject({ id: z.string().min(1).max(100).optional(), colleague: colleagueInputSchema }),
  deleteColleague: recordId,
  getTimer: z.undefined(),
  startTimer: z.strictObject({ details: entryDetailsSchema }),
  startTimerFromEvent: z.strictObject({
    event: z
      .strictObject({
        id: z.string().max(300),
        title: z.string().max(500),
        start: timeEntrySchema.shape.start,
        end: timeEntrySchema.shape.start,
      })
      .refine(({ start, end }) => start < end, 'the end comes after the start'),
  }),
  stopTimer: z.undefined(),
  listTimeEntries: z
    .strictObject({ start: timeEntrySchema.shape.start, end: timeEntrySchema.shape.start })
    .refine(({ start, end }) => start < end && end - start <= MAX_RANGE_MS, 'a range of at most 400 days'),
  addTimeEntry: z.strictObject({ entry: entryInputSchema }),
  editTimeEntry: z.strictObject({
    id: recordId.shape.id,
    entry: z.strictObject({
      ...entryDetailsSchema.shape,
      start: timeEntrySchema.shape.start,
      end: timeEntrySchema.shape.end,
    }),
  }),
  splitTimeEntry: z.strictObject({ id: recordId.shape.id, at: timeEntrySchema.shape.start }),
  deleteTimeEntry: recordId,
  getHoursSummary: z.undefined(),
  exportTimeEntriesCsv: z
    .strictObject({ start: timeEntrySchema.shape.start, end: timeEntrySchema.shape.start })
    .refine(({ start, end }) => start < end && end - start <= MAX_RANGE_MS, 'a range of at most 400 days'),
  importTimeEntriesCsv: z.strictObject({ text: z.string().max(MAX_CSV_LENGTH, 'a file of at most 5 MB') }),
  getOutOfHoursEvidence: recordId,
} satisfies Record<string, z.ZodType>;

export type MessageName = keyof typeof payloadSchemas;
export type Payload<K extends MessageName> = z.infer<(typeof payloadSchemas)[K]>;

/** Parses a payload against its message's schema; a failure names the message and each problem. */
export function parsePayload<K extends MessageName>(message: K, data: unknown): Payload<K> {
  const parsed = payloadSchemas[message].safeParse(data);
  if (!parsed.success) {
    throw new Error(`Invalid "${message}" message: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data as Payload<K>;
}
