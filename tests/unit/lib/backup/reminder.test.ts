import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { isBackupDue } from '@/lib/backup/reminder';
import { createDbConnection } from '@/lib/db/open-db';
import { repos } from './seed';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 30, 9).getTime();

describe('the backup reminder', () => {
  it('is due once the last backup is as old as the setting says, never when it is 0', () => {
    expect(isBackupDue({ at: NOW - 6 * DAY }, 7, NOW)).toBe(false);
    expect(isBackupDue({ at: NOW - 7 * DAY }, 7, NOW)).toBe(true);
    expect(isBackupDue({ at: NOW - 400 * DAY }, 0, NOW)).toBe(false);
    // Before any backup: counted from the first look, so not on a new user's first day.
    expect(isBackupDue({ since: NOW }, 7, NOW)).toBe(false);
    expect(isBackupDue({ since: NOW - 8 * DAY }, 7, NOW)).toBe(true);
  });

  describe('as the background keeps it', () => {
    let now = NOW;
    beforeEach(() => {
      globalThis.indexedDB = new IDBFactory();
      now = NOW;
    });
    const r = () => repos(createDbConnection(), () => new Date(now));

    it('starts counting at the first look, and a backup starts it again', async () => {
      const first = r();
      expect(await first.backup.reminder(7)).toEqual({ due: false, lastAt: null });
      now += 8 * DAY;
      expect(await first.backup.reminder(7)).toEqual({ due: true, lastAt: null });
      await first.backup.export();
      expect(await first.backup.reminder(7)).toEqual({ due: false, lastAt: now });
      now += 3 * DAY;
      expect(await first.backup.reminder(3)).toEqual({ due: true, lastAt: now - 3 * DAY });
      expect(await first.backup.reminder(0)).toEqual({ due: false, lastAt: now - 3 * DAY });
    });
  });
});
