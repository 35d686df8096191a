import { openDB } from 'idb';
import { createBackupRepo } from '@/lib/db/backup-repo';
import { createCalendarDaysRepo } from '@/lib/db/calendar-days-repo';
import { createClientsRepo } from '@/lib/db/clients-repo';
import { createColleaguesRepo } from '@/lib/db/colleagues-repo';
import { createTimeEntriesRepo } from '@/lib/db/time-entries-repo';
import { createIncidentsRepo } from '@/lib/db/incidents-repo';
import { createDbConnection, type GetDb } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { createTasksRepo } from '@/lib/db/tasks-repo';
import { createTemplatesRepo } from '@/lib/db/templates-repo';
import { defaultTemplates } from '@/lib/templates/defaults';

export const NOW = new Date(2026, 10, 30, 9);

export function repos(getDb: GetDb = createDbConnection(), now = () => NOW) {
  return {
    getDb,
    backup: createBackupRepo(getDb, now),
    clients: createClientsRepo(getDb, now),
    tasks: createTasksRepo(getDb, now),
    templates: createTemplatesRepo(getDb, () => now().getTime()),
    settings: createSettingsRepo(getDb),
    incidents: createIncidentsRepo(getDb, now),
    calendarDays: createCalendarDaysRepo(getDb, now),
    colleagues: createColleaguesRepo(getDb, now),
    timeEntries: createTimeEntriesRepo(getDb, () => now().getTime()),
  };
}
export type Repos = ReturnType<typeof repos>;

/** A little of everything a user keeps, written through the repositories as the app writes it. */
export async function seed(r: Repos): Promise<void> {
  const card = await r.clients.flag(
    { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
    { id: '19a36435ce2f0ff3', subject: 'Q4 launch' },
    { signs: ['scope-creep'], severity: 'medium', note: 'Asked for a fourth revision' },
  );
  const task = await r.tasks.create({
    title: 'Send the Q4 deck',
    bucket: 'urgent',
    clientId: card.client.id,
    due: '2026-12-02',
    estimateMinutes: 45,
    note: '',
  });
  await r.templates.save({
    name: 'Invoice reminder',
    category: 'other',
    language: 'en',
    subject: 'Invoice',
    body: 'Hi {{client.firstName}}, a gentle reminder.',
    fields: [],
  });
  await r.templates.recordUse(defaultTemplates[0]!.id);
  await r.settings.update({ myName: 'Alex Doe', daysOff: ['2026-12-24'] });
  await r.incidents.record({
    date: '2026-11-30',
    what: 'Server down at the client',
    minutesLost: 60,
    overloaded: false,
    couldAnticipate: false,
    infoTooLate: true,
    change: 'Ask for the status page',
    taskIds: [task.id],
  });
  await r.calendarDays.save(
    [{ day: '2026-12-01', buffers: [{ start: 600, end: 660 }], bookedMinutes: 300, freeMinutes: 120 }],
    '/calendar/u/0/',
  );
  const start = Math.floor(NOW.getTime() / 1000) * 1000 - 3_600_000;
  await r.timeEntries.add({
    clientId: card.client.id,
    description: 'Q4 launch',
    source: 'thread',
    ref: '19a36435ce2f0ff3',
    start,
    end: start + 2_700_000,
  });
  await r.colleagues.save({
    name: 'Nadia Roux',
    email: 'nadia@roux-assist.fr',
    covers: 'Inbox, calendar',
    languages: ['fr', 'en'],
  });
}

/** Every record of every store, with its key, as IndexedDB holds it: what "nothing changed" compares. */
export async function snapshot(): Promise<Record<string, Array<[IDBValidKey, unknown]>>> {
  const db = await openDB(DB_NAME);
  const result: Record<string, Array<[IDBValidKey, unknown]>> = {};
  for (const name of [...db.objectStoreNames].sort()) {
    const tx = db.transaction(name);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    result[name] = keys.map((key, i) => [key, values[i]]);
  }
  db.close();
  return result;
}
