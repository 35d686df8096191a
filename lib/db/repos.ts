import { browser } from 'wxt/browser';
import type { Repos } from '@/lib/background/register-handlers';
import { createBackupRepo } from './backup-repo';
import { createBreaksRepo } from './breaks-repo';
import { createFocusRepo } from './focus-repo';
import { createCalendarDaysRepo } from './calendar-days-repo';
import { createClientsRepo } from './clients-repo';
import { createColleaguesRepo } from './colleagues-repo';
import { createIncidentsRepo } from './incidents-repo';
import { createMorningRepo } from './morning-repo';
import type { GetDb } from './open-db';
import { createSettingsRepo } from './settings-repo';
import { createTasksRepo } from './tasks-repo';
import { createTemplatesRepo } from './templates-repo';
import { createTimeEntriesRepo } from './time-entries-repo';
import { createTemplateSync } from '@/lib/sync/template-sync';

/**
 * Every repository over one database connection: the background's, and the tests' that talk to
 * the handlers. A store added later is added here once.
 */
export function createRepos(getDb: GetDb): Repos {
  const settings = createSettingsRepo(getDb);
  return {
    settings,
    templates: createTemplatesRepo(getDb),
    clients: createClientsRepo(getDb),
    tasks: createTasksRepo(getDb),
    calendarDays: createCalendarDaysRepo(getDb),
    morning: createMorningRepo(getDb),
    incidents: createIncidentsRepo(getDb),
    backup: createBackupRepo(getDb),
    colleagues: createColleaguesRepo(getDb),
    timeEntries: createTimeEntriesRepo(getDb),
    breaks: createBreaksRepo(getDb),
    focus: createFocusRepo(getDb),
    sync: createTemplateSync({
      getDb,
      area: browser.storage.sync,
      settings,
      enabled: async () => (await settings.get()).syncEnabled,
    }),
  };
}
