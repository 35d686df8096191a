import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME, DB_VERSION } from '@/lib/db/schema';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
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
      'calendarEvents',
      'clients',
      'colleagues',
      'flags',
      'incidents',
      'settings',
      'tasks',
      'templateUsage',
      'templates',
      'timeEntries',
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
    expect(await createSettingsRepo(() => Promise.resolve(second)).get()).toEqual(defaultSettings);
  });
});

describe('one unreadable settings record locks all settings', () => {
  const repo = () => createSettingsRepo(createDbConnection());
  const store = async (record: unknown) => {
    const db = await openLeewayDb();
    await db.put('settings', record, 'app');
    db.close();
  };

  it('keeps the readable keys, falls back to the default for the bad one, and names it', async () => {
    await store({ sidebarCollapsed: 'maybe', signature: 'Best, Ana' });
    expect(await repo().get()).toEqual({ ...defaultSettings, signature: 'Best, Ana' });
    const problems = await repo().problems();
    expect(problems.map((p) => p.key)).toEqual(['sidebarCollapsed']);
    expect(problems[0]!.problem).toContain('expected boolean');
  });

  it('lets a patch overwrite the bad key', async () => {
    await store({ sidebarCollapsed: 'maybe', signature: 'Best, Ana' });
    expect(await repo().update({ sidebarCollapsed: true })).toEqual({
      ...defaultSettings,
      signature: 'Best, Ana',
      sidebarCollapsed: true,
    });
    expect(await repo().problems()).toEqual([]);
    const raw = await openDB(DB_NAME);
    expect(await raw.get('settings', 'app')).toMatchObject({ sidebarCollapsed: true, signature: 'Best, Ana' });
    raw.close();
  });

  it('falls back for a bad nested key alone, keeping its neighbours', async () => {
    await store({ gaps: { ...defaultGapSettings, minBufferMinutes: 'lots', backToBackMinutes: 240 } });
    expect((await repo().get()).gaps).toEqual({ ...defaultGapSettings, backToBackMinutes: 240 });
    expect((await repo().problems()).map((p) => p.key)).toEqual(['gaps.minBufferMinutes']);
  });

  it('gives a nested key added later its default when a stored object lacks it', async () => {
    const { colors: _added, ...olderGaps } = { ...defaultGapSettings, minBufferMinutes: 45 };
    await store({ signature: 'Best, Ana', gaps: olderGaps });
    expect(await repo().get()).toEqual({
      ...defaultSettings,
      signature: 'Best, Ana',
      gaps: { ...defaultGapSettings, minBufferMinutes: 45 },
    });
    expect(await repo().problems()).toEqual([]);
  });

  it('reads a record that is not an object at all as the defaults, and says so', async () => {
    await store('garbage');
    expect(await repo().get()).toEqual(defaultSettings);
    expect((await repo().problems()).map((p) => p.key)).toEqual(['settings']);
  });
});
