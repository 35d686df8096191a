import { z } from 'zod';
import { isoDateSchema } from '@/lib/tasks/task-schema';

// What the background keeps of the events Calendar last showed, for "I'm out" to find the
// clients an absence touches. Other people's meetings: only the title (where a client's name
// shows) and the time, nothing else of the event, for 31 days after it was read (see the repo:
// an absence marked late looks back at the days it covers).

/** An event title as Calendar's chip shows it (the reader cuts labels at 500 characters). */
const MAX_EVENT_TITLE = 500;
/** More timed events than this in one day is no day Calendar drew: refused, not cut. */
const MAX_EVENTS_PER_DAY = 100;

const keptEventSchema = z
  .strictObject({
    title: z.string().max(MAX_EVENT_TITLE),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine(({ start, end }) => start <= end, 'an event ends after it starts');

export const dayEventsSchema = z.strictObject({
  day: isoDateSchema,
  events: z.array(keptEventSchema).max(MAX_EVENTS_PER_DAY),
});

export const storedDayEventsSchema = z.strictObject({ ...dayEventsSchema.shape, readAt: z.number() });

export type KeptEvent = z.infer<typeof keptEventSchema>;
export type DayEvents = z.infer<typeof dayEventsSchema>;
