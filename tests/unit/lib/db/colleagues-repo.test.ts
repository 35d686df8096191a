import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createColleaguesRepo } from '@/lib/db/colleagues-repo';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';

const NOW = new Date(2026, 10, 30, 9);
let repo: ReturnType<typeof createColleaguesRepo>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  repo = createColleaguesRepo(createDbConnection(), () => NOW);
});

const nadia = {
  name: 'Nadia Roux',
  email: 'Nadia@Roux-Assist.fr',
  covers: 'Inbox, calendar',
  languages: ['fr', 'en'] as const,
};

describe('trusted colleagues', () => {
  it('are added, listed by name, changed and removed', async () => {
    const saved = await repo.save({ ...nadia, languages: [...nadia.languages] });
    await repo.save({ name: 'Ben Carter', email: 'ben@carter.co', covers: '', languages: ['en'] });
    expect(saved).toMatchObject({ name: 'Nadia Roux', email: 'nadia@roux-assist.fr', createdAt: NOW.getTime() });
    expect((await repo.list()).map((c) => c.name)).toEqual(['Ben Carter', 'Nadia Roux']);
    await repo.save({ ...nadia, languages: ['fr'], covers: 'Inbox' }, saved.id);
    expect((await repo.list())[1]).toMatchObject({ id: saved.id, covers: 'Inbox', languages: ['fr'] });
    await repo.remove(saved.id);
    expect((await repo.list()).map((c) => c.name)).toEqual(['Ben Carter']);
  });

  it('refuses a colleague without a valid address, naming the field, and stores nothing', async () => {
    await expect(repo.save({ ...nadia, languages: [], email: 'nadia at roux' })).rejects.toThrow(/email/);
    expect(await repo.list()).toEqual([]);
  });

  it('come with database version 7: a version 6 database upgrades with its data kept', async () => {
    const v6 = await openDB(DB_NAME, 6, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('incidents', { keyPath: 'id' });
      },
    });
    await v6.put('incidents', { id: 'incident-1' });
    v6.close();
    const db = await openLeewayDb();
    expect(await db.get('incidents', 'incident-1')).toEqual({ id: 'incident-1' });
    expect(await db.getAll('colleagues')).toEqual([]);
    db.close();
  });
});
