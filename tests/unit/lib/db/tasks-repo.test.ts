import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '@/lib/db/repos';
import { registerHandlers } from '@/lib/background/register-handlers';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';
import { createTasksRepo } from '@/lib/db/tasks-repo';
import { createIncidentsRepo } from '@/lib/db/incidents-repo';
import { removeAllListeners, sendMessage } from '@/lib/messaging';
import type { TaskInput } from '@/lib/tasks/task-schema';

const NOW = new Date(2026, 10, 30, 9);
let repo: ReturnType<typeof createTasksRepo>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  const getDb = createDbConnection();
  repo = createTasksRepo(getDb, () => NOW);
  registerHandlers({
    ...createRepos(getDb),
    tasks: repo,
    incidents: createIncidentsRepo(getDb, () => NOW),
  });
});
afterEach(() => removeAllListeners());

const input = (title: string, extra: Partial<TaskInput> = {}): TaskInput => ({
  title,
  bucket: 'urgent',
  estimateMinutes: 30,
  note: '',
  ...extra,
});
const THREAD = { threadId: '19a36435ce2f0ff3', subject: 'Q4 launch timeline', accountPath: '/mail/u/0/' };

describe('the tasks store', () => {
  it('keeps a task with its client, due date and thread, last of its bucket', async () => {
    await repo.create(input('Send the invoice'));
    const task = await repo.create(
      input('Q4 launch timeline', { clientId: 'client-1', due: '2026-12-01', thread: THREAD }),
    );
    expect(task).toMatchObject({ order: 1, done: false, thread: THREAD, due: '2026-12-01', createdAt: NOW.getTime() });
    expect(await repo.list()).toHaveLength(2);
  });

  it('marks done and undone, recording when', async () => {
    const { id } = await repo.create(input('Call Priya'));
    expect(await repo.setDone(id, true)).toMatchObject({ done: true, doneAt: NOW.getTime() });
    const undone = await repo.setDone(id, false);
    expect(undone.done).toBe(false);
    expect(undone.doneAt).toBeUndefined();
  });

  it('moves a task into another bucket and stores both buckets renumbered', async () => {
    const first = await repo.create(input('First'));
    const second = await repo.create(input('Second'));
    await repo.move(first.id, { bucket: 'later', index: 0 });
    const stored = Object.fromEntries((await repo.list()).map((t) => [t.title, [t.bucket, t.order]]));
    expect(stored).toEqual({ First: ['later', 0], Second: ['urgent', 0] });
    expect(second.order).toBe(1);
  });

  it('clears a due date or a client on edit, and puts a task changing bucket last of the new one', async () => {
    await repo.create(input('Deck', { bucket: 'important' }));
    const task = await repo.create(input('Filing', { clientId: 'client-1', due: '2026-12-01' }));
    const edited = await repo.update(task.id, input('Filing', { bucket: 'important' }));
    expect(edited).toMatchObject({ bucket: 'important', order: 1 });
    expect(edited.clientId).toBeUndefined();
    expect(edited.due).toBeUndefined();
  });

  it('pushes tasks that give way; a due date they would pass moves with them', async () => {
    const late = await repo.create(input('Newsletter', { bucket: 'later', due: '2026-11-30' }));
    const roomy = await repo.create(input('Deck', { bucket: 'important', due: '2026-12-04' }));
    await repo.reschedule([
      { id: late.id, newDate: '2026-12-01' },
      { id: roomy.id, newDate: '2026-12-01' },
    ]);
    const stored = Object.fromEntries((await repo.list()).map((t) => [t.title, [t.plannedFor, t.due]]));
    expect(stored).toEqual({ Newsletter: ['2026-12-01', '2026-12-01'], Deck: ['2026-12-01', '2026-12-04'] });
    // When it gave way, for the weekly review.
    expect((await repo.list()).map((t) => t.movedAt)).toEqual([NOW.getTime(), NOW.getTime()]);
  });

  it('deletes a task and puts it back as it was on undo', async () => {
    const task = await repo.create(input('Call Priya', { note: 'about the brief' }));
    const removed = await repo.remove(task.id);
    expect(await repo.list()).toEqual([]);
    await repo.restore(removed);
    expect(await repo.list()).toEqual([task]);
  });

  it('leaves an unreadable record in the database and out of the list', async () => {
    await repo.create(input('Readable'));
    const db = await openDB(DB_NAME);
    await db.put('tasks', { id: 'task-bad', title: 42 });
    db.close();
    expect((await repo.list()).map((t) => t.title)).toEqual(['Readable']);
    await expect(repo.setDone('task-bad', true)).rejects.toThrow('Stored task "task-bad" is unreadable');
  });

  it('upgrades a version 3 database, keeping its clients', async () => {
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('templates', { keyPath: 'id' });
        db.createObjectStore('templateUsage');
        const clients = db.createObjectStore('clients', { keyPath: 'id' });
        clients.createIndex('by-address', 'addresses', { multiEntry: true });
        clients.createIndex('by-domain', 'domains', { multiEntry: true });
        db.createObjectStore('flags', { keyPath: 'id' }).createIndex('by-client', 'clientId');
      },
    });
    await v3.put('clients', { id: 'client-1', addresses: ['a@b.com'], domains: [] });
    v3.close();
    const db = await openLeewayDb();
    expect(await db.get('clients', 'client-1')).toEqual({ id: 'client-1', addresses: ['a@b.com'], domains: [] });
    expect(await db.getAll('tasks')).toEqual([]);
    db.close();
  });
});

describe('the tasks messages', () => {
  it('create, list, move and delete through the background', async () => {
    const task = await sendMessage('createTask', { task: input('From the thread', { thread: THREAD }) });
    await sendMessage('moveTask', { id: task.id, to: { bucket: 'important', index: 0 } });
    expect(await sendMessage('listTasks', undefined)).toMatchObject([
      { title: 'From the thread', bucket: 'important' },
    ]);
    const removed = await sendMessage('deleteTask', { id: task.id });
    await sendMessage('restoreTask', { task: removed });
    expect(await sendMessage('listTasks', undefined)).toHaveLength(1);
  });

  it.each([
    ['an empty title', { task: input('  ') }, 'a title'],
    ['an unknown bucket', { task: { ...input('x'), bucket: 'someday' } }, 'bucket'],
    ['an unknown key', { task: { ...input('x'), priority: 1 } }, 'Unrecognized key: "priority"'],
    ['a date that is no day', { task: input('x', { due: '2026-02-31x' }) }, 'yyyy-mm-dd'],
    [
      'a foreign thread link',
      { task: input('x', { thread: { ...THREAD, accountPath: 'https://evil/' } }) },
      'account path',
    ],
  ])('refuses %s and stores nothing', async (_, payload, problem) => {
    const send = sendMessage as (type: 'createTask', data: unknown) => Promise<unknown>;
    await expect(send('createTask', payload)).rejects.toThrow(problem);
    expect(await sendMessage('listTasks', undefined)).toEqual([]);
  });
});
