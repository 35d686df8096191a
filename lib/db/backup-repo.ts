import { z } from 'zod';
import { isBackupDue, type BackupClock } from '@/lib/backup/reminder';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type BackupRecord,
  type ImportMode,
  type StoreReport,
} from '@/lib/backup/backup-file';
import { BACKUP_STORES, type BackupStore } from '@/lib/backup/backup-stores';
import { readBackup } from '@/lib/backup/read-backup';
import { mergeClients } from '@/lib/clients/merge';
import { clientSchema } from '@/lib/clients/client-schema';
import type { Client } from '@/lib/clients/client-schema';
import { readStoredSettings } from '@/lib/settings/read-settings';
import type { Settings } from '@/lib/settings/settings';
import { isDeepStrictEqual } from '@/lib/backup/equal';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { GetDb } from './open-db';
import type { LeewayDB } from './schema';
import { checkedRecord } from './records';

const SETTINGS_KEY = 'app';
// Beside the settings, a record of its own: when the last backup file was made.
const LAST_BACKUP_KEY = 'lastBackup';
// An unreadable clock counts as none: it only ever holds two dates.
const clockSchema = z.object({ at: z.number().optional(), since: z.number().optional() });
const readClock = (value: unknown): BackupClock => {
  const parsed = clockSchema.safeParse(value);
  return parsed.success ? { ...parsed.data } : {};
};
const STORE_NAMES = [...BACKUP_STORES.map((store) => store.name), 'settings'] as const;

type Tx = IDBPTransaction<LeewayDB, StoreNames<LeewayDB>[], 'readwrite'>;

async function readAll(tx: Tx, store: BackupStore): Promise<BackupRecord[]> {
  const objectStore = tx.objectStore(store.name);
  const values = (await objectStore.getAll()) as BackupRecord[];
  if (!store.outOfLineKey) return values;
  const keys = await objectStore.getAllKeys();
  return values.map((value, i) => ({ id: keys[i], ...value }));
}

async function put(tx: Tx, store: BackupStore, record: BackupRecord): Promise<void> {
  const objectStore = tx.objectStore(store.name);
  if (!store.outOfLineKey) await objectStore.put(record);
  else {
    const { id, ...value } = record;
    await objectStore.put(value, id as string);
  }
}

async function getOne(tx: Tx, store: BackupStore, id: string): Promise<BackupRecord | undefined> {
  const value = (await tx.objectStore(store.name).get(id)) as BackupRecord | undefined;
  return value && store.outOfLineKey ? { id, ...value } : value;
}

const emptyReport = (store: StoreReport['store']): StoreReport => ({
  store,
  added: 0,
  updated: 0,
  kept: 0,
  joined: 0,
  removed: 0,
});

/** Merges the file's clients: one known here by the same address is joined, the file's id mapped to ours. */
async function mergeClientsIn(tx: Tx, store: BackupStore, records: BackupRecord[], report: StoreReport) {
  const ids = new Map<string, string>();
  const clients = tx.objectStore('clients');
  for (const record of records as Client[]) {
    let owner: Client | undefined;
    for (const address of record.addresses) {
      const found = (await clients.index('by-address').get(address)) as Client | undefined;
      if (found && found.id !== record.id) owner = found;
    }
    if (owner) {
      ids.set(record.id, owner.id);
      const joined = checkedRecord(
        clientSchema,
        mergeClients(owner, record, Math.max(owner.updatedAt, record.updatedAt)),
        `client "${owner.id}"`,
      );
      if (!isDeepStrictEqual(joined, owner)) await clients.put(joined);
      report.joined++;
    } else await mergeRecord(tx, store, record, report);
  }
  return ids;
}

/** The newer of the file's record and ours is kept; an unreadable one of ours gives way. */
async function mergeRecord(tx: Tx, store: BackupStore, record: BackupRecord, report: StoreReport): Promise<void> {
  const id = String(record[store.idField]);
  const ours = await getOne(tx, store, id);
  if (!ours) {
    await put(tx, store, record);
    report.added++;
    return;
  }
  const readable = store.schema.safeParse(ours);
  if (readable.success && store.changedAt(readable.data) >= store.changedAt(record)) report.kept++;
  else {
    await put(tx, store, record);
    report.updated++;
  }
}

export function createBackupRepo(getDb: GetDb, now: () => Date = () => new Date()) {
  return {
    /**
     * Every store and the settings as one file, read in one transaction so it is a single moment
     * of the data; records that fail their schema are left out (and counted), since the file
     * they would be in could not be imported.
     */
    async export(): Promise<{ text: string; left: number }> {
      const tx = (await getDb()).transaction([...STORE_NAMES], 'readwrite');
      let left = 0;
      const stores = {} as BackupFile['stores'];
      for (const store of BACKUP_STORES) {
        stores[store.name] = (await readAll(tx, store)).flatMap((record) => {
          const parsed = store.schema.safeParse(record);
          if (!parsed.success) left++;
          return parsed.success ? [parsed.data] : [];
        });
      }
      const settings = readStoredSettings(await tx.objectStore('settings').get(SETTINGS_KEY)).settings;
      const exportedAt = now();
      await tx.objectStore('settings').put({ at: exportedAt.getTime() }, LAST_BACKUP_KEY);
      await tx.done;
      const file: BackupFile = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: exportedAt.toISOString(),
        settings,
        stores,
      };
      return { text: JSON.stringify(file, null, 1), left };
    },

    /**
     * Imports a backup: the whole file is checked before the transaction opens, and every write
     * is in one transaction, so a refused file, or a write that fails, leaves the data as it was.
     */
    async import(text: string, mode: ImportMode): Promise<{ reports: StoreReport[]; settings: Settings }> {
      const file = readBackup(text);
      const tx = (await getDb()).transaction([...STORE_NAMES], 'readwrite');
      const reports: StoreReport[] = [];
      let clientIds = new Map<string, string>();
      for (const store of BACKUP_STORES) {
        const report = emptyReport(store.name);
        reports.push(report);
        const records = file.stores[store.name].map((record) => {
          const remapped = { ...record };
          for (const field of store.clientFields ?? []) {
            const mapped = clientIds.get(String(record[field]));
            if (mapped) remapped[field] = mapped;
          }
          return remapped;
        });
        if (mode === 'replace') {
          report.removed = await tx.objectStore(store.name).count();
          await tx.objectStore(store.name).clear();
          for (const record of records) await put(tx, store, record);
          report.added = records.length;
        } else if (store.name === 'clients') clientIds = await mergeClientsIn(tx, store, records, report);
        else for (const record of records) await mergeRecord(tx, store, record, report);
      }
      const settingsReport = emptyReport('settings');
      reports.push(settingsReport);
      const settingsStore = tx.objectStore('settings');
      let settings = readStoredSettings(await settingsStore.get(SETTINGS_KEY)).settings;
      // Settings carry no date: merge keeps this machine's, replace takes the file's.
      if (mode === 'replace') {
        await settingsStore.put(file.settings, SETTINGS_KEY);
        settings = file.settings;
        settingsReport.updated = 1;
      } else settingsReport.kept = 1;
      await tx.done;
      return { reports, settings };
    },

    /** When the last backup file was made (ms), or undefined for never. */
    async lastBackupAt(): Promise<number | undefined> {
      return readClock(await (await getDb()).get('settings', LAST_BACKUP_KEY)).at;
    },

    /** Whether a backup is due, `everyDays` after the last one; the first call starts the count. */
    async reminder(everyDays: number): Promise<{ due: boolean; lastAt: number | null }> {
      const tx = (await getDb()).transaction('settings', 'readwrite');
      const clock = readClock(await tx.store.get(LAST_BACKUP_KEY));
      if (clock.at === undefined && clock.since === undefined) {
        clock.since = now().getTime();
        await tx.store.put(clock, LAST_BACKUP_KEY);
      }
      await tx.done;
      return { due: isBackupDue(clock, everyDays, now().getTime()), lastAt: clock.at ?? null };
    },
  };
}
export type BackupRepo = ReturnType<typeof createBackupRepo>;
