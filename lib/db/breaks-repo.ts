import { z } from 'zod';
import { noBreakState, type BreakState } from '@/lib/hours/breaks';
import type { GetDb } from './open-db';

// Kept beside the settings (a record of its own): the last break reminder and snooze, so a
// service worker stopped between two alarms still knows them.
const RECORD_KEY = 'breakReminder';
const instant = z.number().int().nonnegative().nullable();
// `shown` came later: a record without it has no reminder out.
const breakStateSchema = z.strictObject({
  remindedAt: instant,
  snoozedUntil: instant,
  shown: z.boolean().default(false),
});

export function createBreaksRepo(getDb: GetDb) {
  return {
    /** An unreadable record reads as no reminder yet: it only ever delays the next one. */
    async get(): Promise<BreakState> {
      const parsed = breakStateSchema.safeParse(await (await getDb()).get('settings', RECORD_KEY));
      return parsed.success ? parsed.data : noBreakState;
    },

    async update(patch: Partial<BreakState>): Promise<BreakState> {
      const tx = (await getDb()).transaction('settings', 'readwrite');
      const stored = breakStateSchema.safeParse(await tx.store.get(RECORD_KEY));
      const next = breakStateSchema.parse({ ...(stored.success ? stored.data : noBreakState), ...patch });
      await tx.store.put(next, RECORD_KEY);
      await tx.done;
      return next;
    },
  };
}
export type BreaksRepo = ReturnType<typeof createBreaksRepo>;
