import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCalendarDaysRepo } from '@/lib/db/calendar-days-repo';
import { createClientsRepo } from '@/lib/db/clients-repo';
import { createColleaguesRepo } from '@/lib/db/colleagues-repo';
import { createIncidentsRepo } from '@/lib/db/incidents-repo';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME, DB_VERSION } from '@/lib/db/schema';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { createTasksRepo } from '@/lib/db/tasks-repo';
import { createTemplatesRepo } from '@/lib/db/templates-repo';
import { createTimeEntriesRepo } from '@/lib/db/time-entries-repo';

// Every database a user may still have, from the first version on: built as that version's
// upgrade step built it (copied here, so a later edit of a released step shows up as a failing
// test), filled with records in the shape they had then, and opened by today's Leeway.

type Db = IDBPDatabase<unknown>;
const AT = Date.UTC(2026, 10, 20, 9);

/** The stores each version added, as its step created them. */
const STEPS: Record<number, (db: Db) => void> = {
  1: (db) => db.createObjectStore('settings'),
  2: (db) => {
    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('templateUsage');
  },
  3: (db) => {
    const clients = db.createObjectStore('clients', { keyPath: 'id' });
    clients.createIndex('by-address', 'addresses', { multiEntry: true });
    clients.createIndex('by-domain', 'domains', { multiEntry: true });
    db.createObjectStore('flags', { keyPath: 'id' }).createIndex('by-client', 'clientId');
  },
  4: (db) => db.createObjectStore('tasks', { keyPath: 'id' }),
  5: (db) => db.createObjectStore('calendarDays', { keyPath: 'day' }),
  6: (db) => db.createObjectStore('incidents', { keyPath: 'id' }),
  7: (db) => db.createObjectStore('colleagues', { keyPath: 'id' }),
  8: (db) => db.createObjectStore('timeEntries', { keyPath: 'id' }).createIndex('by-start', 'start'),
};

/** Records as each version wrote them: [store, key (out-of-line stores only), value]. */
const SEEDS: Record<number, Array<[string, string | undefined, Record<string, unknown>]>> = {
  1: [['settings', 'app', { sidebarCollapsed: true }]],
  2: [
    [
      'templates',
      undefined,
      {
        id: 'custom-invoice',
        deleted: false,
        template: {
          id: 'custom-invoice',
          name: 'Invoice reminder',
          category: 'other',
          language: 'en',
          subject: 'Invoice {{invoice}}',
          body: 'Hi {{client.firstName}}, invoice {{invoice}} is due.',
          fields: [{ id: 'invoice', label: 'Invoice number', kind: 'text', default: '' }],
        },
        updatedAt: AT,
      },
    ],
    ['templates', undefined, { id: 'default-delay-en', deleted: true, updatedAt: AT }],
    ['templateUsage', 'custom-invoice', { count: 3, lastUsedAt: AT }],
  ],
  3: [
    [
      'clients',
      undefined,
      {
        id: 'client-mark',
        name: 'Mark Ellison',
        status: 'watch',
        addresses: ['mark@northwind-creative.com'],
        domains: ['northwind-creative.com'],
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    [
      'flags',
      undefined,
      {
        id: 'flag-1',
        clientId: 'client-mark',
        signs: ['scope-creep'],
        severity: 'medium',
        note: 'A fourth revision',
        thread: { id: '19a36435ce2f0ff3', subject: 'Q4 launch' },
        at: AT,
        updatedAt: AT,
      },
    ],
  ],
  4: [
    [
      'tasks',
      undefined,
      {
        id: 'task-deck',
        title: 'Send the Q4 deck',
        bucket: 'urgent',
        clientId: 'client-mark',
        due: '2026-12-02',
        estimateMinutes: 45,
        note: '',
        order: 0,
        done: false,
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  ],
  5: [
    [
      'calendarDays',
      undefined,
      {
        day: '2026-12-01',
        buffers: [{ start: 600, end: 660 }],
        bookedMinutes: 300,
        freeMinutes: 120,
        accountPath: '/calendar/u/0/',
        readAt: AT,
      },
    ],
  ],
  6: [
    [
      'incidents',
      undefined,
      {
        id: 'incident-1',
        date: '2026-11-20',
        clientId: 'client-mark',
        what: 'Server down at the client',
        minutesLost: 60,
        overloaded: false,
        couldAnticipate: false,
        infoTooLate: true,
        change: 'Ask for the status page',
        taskIds: ['task-deck'],
        createdAt: AT,
      },
    ],
  ],
  7: [
    [
      'colleagues',
      undefined,
      {
        id: 'colleague-nadia',
        name: 'Nadia Roux',
        email: 'nadia@roux-assist.fr',
        covers: 'Inbox, calendar',
        languages: ['fr', 'en'],
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  ],
  8: [
    [
      'timeEntries',
      undefined,
      {
        id: 'entry-1',
        clientId: 'client-mark',
        description: 'Q4 launch timeline',
        source: 'thread',
        ref: '19a36435ce2f0ff3',
        start: AT,
        end: AT + 45 * 60_000,
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  ],
};

/** From version 2 on, settings carried the template signature and the working week. */
const SETTINGS_FROM_2 = {
  sidebarCollapsed: true,
  myName: 'Alex Doe',
  signature: 'Alex',
  workDays: [1, 2, 3, 4],
  daysOff: ['2026-12-24'],
};

function seedsAt(version: number) {
  const seeds = Object.entries(SEEDS)
    .filter(([v]) => Number(v) <= version)
    .flatMap(([, records]) => records);
  if (version < 2) return seeds;
  return seeds.map((seed): (typeof seeds)[number] =>
    seed[0] === 'settings' ? ['settings', 'app', SETTINGS_FROM_2] : seed,
  );
}

async function createAt(version: number): Promise<void> {
  const db = await openDB(DB_NAME, version, {
    upgrade(db, oldVersion) {
      for (let step = oldVersion + 1; step <= version; step++) STEPS[step]!(db);
    },
  });
  for (const [store, key, value] of seedsAt(version)) await db.put(store, value, key);
  db.close();
}

async function contents(): Promise<Record<string, Array<[IDBValidKey, unknown]>>> {
  const db = await openDB(DB_NAME);
  const result: Record<string, Array<[IDBValidKey, unknown]>> = {};
  for (const name of [...db.objectStoreNames].sort()) {
    result[name] = await Promise.all((await db.getAllKeys(name)).map(async (key) => [key, await db.get(name, key)]));
  }
  db.close();
  return result;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('a database from every earlier version upgrades to the current one', () => {
  it('covers every version before the current one', () => {
    expect(Object.keys(STEPS).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (let version = 1; version < DB_VERSION; version++) {
    it(`version ${version}: every record kept, record by record, and readable by today's Leeway`, async () => {
      await createAt(version);
      const before = await contents();

      const db = await openLeewayDb();
      expect(db.version).toBe(DB_VERSION);
      db.close();
      const after = await contents();

      // Each store the old database had holds exactly what it held; the newer stores are there, empty.
      for (const [store, records] of Object.entries(before)) expect(after[store], store).toEqual(records);
      const seededCount = seedsAt(version).length;
      expect(Object.values(after).reduce((sum, records) => sum + records.length, 0)).toBe(seededCount);
      for (const store of Object.keys(after).filter((name) => !(name in before))) expect(after[store]).toEqual([]);

      // And the app reads them as it reads its own: nothing unreadable, nothing lost.
      const getDb = createDbConnection();
      const settingsRepo = createSettingsRepo(getDb);
      expect(await settingsRepo.problems()).toEqual([]);
      expect(await settingsRepo.get()).toMatchObject(version < 2 ? { sidebarCollapsed: true } : SETTINGS_FROM_2);
      if (version >= 2) {
        const list = await createTemplatesRepo(getDb).list();
        expect(list.unreadable).toEqual([]);
        expect(list.templates.find((t) => t.id === 'custom-invoice')).toMatchObject({ name: 'Invoice reminder' });
        expect(list.deletedDefaults.map((t) => t.id)).toContain('default-delay-en');
      }
      if (version >= 3) {
        const clients = createClientsRepo(getDb);
        const card = await clients.card('mark@northwind-creative.com');
        expect(card?.client).toMatchObject({ id: 'client-mark', status: 'watch' });
        expect((await clients.timeline('client-mark')).map((flag) => flag.id)).toEqual(['flag-1']);
      }
      if (version >= 4) expect((await createTasksRepo(getDb).list()).map((task) => task.id)).toEqual(['task-deck']);
      if (version >= 5) {
        const known = await createCalendarDaysRepo(getDb).buffersBetween('2026-12-01', '2026-12-01');
        expect(known).toMatchObject({ daysRead: 1, bookedMinutes: 300, buffers: [{ start: 600, end: 660 }] });
      }
      if (version >= 6) expect((await createIncidentsRepo(getDb).list()).map((i) => i.id)).toEqual(['incident-1']);
      if (version >= 7) {
        expect((await createColleaguesRepo(getDb).list()).map((c) => c.email)).toEqual(['nadia@roux-assist.fr']);
      }
      if (version >= 8) {
        const entries = await createTimeEntriesRepo(getDb).list({ start: AT, end: AT + 3_600_000 });
        expect(entries.map((entry) => entry.id)).toEqual(['entry-1']);
      }
      // Version 9's events start empty: Calendar's next reading fills them.
      expect(await createCalendarDaysRepo(getDb).eventsBetween('2026-01-01', '2026-12-31')).toEqual([]);
      (await getDb()).close();
    });
  }
});
