import { openDB, type IDBPDatabase } from 'idb';
import { t } from '@/lib/i18n';
import { DB_NAME, DB_VERSION, type LeewayDB } from './schema';

export type LeewayDatabase = IDBPDatabase<LeewayDB>;

/** How long an upgrade waits for an older connection to close before it gives up with a reason. */
const BLOCKED_TIMEOUT_MS = 5_000;

/**
 * Opens (and upgrades) Leeway's database. An upgrade (or a deletion) waits until every other
 * connection is closed: this one closes as soon as another asks for a newer version, and an
 * upgrade that stays blocked (a connection that never closes, from an older Leeway) fails with
 * a reason instead of waiting forever.
 */
export async function openLeewayDb({ blockedTimeoutMs = BLOCKED_TIMEOUT_MS } = {}): Promise<LeewayDatabase> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp!: (reason: Error) => void;
  const gaveUp = new Promise<never>((_, reject) => (giveUp = reject));
  const opening = openDB<LeewayDB>(DB_NAME, DB_VERSION, {
    upgrade,
    blocked() {
      timer ??= setTimeout(() => giveUp(new Error(t('databaseBlocked'))), blockedTimeoutMs);
    },
    blocking(_current, _newer, event) {
      (event.target as IDBDatabase).close();
    },
  });
  try {
    return await Promise.race([opening, gaveUp]);
  } catch (err) {
    // If it opens after all, once the caller has its error, nobody would hold the connection.
    void opening.then((db) => db.close()).catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The upgrade ladder, append-only: each step takes the database from the version before it, so
 * a user several versions behind runs every step in order.
 */
function upgrade(db: LeewayDatabase, oldVersion: number): void {
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
  if (oldVersion < 7) {
    db.createObjectStore('colleagues', { keyPath: 'id' });
  }
  if (oldVersion < 8) {
    db.createObjectStore('timeEntries', { keyPath: 'id' }).createIndex('by-start', 'start');
  }
  if (oldVersion < 9) {
    db.createObjectStore('calendarEvents', { keyPath: 'day' });
  }
}

/**
 * A database handle that reopens itself once its connection is closed, by the browser (storage
 * pressure, user clearing data) or by openLeewayDb for a newer version or a deletion: the
 * service worker keeps no other state, so reopening loses nothing.
 */
export function createDbConnection(open: () => Promise<LeewayDatabase> = openLeewayDb) {
  let current: Promise<LeewayDatabase> | undefined;
  return function getDb(): Promise<LeewayDatabase> {
    current ??= open().then((db) => {
      const forget = () => (current = undefined);
      db.addEventListener('close', forget);
      db.addEventListener('versionchange', forget);
      return db;
    });
    current.catch(() => (current = undefined));
    return current;
  };
}
export type GetDb = ReturnType<typeof createDbConnection>;
