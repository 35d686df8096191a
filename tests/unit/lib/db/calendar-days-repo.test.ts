import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '@/lib/db/repos';
import { registerHandlers } from '@/lib/background/register-handlers';
import { createCalendarDaysRepo } from '@/lib/db/calendar-days-repo';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
let repo: ReturnType<typeof createCalendarDaysRepo>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  let tick = 0;
  repo = createCalendarDaysRepo(createDbConnection(), () => new Date(at(25, 9) + tick++));
});

describe('the calendar days kept for "Something unexpected"', () => {
  it('keeps the buffers of each day read, the latest reading of a day replacing the one before', async () => {
    await repo.save(
      [
        { day: '2026-11-24', buffers: [{ start: at(24, 14), end: at(24, 16) }], bookedMinutes: 360, freeMinutes: 120 },
        { day: '2026-11-25', buffers: [{ start: at(25, 9), end: at(25, 10) }], bookedMinutes: 420, freeMinutes: 60 },
      ],
      '/calendar/u/0/',
    );
    await repo.save([{ day: '2026-11-25', buffers: [], bookedMinutes: 480, freeMinutes: 0 }], '/calendar/u/1/');
    expect(await repo.buffersBetween('2026-11-24', '2026-11-25')).toEqual({
      buffers: [{ start: at(24, 14), end: at(24, 16) }],
      bookedMinutes: 840,
      freeMinutes: 120,
      daysRead: 2,
      accountPath: '/calendar/u/1/',
    });
    expect(await repo.buffersBetween('2026-11-26', '2026-11-30')).toEqual({
      buffers: [],
      bookedMinutes: 0,
      freeMinutes: 0,
      daysRead: 0,
      accountPath: undefined,
    });
  });

  it('upgrades a version 4 database, keeping its tasks', async () => {
    const v4 = await openDB(DB_NAME, 4, {
      upgrade(db) {
        db.createObjectStore('tasks', { keyPath: 'id' });
      },
    });
    await v4.put('tasks', { id: 'task-1', title: 'Kept' });
    v4.close();
    const db = await openLeewayDb();
    expect(await db.get('tasks', 'task-1')).toEqual({ id: 'task-1', title: 'Kept' });
    expect(await db.getAll('calendarDays')).toEqual([]);
    db.close();
  });

  it('takes calendar days only from a Calendar page', async () => {
    const getDb = createDbConnection();
    registerHandlers({
      ...createRepos(getDb),
      calendarDays: repo,
    });
    try {
      const days = [
        { day: '2026-11-25', buffers: [{ start: at(25, 9), end: at(25, 10) }], bookedMinutes: 0, freeMinutes: 60 },
      ];
      // The unit tests' messages come from no tab: as an extension page or another site would.
      await expect(sendMessage('saveCalendarDays', { accountPath: '/calendar/u/0/', days })).rejects.toThrow(
        'Only Google Calendar pages report calendar days',
      );
      expect((await repo.buffersBetween('2026-11-25', '2026-11-25')).buffers).toEqual([]);
      const send = sendMessage;
      await expect(
        send('saveCalendarDays', {
          accountPath: '/calendar/u/0/',
          days: [{ day: '2026-11-25', buffers: [{ start: 2, end: 1 }], bookedMinutes: 0, freeMinutes: 0 }],
        }),
      ).rejects.toThrow('a buffer ends after it starts');
    } finally {
      removeAllListeners();
    }
  });
});

describe('the days Calendar showed fully booked', () => {
  it('are the days read with no buffer left and time booked', async () => {
    const repo = createCalendarDaysRepo(createDbConnection(), () => new Date(2026, 10, 24, 9));
    await repo.save(
      [
        { day: '2026-11-25', buffers: [{ start: 1, end: 2 }], bookedMinutes: 300, freeMinutes: 180 },
        { day: '2026-11-26', buffers: [], bookedMinutes: 480, freeMinutes: 0 },
        { day: '2026-11-28', buffers: [], bookedMinutes: 0, freeMinutes: 0 },
      ],
      '/calendar/u/0/',
    );
    expect(await repo.fullyBookedDays('2026-11-24', '2026-12-31')).toEqual(['2026-11-26']);
    expect(await repo.fullyBookedDays('2026-11-27', '2026-12-31')).toEqual([]);
  });
});
