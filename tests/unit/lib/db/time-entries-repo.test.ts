import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';
import { createTimeEntriesRepo } from '@/lib/db/time-entries-repo';

const MIN = 60_000;
const T0 = new Date(2026, 10, 30, 9).getTime();
let clock: number;
let repo: ReturnType<typeof createTimeEntriesRepo>;
const fresh = () => createTimeEntriesRepo(createDbConnection(), () => clock);
const thread = { clientId: 'client-1', description: 'Invoice for November', source: 'thread' as const, ref: 't-1' };
const sidebar = { clientId: null, description: 'Admin', source: 'sidebar' as const };
const ALL = { start: 0, end: Date.UTC(2100, 0, 1) };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = T0;
  repo = fresh();
});

describe('the timer', () => {
  it('is stored: a new connection (a stopped service worker) finds it running and stops it', async () => {
    await repo.start(thread);
    clock += 25 * MIN;
    const again = fresh();
    expect(await again.running()).toMatchObject({ ...thread, start: T0, end: null });
    const stopped = await again.stop();
    expect(stopped).toMatchObject({ clientId: 'client-1', start: T0, end: T0 + 25 * MIN });
    expect(await again.running()).toBeNull();
  });

  it('runs one at a time: starting another switches at the same instant', async () => {
    await repo.start(thread);
    clock += 10 * MIN;
    const second = await repo.start(sidebar);
    const entries = await repo.list(ALL);
    expect(entries.map((e) => [e.clientId, e.start, e.end])).toEqual([
      ['client-1', T0, T0 + 10 * MIN],
      [null, T0 + 10 * MIN, null],
    ]);
    expect((await repo.running())?.id).toBe(second.id);
  });

  it('drops a timer stopped within a second instead of keeping an empty entry', async () => {
    await repo.start(thread);
    clock += 500;
    expect(await repo.stop()).toBeNull();
    expect(await repo.list(ALL)).toEqual([]);
  });

  it('ends a timer left running for days at 24 hours, the longest entry', async () => {
    await repo.start(thread);
    clock += 3 * 24 * 60 * MIN;
    expect((await repo.stop())?.end).toBe(T0 + 24 * 60 * MIN);
  });
});

describe('a timer started from an event under way', () => {
  const event = { clientId: 'client-2', description: 'Client call', source: 'event' as const, ref: 'ev-1' };

  it("starts at the event's start, and a timer running since before stops there", async () => {
    await repo.start(sidebar);
    clock += 40 * MIN;
    await repo.start(event, T0 + 30 * MIN);
    expect((await repo.list(ALL)).map((e) => [e.clientId, e.start, e.end])).toEqual([
      [null, T0, T0 + 30 * MIN],
      ['client-2', T0 + 30 * MIN, null],
    ]);
  });

  it('starts now for an event still to come, or when the running timer began after the event', async () => {
    expect((await repo.start(event, T0 + 60 * MIN)).start).toBe(T0);
    clock += 10 * MIN;
    expect((await repo.start(sidebar, T0 - 30 * MIN)).start).toBe(T0 + 10 * MIN);
  });

  it("is refused, with nothing written, when the time since the event's start holds another entry", async () => {
    clock += 20 * MIN;
    await repo.add({ ...sidebar, start: T0 + 5 * MIN, end: T0 + 15 * MIN });
    await expect(repo.start(event, T0)).rejects.toThrow(/overlaps/);
    expect((await repo.list(ALL)).map((e) => [e.start, e.end])).toEqual([[T0 + 5 * MIN, T0 + 15 * MIN]]);
  });
});

describe('time added and edited by hand', () => {
  it('adds time after the fact and refuses time overlapping it, changing nothing', async () => {
    clock = T0 + 5 * 60 * MIN;
    await repo.add({ ...sidebar, source: 'manual', start: T0, end: T0 + 60 * MIN });
    const overlapping = repo.add({ ...sidebar, source: 'manual', start: T0 + 30 * MIN, end: T0 + 90 * MIN });
    await expect(overlapping).rejects.toThrow(/overlaps another entry/);
    // Touching is not overlapping.
    await repo.add({ ...sidebar, source: 'manual', start: T0 + 60 * MIN, end: T0 + 90 * MIN });
    expect((await repo.list(ALL)).map((e) => e.end! - e.start)).toEqual([60 * MIN, 30 * MIN]);
  });

  it('refuses time that ends in the future or overlaps the running timer', async () => {
    await expect(repo.add({ ...sidebar, source: 'manual', start: T0, end: T0 + MIN })).rejects.toThrow(/future/);
    await repo.start(thread);
    clock += 30 * MIN;
    await expect(repo.add({ ...sidebar, source: 'manual', start: T0 + 10 * MIN, end: T0 + 20 * MIN })).rejects.toThrow(
      /overlaps/,
    );
    expect(await repo.list(ALL)).toHaveLength(1);
  });

  it('refuses an entry longer than 24 hours, saying what is wrong', async () => {
    clock = T0 + 48 * 60 * MIN;
    await expect(repo.add({ ...sidebar, source: 'manual', start: T0, end: T0 + 25 * 60 * MIN })).rejects.toThrow(
      /at most 24 hours/,
    );
  });

  it('edits a finished entry, and moves the start of the running one without stopping it', async () => {
    clock = T0 + 3 * 60 * MIN;
    const done = await repo.add({ ...sidebar, source: 'manual', start: T0, end: T0 + 60 * MIN });
    const edited = await repo.edit(done.id, { ...sidebar, description: 'Filing', start: T0, end: T0 + 45 * MIN });
    expect(edited).toMatchObject({ description: 'Filing', end: T0 + 45 * MIN });
    const running = await repo.start(thread);
    // The user forgot to start it: it began at 10:30.
    const moved = await repo.edit(running.id, { ...thread, start: T0 + 90 * MIN, end: null });
    expect(moved).toMatchObject({ start: T0 + 90 * MIN, end: null });
    await expect(repo.edit(running.id, { ...thread, start: T0 + 30 * MIN, end: null })).rejects.toThrow(/overlaps/);
    await expect(repo.edit(done.id, { ...sidebar, start: T0, end: null })).rejects.toThrow(/needs an end/);
    expect((await repo.running())?.start).toBe(T0 + 90 * MIN);
  });

  it('splits an entry in two that cover it exactly; a running one keeps running', async () => {
    clock = T0 + 2 * 60 * MIN;
    const done = await repo.add({ ...thread, start: T0, end: T0 + 60 * MIN });
    const [first, second] = await repo.split(done.id, T0 + 20 * MIN);
    expect([first.start, first.end, second.start, second.end]).toEqual([
      T0,
      T0 + 20 * MIN,
      T0 + 20 * MIN,
      T0 + 60 * MIN,
    ]);
    expect(second.clientId).toBe('client-1');
    const running = await repo.start(sidebar);
    clock += 30 * MIN;
    const [, rest] = await repo.split(running.id, clock - 10 * MIN);
    expect(rest.end).toBeNull();
    expect((await repo.running())?.id).toBe(rest.id);
    await expect(repo.split(done.id, T0 + 60 * MIN)).rejects.toThrow(/outside the entry/);
    expect(await repo.list(ALL)).toHaveLength(4);
  });

  it('lists the entries reaching into a range, one that started the day before included', async () => {
    clock = T0 + 48 * 60 * MIN;
    const night = await repo.add({ ...sidebar, source: 'manual', start: T0 - 2 * 60 * MIN, end: T0 + 60 * MIN });
    await repo.add({ ...sidebar, source: 'manual', start: T0 + 26 * 60 * MIN, end: T0 + 27 * 60 * MIN });
    expect((await repo.list({ start: T0, end: T0 + 60 * MIN })).map((e) => e.id)).toEqual([night.id]);
  });
});

describe('an idle gap taken out of the timer', () => {
  it('ends the entry where the gap starts and runs on from the return with the same details', async () => {
    const started = await repo.start(thread);
    clock += 60 * MIN;
    const resumed = await repo.dropGap(started.id, { start: T0 + 20 * MIN, end: T0 + 55 * MIN });
    expect(resumed).toMatchObject({ ...thread, start: T0 + 55 * MIN, end: null });
    expect((await repo.list(ALL)).map((e) => [e.id === started.id, e.start, e.end])).toEqual([
      [true, T0, T0 + 20 * MIN],
      [false, T0 + 55 * MIN, null],
    ]);
  });

  it('moves the start of a timer idle since it started, and refuses a stopped one, changing nothing', async () => {
    const started = await repo.start(thread);
    clock += 60 * MIN;
    await repo.dropGap(started.id, { start: T0, end: T0 + 30 * MIN });
    expect(await repo.list(ALL)).toMatchObject([{ id: started.id, start: T0 + 30 * MIN, end: null }]);
    await repo.stop();
    const before = await repo.list(ALL);
    await expect(repo.dropGap(started.id, { start: T0 + 40 * MIN, end: T0 + 50 * MIN })).rejects.toThrow();
    expect(await repo.list(ALL)).toEqual(before);
  });
});

describe('an import', () => {
  const row = (n: number, start: number, end: number) => ({
    row: n,
    entry: { clientId: null, description: `row ${n}`, source: 'import' as const, start, end },
  });

  it('adds every row, or none when one overlaps a stored entry or another row, naming it', async () => {
    clock = T0 + 10 * 60 * MIN;
    await repo.add({ ...sidebar, source: 'manual', start: T0, end: T0 + 60 * MIN });
    const rows = [row(2, T0 + 60 * MIN, T0 + 90 * MIN), row(3, T0 + 2 * 60 * MIN, T0 + 3 * 60 * MIN)];
    await expect(repo.importAll([...rows, row(4, T0 + 30 * MIN, T0 + 45 * MIN)])).rejects.toThrow(
      /^Row 4: This time overlaps another entry/,
    );
    await expect(repo.importAll([...rows, row(4, T0 + 2.5 * 60 * MIN, T0 + 4 * 60 * MIN)])).rejects.toThrow(/^Row 4/);
    await expect(repo.importAll([...rows, row(4, T0 + 9 * 60 * MIN, T0 + 11 * 60 * MIN)])).rejects.toThrow(
      /^Row 4: An entry cannot end in the future/,
    );
    expect(await repo.list(ALL)).toHaveLength(1);
    expect(await repo.importAll(rows)).toBe(2);
    expect((await repo.list(ALL)).map((e) => e.description)).toEqual(['Admin', 'row 2', 'row 3']);
  });
});

describe('the upgrade to version 8', () => {
  it('keeps a version 6 database and adds an empty time store', async () => {
    const v6 = await openDB(DB_NAME, 6, {
      upgrade: (db) => void db.createObjectStore('incidents', { keyPath: 'id' }),
    });
    await v6.put('incidents', { id: 'incident-1', what: 'late brief' });
    v6.close();
    const db = await openLeewayDb();
    expect(await db.get('incidents', 'incident-1')).toEqual({ id: 'incident-1', what: 'late brief' });
    expect(await db.getAll('timeEntries')).toEqual([]);
    db.close();
  });
});
