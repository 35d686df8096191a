import type { Settings, SettingsPatch } from '@/lib/settings/settings';
import { readStoredSettings, type SettingsProblem } from '@/lib/settings/read-settings';
import { settingsSchema } from '@/lib/settings/settings-schema';
import type { GetDb } from './open-db';
import { checkedRecord } from './records';

const RECORD_KEY = 'app';

export function createSettingsRepo(getDb: GetDb) {
  const read = async () => readStoredSettings(await (await getDb()).get('settings', RECORD_KEY));

  return {
    async get(): Promise<Settings> {
      return (await read()).settings;
    },

    /** The stored keys that could not be read and show their default instead. */
    async problems(): Promise<SettingsProblem[]> {
      return (await read()).problems;
    },

    /**
     * Applies a patch in one transaction. The whole record is written back as read, so a key
     * that could not be read is saved with the default that was shown in its place.
     */
    async update(patch: SettingsPatch): Promise<Settings> {
      const db = await getDb();
      const tx = db.transaction('settings', 'readwrite');
      const { settings } = readStoredSettings(await tx.store.get(RECORD_KEY));
      const next = checkedRecord(settingsSchema, { ...settings, ...patch }, 'the settings');
      await tx.store.put(next, RECORD_KEY);
      await tx.done;
      return next;
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
