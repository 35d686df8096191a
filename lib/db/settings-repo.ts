import { z } from 'zod';
import type { Settings, SettingsPatch } from '@/lib/settings/settings';
import { settingsSchema, storedSettingsSchema } from '@/lib/settings/settings-schema';
import type { GetDb } from './open-db';

const RECORD_KEY = 'app';

function parseStored(value: unknown): Settings {
  if (value === undefined) return storedSettingsSchema.parse({});
  const parsed = storedSettingsSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Stored settings are unreadable: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function createSettingsRepo(getDb: GetDb) {
  return {
    async get(): Promise<Settings> {
      const db = await getDb();
      return parseStored(await db.get('settings', RECORD_KEY));
    },

    /** Applies a validated patch in one transaction; an unreadable record is left as it is. */
    async update(patch: SettingsPatch): Promise<Settings> {
      const db = await getDb();
      const tx = db.transaction('settings', 'readwrite');
      const next = settingsSchema.parse({ ...parseStored(await tx.store.get(RECORD_KEY)), ...patch });
      await tx.store.put(next, RECORD_KEY);
      await tx.done;
      return next;
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
