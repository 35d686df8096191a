import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type LeewayDB } from './schema';

export type LeewayDatabase = IDBPDatabase<LeewayDB>;

/**
 * Opens (and upgrades) Leeway's database. The ladder is append-only: each step takes the
 * database from the version before it, so a user several versions behind runs every step in order.
 */
export function openLeewayDb(): Promise<LeewayDatabase> {
  return openDB<LeewayDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        db.createObjectStore('templates', { keyPath: 'id' });
        db.createObjectStore('templateUsage');
      }
      if (oldVersion < 3) {
        const clients = db.createObjectStore('clients', { keyPath: 'id' });
        clients.createIndex('by-address', 'addresses', { multiEntry: true });
        clients.createIndex('by-domain', 'domains', { multiEntry: true });
        db.createObjectStore('flags', { keyPath: 'id' }).createIndex('by-client', 'clientId');
      }
      if (oldVersion < 4) {
        db.createObjectStore('tasks', { keyPath: 'id' });
      }
      if (oldVersion < 5) {
        db.createObjectStore('calendarDays', { keyPath: 'day' });
      }
      if (oldVersion < 6) {
        db.createObjectStore('incidents', { keyPath: 'id' });
      }
    },
  });
}

/**
 * A database handle that reopens itself if the browser closes the connection (storage pressure,
 * user clearing data): the service worker keeps no other state, so reopening loses nothing.
 */
export function createDbConnection(open: () => Promise<LeewayDatabase> = openLeewayDb) {
  let current: Promise<LeewayDatabase> | undefined;
  return function getDb(): Promise<LeewayDatabase> {
    current ??= open().then((db) => {
      db.addEventListener('close', () => (current = undefined));
      return db;
    });
    current.catch(() => (current = undefined));
    return current;
  };
}
export type GetDb = ReturnType<typeof createDbConnection>;
