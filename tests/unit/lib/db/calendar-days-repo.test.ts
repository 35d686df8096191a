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

describe('the events Calendar showed, kept for "I\'m out"', () => {
  const day = (d: number, events?: Array<{ title: string; start: number; end: number }>) => ({
    day: `2026-11-${d}`,
    buffers: [],
    bookedMinutes: 60,
    freeMinutes: 0,
    ...(events ? { events } : {}),
  });
  const call = (d: number, title: string) => ({ title, start: at(d, 10), end: at(d, 11) });

  it('keeps the events of each day read, a day read again replacing them, for a month', async () => {
    let today = 24;
    const repo = createCalendarDaysRepo(createDbConnection(), () => new Date(2026, 10, today, 9));
    await repo.save([day(23, [call(23, 'Monday with Reyes')]), day(24, [call(24, 'Call – Reyes')])], '/calendar/u/0/');
    await repo.save([day(25, [call(25, 'Old')])], '/calendar/u/0/');
    // An absence marked the day after still finds the day before's events.
    expect(await repo.eventsBetween('2026-11-01', '2026-11-30')).toEqual([
      { day: '2026-11-23', events: [call(23, 'Monday with Reyes')] },
      { day: '2026-11-24', events: [call(24, 'Call – Reyes')] },
      { day: '2026-11-25', events: [call(25, 'Old')] },
    ]);
    // The 25th read again, with its event gone; a day reported without events keeps what it had.
    await repo.save([day(25, []), day(24)], '/calendar/u/0/');
    expect(await repo.eventsBetween('2026-11-24', '2026-11-25')).toEqual([
      { day: '2026-11-24', events: [call(24, 'Call – Reyes')] },
      { day: '2026-11-25', events: [] },
    ]);
    // More than a month later, the next reading drops every older one.
    today = 24 + 32;
    await repo.save([day(26, [])], '/calendar/u/0/');
    expect((await repo.eventsBetween('2026-11-01', '2026-11-30')).map((kept) => kept.day)).toEqual(['2026-11-26']);
  });

  it('refuses a malformed event from the page and keeps what was stored', async () => {
    const getDb = createDbConnection();
    const repo = createCalendarDaysRepo(getDb, () => new Date(2026, 10, 24, 9));
    await repo.save([day(25, [call(25, 'Kept')])], '/calendar/u/0/');
    registerHandlers({ ...createRepos(getDb), calendarDays: repo });
    try {
      const refused: Array<[unknown[], RegExp]> = [
        [[{ title: 'Backwards', start: at(25, 11), end: at(25, 10) }], /an event ends after it starts/],
        // Nothing more than the title and the time is taken from the page.
        [[{ ...call(25, 'With guests'), guests: ['ann@lee-studio.com'] }], /guests/],
        [[{ title: 'x'.repeat(501), start: at(25, 10), end: at(25, 11) }], /title/],
        [Array.from({ length: 101 }, () => call(25, 'Too many')), /events/],
      ];
      for (const [events, reason] of refused) {
        const days = [{ ...day(25), events }] as Parameters<typeof repo.save>[0];
        await expect(sendMessage('saveCalendarDays', { accountPath: '/calendar/u/0/', days })).rejects.toThrow(reason);
      }
      expect(await repo.eventsBetween('2026-11-25', '2026-11-25')).toEqual([
        { day: '2026-11-25', events: [call(25, 'Kept')] },
      ]);
    } finally {
      removeAllListeners();
    }
  });
});
