import { z } from 'zod';
import { noFocusState, type FocusState } from '@/lib/hours/idle-gap';
import type { GetDb } from './open-db';

// Kept beside the settings (a record of its own): which Leeway pages have the focus and since
// when none has, so a service worker stopped while the user is away still knows on return.
const RECORD_KEY = 'focus';
const instant = z.number().int().nonnegative();
const focusStateSchema = z.strictObject({
  focused: z.record(z.string().min(1).max(100), instant),
  leftAt: instant.nullable(),
  offer: z
    .strictObject({ entryId: z.string().min(1).max(100), start: instant, end: instant })
    .refine(({ start, end }) => start < end, 'the gap ends after it starts')
    .nullable(),
  reportedAt: instant.nullable(),
});

export function createFocusRepo(getDb: GetDb) {
  return {
    /** An unreadable record reads as nothing known: at worst one gap is not offered. */
    async get(): Promise<FocusState> {
      const parsed = focusStateSchema.safeParse(await (await getDb()).get('settings', RECORD_KEY));
      return parsed.success ? parsed.data : noFocusState;
    },

    /** Reads, changes and writes the state in one transaction: reports arrive together. */
    async change(next: (state: FocusState) => FocusState): Promise<{ before: FocusState; after: FocusState }> {
      const tx = (await getDb()).transaction('settings', 'readwrite');
      const stored = focusStateSchema.safeParse(await tx.store.get(RECORD_KEY));
      const before = stored.success ? stored.data : noFocusState;
      const after = focusStateSchema.parse(next(before));
      await tx.store.put(after, RECORD_KEY);
      await tx.done;
      return { before, after };
    },
  };
}
export type FocusRepo = ReturnType<typeof createFocusRepo>;
