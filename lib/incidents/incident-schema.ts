import { z } from 'zod';
import { isoDateSchema } from '@/lib/tasks/task-schema';

// What went wrong, with the first article's three questions and what to change; checked in the
// background when written and read back. The pages import only the type.
export const incidentInputSchema = z.strictObject({
  date: isoDateSchema,
  clientId: z.string().min(1).max(100).optional(),
  what: z.string().trim().min(1, 'what happened').max(2000),
  minutesLost: z.number().int().min(0).max(6000),
  /** Was the day overloaded? */
  overloaded: z.boolean(),
  /** Could it have been anticipated? */
  couldAnticipate: z.boolean(),
  /** Did the client give the information too late? */
  infoTooLate: z.boolean(),
  change: z.string().max(2000),
  /** Tasks moved to make room for it. */
  taskIds: z.array(z.string().min(1).max(100)).max(50),
});

export const incidentSchema = z.object({
  id: z.string().min(1).max(100),
  ...incidentInputSchema.shape,
  createdAt: z.number(),
});

export type IncidentInput = z.infer<typeof incidentInputSchema>;
export type Incident = z.infer<typeof incidentSchema>;
