import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME, DB_VERSION } from '@/lib/db/schema';
import { createSettingsRepo } from '@/lib/db/settings-repo';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('the upgrade ladder', () => {
  it('creates the settings store on a new database', async () => {
    const db = await openLeewayDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['settings']);
    db.close();
  });

  it('keeps what a database at the current version already holds', async () => {
    const first = await openLeewayDb();
    await first.put('settings', { sidebarCollapsed: true }, 'app');
    first.close();
    const again = await openLeewayDb();
    expect(await again.get('settings', 'app')).toEqual({ sidebarCollapsed: true });
    again.close();
  });
});

describe('the settings repository', () => {
  const repo = () => createSettingsRepo(createDbConnection());

  it('answers the defaults before anything is saved', async () => {
    expect(await repo().get()).toEqual({ sidebarCollapsed: false });
  });

  it('saves a change and reads it back through a new connection', async () => {
    expect(await repo().update({ sidebarCollapsed: true })).toEqual({ sidebarCollapsed: true });
    expect(await repo().get()).toEqual({ sidebarCollapsed: true });
  });

  it('fills a key added by a later version with its default', async () => {
    const db = await openLeewayDb();
    await db.put('settings', {}, 'app');
    db.close();
    expect(await repo().get()).toEqual({ sidebarCollapsed: false });
  });

  it('refuses an unreadable stored record, says why, and leaves it untouched', async () => {
    const db = await openLeewayDb();
    await db.put('settings', { sidebarCollapsed: 'maybe' }, 'app');
    db.close();
    await expect(repo().get()).rejects.toThrow(/Stored settings are unreadable.*sidebarCollapsed/s);
    await expect(repo().update({ sidebarCollapsed: true })).rejects.toThrow(/Stored settings are unreadable/);
    const raw = await openDB(DB_NAME);
    expect(await raw.get('settings', 'app')).toEqual({ sidebarCollapsed: 'maybe' });
    raw.close();
  });

  it('reopens the database after the browser closes the connection', async () => {
    let opened = 0;
    const getDb = createDbConnection(() => {
      opened++;
      return openLeewayDb();
    });
    const first = await getDb();
    expect(await getDb()).toBe(first);
    // idb's wrapper unwraps to the IDBDatabase that fake-indexeddb closes like a browser would.
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const second = await getDb();
    expect(opened).toBe(2);
    expect(await createSettingsRepo(async () => second).get()).toEqual({ sidebarCollapsed: false });
  });
});
