import { IDBFactory } from 'fake-indexeddb';
import { deleteDB, openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME, DB_VERSION } from '@/lib/db/schema';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { defaultSettings } from '@/lib/settings/settings';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

// Without the fix these waits never end: the test's own timeout is what shows the hang.
const HANG = 2_000;

describe('a database upgrade can wait forever', () => {
  it(
    'lets a newer version open: the old connection closes on versionchange',
    async () => {
      const old = await openLeewayDb();
      const newer = await openDB(DB_NAME, DB_VERSION + 1);
      expect(newer.version).toBe(DB_VERSION + 1);
      newer.close();
      // The old handle is closed, not left half-alive: using it says so.
      expect(() => old.transaction('settings')).toThrow();
    },
    HANG,
  );

  it(
    'reopens after the database was deleted under an open connection (data cleared)',
    async () => {
      const getDb = createDbConnection();
      const settings = createSettingsRepo(getDb);
      await settings.update({ signature: 'Ana' });
      await deleteDB(DB_NAME);
      expect((await settings.get()).signature).toBe(defaultSettings.signature);
    },
    HANG,
  );

  it(
    'answers an upgrade blocked by a connection that will not close with a clear error',
    async () => {
      // An older Leeway page that does not close on versionchange: a raw connection without the handler.
      const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('settings');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
      });
      const error = await openLeewayDb({ blockedTimeoutMs: 50 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/another Leeway window.*close or reload/i);
      stubborn.close();
    },
    HANG,
  );
});
