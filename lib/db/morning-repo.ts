import { z } from 'zod';
import { isoDateSchema } from '@/lib/tasks/task-schema';
import type { GetDb } from './open-db';

// Kept beside the settings (a record of its own): the day the morning sort was last shown.
const RECORD_KEY = 'morningSort';
const morningSchema = z.object({ day: isoDateSchema });

export function createMorningRepo(getDb: GetDb) {
  return {
    /**
     * True for the first view that asks on `day`, false for every other one: the morning sort
     * opens once a day, in one tab. Read and write in one transaction, so two tabs cannot both win.
     */
    async claim(day: string): Promise<boolean> {
      const tx = (await getDb()).transaction('settings', 'readwrite');
      // An unreadable record is replaced: it only ever holds the last day shown.
      const last = morningSchema.safeParse(await tx.store.get(RECORD_KEY));
      const first = !last.success || last.data.day < day;
      if (first) await tx.store.put(morningSchema.parse({ day }), RECORD_KEY);
      await tx.done;
      return first;
    },
  };
}
export type MorningRepo = ReturnType<typeof createMorningRepo>;
