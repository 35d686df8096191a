import { z } from 'zod';
import { addressSchema, clientSchema, domainSchema, flagInputSchema } from '@/lib/clients/client-schema';
import { settingsPatchSchema } from '@/lib/settings/settings-schema';
import { templateDraftSchema } from '@/lib/templates/stored-template';
import { buckets } from '@/lib/tasks/task';
import { incidentInputSchema } from '@/lib/incidents/incident-schema';
import { calendarAccountPathSchema, dayBuffersSchema } from '@/lib/gaps/day-buffers-schema';
import { isoDateSchema, taskInputSchema, taskSchema } from '@/lib/tasks/task-schema';

const templateId = z.object({ id: z.string().min(1).max(80) }).strict();
const recordId = z.object({ id: z.string().min(1).max(100) }).strict();
const person = z.object({ name: z.string().max(200), email: addressSchema }).strict();
const thread = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-f]{1,32}$/i)
      .optional(),
    subject: z.string().max(500),
  })
  .strict();

/**
 * The payload schema of every message of the protocol (lib/messaging.ts). The background parses
 * each payload with its schema; the pages only import the types, so zod stays out of the
 * content scripts that Gmail and Calendar load.
 */
export const payloadSchemas = {
  getSettings: z.undefined(),
  updateSettings: settingsPatchSchema,
  openOptionsPage: z.undefined(),
  enableSidePanel: z.undefined(),
  openSidePanel: z.undefined(),
  listTemplates: z.undefined(),
  saveTemplate: templateDraftSchema.strict(),
  deleteTemplate: templateId,
  restoreDefaultTemplate: templateId,
  recordTemplateUse: templateId,
  getClientCard: z.object({ email: addressSchema }).strict(),
  flagClient: z.object({ person, thread, flag: flagInputSchema }).strict(),
  updateFlag: z.object({ id: z.string().min(1).max(100), flag: flagInputSchema }).strict(),
  deleteFlag: recordId,
  rankClients: z.undefined(),
  getClientTimeline: recordId,
  updateClient: z
    .object({
      id: z.string().min(1).max(100),
      name: clientSchema.shape.name.optional(),
      status: clientSchema.shape.status.optional(),
      addresses: clientSchema.shape.addresses.min(0).optional(),
      domains: z.array(domainSchema).max(10).optional(),
    })
    .strict(),
  mergeClients: z.object({ keptId: z.string().min(1).max(100), mergedId: z.string().min(1).max(100) }).strict(),
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
    days: z.array(dayBuffersSchema).min(1).max(42),
  }),
  getCalendarBuffers: z
    .strictObject({ from: isoDateSchema, to: isoDateSchema })
    .refine(({ from, to }) => from <= to, 'the range ends after it starts'),
  claimMorningSort: z.strictObject({ day: isoDateSchema }),
  recordIncident: z.strictObject({ incident: incidentInputSchema }),
  listIncidents: z.undefined(),
  listFlagsBetween: z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine(({ start, end }) => start < end, 'the range ends after it starts'),
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
