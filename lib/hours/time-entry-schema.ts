import { z } from 'zod';

// Tracked time, checked in the background when written and read back; the pages import only the
// types. Times are epoch milliseconds: an entry is a span of real time, and the local day, week
// or working hours it falls in are worked out when it is read, in the user's time zone.

/** Longer than this is a timer left running, not work: it is refused rather than counted. */
export const MAX_ENTRY_MS = 24 * 60 * 60 * 1000;

const id = z.string().min(1).max(100);
const instant = z
  .number()
  .int()
  .min(Date.UTC(2000, 0, 1))
  .max(Date.UTC(2200, 0, 1));

/** Where a timer was started from, kept so a report can tell tracked from imported time. */
const entrySourceSchema = z.enum(['thread', 'event', 'sidebar', 'manual', 'import']);

/** What the user says about a span of work: for whom, what, where it came from. */
export const entryDetailsSchema = z.strictObject({
  clientId: id.nullable(),
  description: z.string().trim().max(500),
  source: entrySourceSchema,
  /** The Gmail thread or Calendar event it was started from. */
  ref: z.string().max(300).optional(),
});

const span = <T extends { start: number; end: number | null }>(entry: T) =>
  entry.end === null || (entry.end > entry.start && entry.end - entry.start <= MAX_ENTRY_MS);
const spanMessage = { message: 'the end comes after the start, at most 24 hours later', path: ['end'] };

/** A finished span added or edited by hand. */
export const entryInputSchema = entryDetailsSchema.extend({ start: instant, end: instant }).refine(span, spanMessage);

export const timeEntrySchema = z
  .object({
    id,
    ...entryDetailsSchema.shape,
    start: instant,
    /** null while the timer runs. */
    end: instant.nullable(),
    createdAt: z.number(),
    updatedAt: z.number(),
  })
  .refine(span, spanMessage);

export type EntryDetails = z.infer<typeof entryDetailsSchema>;
export type EntryInput = z.infer<typeof entryInputSchema>;
export type TimeEntry = z.infer<typeof timeEntrySchema>;
