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

describe('the morning sort', () => {
  it('opens for the first view that asks on a day, and for no other that day', async () => {
    expect(await sendMessage('claimMorningSort', { day: '2026-11-30' })).toBe(true);
    expect(await sendMessage('claimMorningSort', { day: '2026-11-30' })).toBe(false);
    expect(await sendMessage('claimMorningSort', { day: '2026-12-01' })).toBe(true);
    // A clock set back (travel, a wrong date) does not open it twice.
    expect(await sendMessage('claimMorningSort', { day: '2026-11-30' })).toBe(false);
  });

  it('is claimed once when two tabs ask at the same moment', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => sendMessage('claimMorningSort', { day: '2026-11-30' })),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });
});

describe('the incident log', () => {
  const incident = {
    date: '2026-11-30',
    clientId: 'client-1',
    what: 'The brief arrived at 6pm for the next morning',
    minutesLost: 90,
    overloaded: true,
    couldAnticipate: false,
    infoTooLate: true,
    change: 'Ask for briefs two days ahead',
    taskIds: ['task-1'],
  };

  it('records an incident with its answers and lists the latest first', async () => {
    await sendMessage('recordIncident', { incident: { ...incident, date: '2026-11-27', what: 'Older' } });
    await sendMessage('recordIncident', { incident });
    const log = await sendMessage('listIncidents', undefined);
    expect(log.map((each) => each.what)).toEqual([incident.what, 'Older']);
    expect(log[0]).toMatchObject({ ...incident, createdAt: NOW.getTime() });
  });

  it('refuses an incident with nothing said of what happened, and stores nothing', async () => {
    await expect(sendMessage('recordIncident', { incident: { ...incident, what: ' ' } })).rejects.toThrow(
      'what happened',
    );
    expect(await sendMessage('listIncidents', undefined)).toEqual([]);
  });

  it('upgrades a version 5 database with an empty log', async () => {
    const v5 = await openDB(DB_NAME, 5, {
      upgrade: (db) => void db.createObjectStore('calendarDays', { keyPath: 'day' }),
    });
    await v5.put('calendarDays', { day: '2026-11-30', buffers: [] });
    v5.close();
    const db = await openLeewayDb();
    expect(await db.get('calendarDays', '2026-11-30')).toEqual({ day: '2026-11-30', buffers: [] });
    expect(await db.getAll('incidents')).toEqual([]);
    db.close();
  });
});
