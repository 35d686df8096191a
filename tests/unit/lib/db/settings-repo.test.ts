import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME, DB_VERSION } from '@/lib/db/schema';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { defaultSettings } from '@/lib/settings/settings';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('the upgrade ladder', () => {
  it('creates the settings store on a new database', async () => {
    const db = await openLeewayDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'calendarDays',
      'clients',
      'flags',
      'incidents',
      'settings',
      'tasks',
      'templateUsage',
      'templates',
    ]);
    db.close();
  });

  it('upgrades a version 1 database, keeping its settings', async () => {
    const v1 = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('settings') });
    await v1.put('settings', { sidebarCollapsed: true }, 'app');
    v1.close();
    const db = await openLeewayDb();
    expect(await db.get('settings', 'app')).toEqual({ sidebarCollapsed: true });
    await db.put('templates', { id: 'custom-1' });
    expect(await db.get('templates', 'custom-1')).toEqual({ id: 'custom-1' });
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
    expect(await repo().get()).toEqual(defaultSettings);
  });

  it('saves a change and reads it back through a new connection', async () => {
    expect(await repo().update({ sidebarCollapsed: true })).toEqual({ ...defaultSettings, sidebarCollapsed: true });
    expect(await repo().get()).toEqual({ ...defaultSettings, sidebarCollapsed: true });
  });

  it('fills the keys a record from an older version lacks with their defaults', async () => {
    const db = await openLeewayDb();
    await db.put('settings', { sidebarCollapsed: true }, 'app');
    db.close();
    expect(await repo().get()).toEqual({ ...defaultSettings, sidebarCollapsed: true });
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
    expect(await createSettingsRepo(async () => second).get()).toEqual(defaultSettings);
  });
});
