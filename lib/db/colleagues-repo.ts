import {
  colleagueSchema,
  MAX_COLLEAGUES,
  type Colleague,
  type ColleagueInput,
} from '@/lib/colleagues/colleague-schema';
import { t } from '@/lib/i18n';
import type { GetDb } from './open-db';
import { checkedRecord, parseEach, parseStored } from './records';

export function createColleaguesRepo(getDb: GetDb, now: () => Date = () => new Date()) {
  return {
    /** The readable colleagues by name; unreadable ones stay stored and out of the list. */
    async list(): Promise<Colleague[]> {
      const { readable } = parseEach(colleagueSchema, await (await getDb()).getAll('colleagues'), 'colleague');
      return readable.sort((a, b) => a.name.localeCompare(b.name));
    },

    /** Adds a colleague (no id) or changes one; the list is kept short. */
    async save(input: ColleagueInput, id?: string): Promise<Colleague> {
      const tx = (await getDb()).transaction('colleagues', 'readwrite');
      const at = now().getTime();
      let colleague: Colleague;
      if (id) {
        const stored = await tx.store.get(id);
        if (!stored) throw new Error(`No colleague "${id}"`);
        const previous = parseStored(colleagueSchema, stored, `colleague "${id}"`);
        colleague = checkedRecord(colleagueSchema, { ...previous, ...input, updatedAt: at }, `colleague "${id}"`);
      } else {
        if ((await tx.store.count()) >= MAX_COLLEAGUES) throw new Error(t('colleaguesFull', String(MAX_COLLEAGUES)));
        colleague = checkedRecord(
          colleagueSchema,
          { id: `colleague-${crypto.randomUUID()}`, ...input, createdAt: at, updatedAt: at },
          'colleague',
        );
      }
      await tx.store.put(colleague);
      await tx.done;
      return colleague;
    },

    async remove(id: string): Promise<void> {
      await (await getDb()).delete('colleagues', id);
    },
  };
}
export type ColleaguesRepo = ReturnType<typeof createColleaguesRepo>;
