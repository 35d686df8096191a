import { IDBFactory, IDBDatabase as FakeIDBDatabase, IDBObjectStore as FakeIDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '@/lib/background/register-handlers';
import { createRepos } from '@/lib/db/repos';
import { createDbConnection } from '@/lib/db/open-db';
import { removeAllListeners, sendMessage } from '@/lib/messaging';
import { defaultSettings } from '@/lib/settings/settings';
import en from '@/public/_locales/en/messages.json';
import { repos as seedRepos, seed, snapshot } from '../backup/seed';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.restoreAllMocks();
  removeAllListeners();
});

/** Every read-write transaction opened from now on, until it completes or aborts. */
function watchWriteTransactions(): Set<IDBTransaction> {
  const open = new Set<IDBTransaction>();
  const transaction = FakeIDBDatabase.prototype.transaction;
  vi.spyOn(FakeIDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = transaction.apply(this, args) as unknown as IDBTransaction;
    if (tx.mode === 'readwrite') {
      open.add(tx);
      // Registered before idb's own listener, so it has run when a repository's write resolves.
      for (const end of ['complete', 'abort', 'error']) tx.addEventListener(end, () => open.delete(tx));
    }
    return tx as never;
  });
  return open;
}

describe('a write is acknowledged only once its transaction has completed', () => {
  it('holds for every repository write', async () => {
    const open = watchWriteTransactions();
    const r = seedRepos();
    const writes: Array<[string, () => Promise<unknown>]> = [['a bit of everything', () => seed(r)]];
    const still: string[] = [];
    for (const [name, write] of writes) {
      await write();
      if (open.size > 0) still.push(name);
    }
    const [task] = await r.tasks.list();
    const more: Array<[string, () => Promise<unknown>]> = [
      ['task update', () => r.tasks.update(task!.id, { ...task!, title: 'Send the deck' })],
      ['task move', () => r.tasks.move(task!.id, { bucket: 'later', index: 0 })],
      ['task done', () => r.tasks.setDone(task!.id, true)],
      ['task removed', () => r.tasks.remove(task!.id)],
      ['task restored', () => r.tasks.restore(task!)],
      ['timer start', () => r.timeEntries.start({ clientId: null, description: 'Inbox', source: 'manual' })],
      ['timer stop', () => r.timeEntries.stop()],
      ['template removed', () => r.templates.remove('default-delay-en')],
      ['template restored', () => r.templates.restoreDefault('default-delay-en')],
      ['settings', () => r.settings.update({ signature: 'Alex' })],
      ['backup export', () => r.backup.export()],
      ['backup import', async () => r.backup.import((await r.backup.export()).text, 'merge')],
    ];
    for (const [name, write] of more) {
      await write();
      if (open.size > 0) still.push(name);
    }
    expect(still).toEqual([]);
  });
});

describe('a storage quota error', () => {
  it('reaches the caller as what to do, and nothing is stored', async () => {
    registerHandlers(createRepos(createDbConnection()));
    await sendMessage('updateSettings', { myName: 'Alex' });
    const before = await snapshot();
    vi.spyOn(FakeIDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await expect(sendMessage('updateSettings', { myName: 'Sam' })).rejects.toThrow(en.storageFull.message);
    await expect(
      sendMessage('createTask', {
        task: { title: 'Call Mark', bucket: 'urgent', estimateMinutes: 10, note: '' },
      }),
    ).rejects.toThrow(/no room left for its data.*Free some space/);

    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
    expect(await sendMessage('getSettings', undefined)).toEqual({ ...defaultSettings, myName: 'Alex' });
  });

  it('other errors pass through as they are', async () => {
    registerHandlers(createRepos(createDbConnection()));
    await expect(sendMessage('deleteTask', { id: 'no-such-task' })).rejects.not.toThrow(en.storageFull.message);
  });
});
