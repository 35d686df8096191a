import { z } from 'zod';
import { isoDateSchema } from '@/lib/tasks/task-schema';

// What the background keeps of Calendar's days: the free buffers "Something unexpected" offers,
// and the booked and free time the morning sort weighs the day's tasks against.
const interval = z
  .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine(({ start, end }) => start < end, 'a buffer ends after it starts');

export const dayBuffersSchema = z.strictObject({
  day: isoDateSchema,
  buffers: z.array(interval).max(48),
  bookedMinutes: z.number().min(0).max(1440),
  freeMinutes: z.number().min(0).max(1440),
});

export const calendarAccountPathSchema = z.string().regex(/^\/calendar\/(u\/\d{1,2}\/)?$/, 'a Calendar account path');

export const storedDayBuffersSchema = z.object({
  ...dayBuffersSchema.shape,
  accountPath: calendarAccountPathSchema,
  readAt: z.number(),
});

export type DayBuffers = z.infer<typeof dayBuffersSchema>;

/** A day Calendar showed with no buffer left in its working hours: nothing more fits in it. */
export const isFullyBooked = (day: Pick<DayBuffers, 'buffers' | 'bookedMinutes'>): boolean =>
  day.buffers.length === 0 && day.bookedMinutes > 0;
