import { z } from 'zod';

import { buckets } from './task';

// The shapes of tasks, checked in the background when written and read back; the pages import
// only the types (through ./task), so zod stays out of what Gmail and Calendar load.

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written yyyy-mm-dd')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'a day of the calendar');

/** The Gmail thread a task came from, enough to open it again in the right account. */
const taskThreadSchema = z.strictObject({
  threadId: z.string().regex(/^[0-9a-z]{1,40}$/i, 'a Gmail thread id'),
  subject: z.string().max(500),
  accountPath: z.string().regex(/^\/mail\/u\/\d{1,2}\/$/, 'an account path such as /mail/u/0/'),
});

/** What the user types or picks; the rest of a task is the background's to set. */
export const taskInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'a title').max(200),
  bucket: z.enum(buckets),
  clientId: z.string().min(1).max(100).optional(),
  /** The day it is promised for. */
  due: isoDateSchema.optional(),
  estimateMinutes: z.number().int().min(0).max(6000),
  note: z.string().max(5000),
  thread: taskThreadSchema.optional(),
});

export const taskSchema = z.object({
  id: z.string().min(1).max(100),
  ...taskInputSchema.shape,
  /** Position inside its bucket, smallest first. */
  order: z.number().int().min(0),
  /** The day it is planned for when "Something unexpected" pushed it back; otherwise as soon as possible. */
  plannedFor: isoDateSchema.optional(),
  /** When it last gave way to something unexpected, for the weekly review. */
  movedAt: z.number().optional(),
  done: z.boolean(),
  doneAt: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type TaskInput = z.infer<typeof taskInputSchema>;
export type TaskThread = z.infer<typeof taskThreadSchema>;
export type Task = z.infer<typeof taskSchema>;
