import { CALENDAR_ORIGIN } from '@/lib/calendar/routes';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { onMessage, type ProtocolMap, type RunningTimer } from '@/lib/messaging';
import { parsePayload, type MessageName, type Payload } from '@/lib/payload-schemas';
import type { SettingsRepo } from '@/lib/db/settings-repo';
import type { TemplatesRepo } from '@/lib/db/templates-repo';
import type { ClientsRepo } from '@/lib/db/clients-repo';
import type { TasksRepo } from '@/lib/db/tasks-repo';
import type { CalendarDaysRepo } from '@/lib/db/calendar-days-repo';
import type { MorningRepo } from '@/lib/db/morning-repo';
import type { IncidentsRepo } from '@/lib/db/incidents-repo';
import type { BackupRepo } from '@/lib/db/backup-repo';
import type { ColleaguesRepo } from '@/lib/db/colleagues-repo';
import type { TimeEntriesRepo } from '@/lib/db/time-entries-repo';
import type { BreaksRepo } from '@/lib/db/breaks-repo';
import type { FocusRepo } from '@/lib/db/focus-repo';
import { afterFocusReport, standingOffer } from '@/lib/hours/idle-gap';
import type { TemplateSync } from '@/lib/sync/template-sync';
import type { TimeEntry } from '@/lib/hours/time-entry-schema';
import type { Range } from '@/lib/hours/totals';
import { summaryRange, weekSummary } from '@/lib/hours/week-summary';
import { outOfHoursEvidence } from '@/lib/hours/recurrence';
import { entriesToCsv, readCsvEntries } from '@/lib/hours/csv';
import type { StoreName } from '@/lib/data-changes';
import type { Settings } from '@/lib/settings/settings';
import { sidePanelOptions } from '@/lib/sidebar/side-panel';
import { clientNamedIn } from '@/lib/clients/client-in-text';
import { clientEventsIn } from '@/lib/tasks/out-days';
import { calendarOwnerOf } from '@/lib/calendar/event-calendar';
import { explainStorageError } from '@/lib/db/storage-full';
import { answerBreak, reminderOutSince } from './break-reminder';
import { notifyDataChanged } from './notify-tabs';
import { workingTime } from './working-time';
import { isExtensionPage, type Sender } from './sender';

export interface Repos {
  settings: SettingsRepo;
  templates: TemplatesRepo;
  clients: ClientsRepo;
  tasks: TasksRepo;
  calendarDays: CalendarDaysRepo;
  morning: MorningRepo;
  incidents: IncidentsRepo;
  backup: BackupRepo;
  colleagues: ColleaguesRepo;
  timeEntries: TimeEntriesRepo;
  breaks: BreaksRepo;
  focus: FocusRepo;
  sync: TemplateSync;
}

/** Only Calendar's own pages tell what Calendar shows: not Gmail, not another site, not a view. */
function assertFromCalendar({ tab, url }: Sender): void {
  if (!tab || !url || new URL(url).origin !== CALENDAR_ORIGIN)
    throw new Error('Only Google Calendar pages report calendar days');
}

/** Runs a write, then tells every open view, naming the tab that wrote (it has the result). */
async function andNotify<T>(store: StoreName, sender: Sender, write: Promise<T>): Promise<T> {
  const result = await write;
  const settings = store === 'settings' ? (result as Settings) : undefined;
  void notifyDataChanged({ stores: [store], settings, originTabId: sender.tab?.id });
  return result;
}

/**
 * Sends this machine's templates to the browser's sync and brings in the others' (a failure is
 * for the next change to retry: sync is a copy, the templates are safe in IndexedDB). What came
 * in is shown by every open view.
 */
export async function syncTemplates(sync: TemplateSync): Promise<void> {
  const { changed, retryAt, settings } = await sync.sync();
  if (changed) void notifyDataChanged({ stores: ['templates'] });
  if (settings) void notifyDataChanged({ stores: ['settings'], settings });
  if (retryAt) setTimeout(() => void syncTemplates(sync).catch(() => undefined), retryAt - Date.now());
}

/** Runs a template write, then syncs it out. */
async function andSync<T>(repos: Repos, write: Promise<T>): Promise<T> {
  const result = await write;
  void syncTemplates(repos.sync).catch(() => undefined);
  return result;
}

/**
 * The messages the content scripts send. They run inside Google's pages, so what can be asked
 * from there is kept to reading the settings, placing the sidebar and reporting Calendar's days
 * (only from Calendar, checked by its handler); every other message is accepted only from
 * Leeway's own pages (options, side panel, the sidebar's frame).
 */
const FROM_CONTENT_SCRIPTS: ReadonlySet<MessageName> = new Set([
  'getSettings',
  'updateSidebarPlacement',
  'enableSidePanel',
  'openSidePanel',
  'saveCalendarDays',
  'reportFocus',
]);

/** Registers a handler that only ever sees a payload its schema accepted, from a sender allowed to send it. */
function handle<K extends MessageName & keyof ProtocolMap>(
  message: K,
  handler: (data: Payload<K>, sender: Sender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): void {
  // webext-core types the sender as Chrome's own `MessageSender` type, whose types are not installed:
  // named here as what the handlers read of it.
  onMessage(message, ({ data, sender }: { data: unknown; sender: Sender }) => {
    if (!FROM_CONTENT_SCRIPTS.has(message) && !isExtensionPage(sender)) {
      throw new Error(`"${message}" is only accepted from Leeway's own pages`);
    }
    const payload = parsePayload(message, data);
    // A full disk reaches the user as what to do about it, not as the browser's "quota exceeded".
    const explain = (err: unknown) => {
      throw explainStorageError(err);
    };
    // The handler starts in this very task: a user's click that sent the message still counts as
    // one there (sidePanel.open accepts nothing else), which a microtask later it would not.
    let result: ReturnType<typeof handler>;
    try {
      result = handler(payload, sender);
    } catch (err) {
      return explain(err);
    }
    return Promise.resolve(result).catch(explain);
  });
}

/**
 * Registers one handler per message, synchronously, so a message that wakes the service worker
 * finds its handler. Every payload is parsed first: a malformed one throws (webext-core re-throws
 * the error at the caller) before anything is read or written.
 */
export function registerHandlers(repos: Repos): void {
  handle('getSettings', () => repos.settings.get());
  handle('getSettingsProblems', () => repos.settings.problems());
  handle('updateSettings', (patch, sender) => {
    // Dated for sync first, then synced once written (sync turned back on: this machine catches up).
    const write = repos.sync.settingsChanged(patch).then(() => repos.settings.update(patch));
    return andNotify('settings', sender, andSync(repos, write));
  });
  handle('updateSidebarPlacement', (patch, sender) => andNotify('settings', sender, repos.settings.update(patch)));
  handle('openOptionsPage', () => browser.runtime.openOptionsPage());
  handle('getOwnTabId', (_, { tab }) => tab?.id ?? null);
  handle('enableSidePanel', async (_, { tab }) => {
    if (tab?.id !== undefined) await sidePanelOptions.enableFor(tab.id);
  });
  handle('openSidePanel', async (_, { tab }) => {
    if (tab?.id === undefined) throw new Error('The side panel opens for a tab');
    // Offered in this tab first (docked from elsewhere, it may not be yet), in the same turn:
    // an await between the two would lose the click's gesture.
    void sidePanelOptions.enableFor(tab.id)?.catch(() => undefined); // open() says what failed
    await sidePanelOptions.open(tab.id);
  });
  handle('listTemplates', () => repos.templates.list());
  handle('saveTemplate', (draft, sender) =>
    andNotify('templates', sender, andSync(repos, repos.templates.save(draft))),
  );
  handle('deleteTemplate', ({ id }, sender) =>
    andNotify('templates', sender, andSync(repos, repos.templates.remove(id))),
  );
  handle('restoreDefaultTemplate', ({ id }, sender) =>
    andNotify('templates', sender, andSync(repos, repos.templates.restoreDefault(id))),
  );
  handle('getSyncStatus', () => repos.sync.status());
  handle('dismissSyncConflicts', () => repos.sync.dismissConflicts());
  handle('recordTemplateUse', ({ id }) => repos.templates.recordUse(id));
  handle('getClientCard', ({ email }) => repos.clients.card(email));
  handle('flagClient', ({ person, thread, flag }, sender) =>
    andNotify('clients', sender, repos.clients.flag(person, thread, flag)),
  );
  handle('updateFlag', ({ id, flag }, sender) => andNotify('clients', sender, repos.clients.updateFlag(id, flag)));
  handle('deleteFlag', ({ id }, sender) => andNotify('clients', sender, repos.clients.deleteFlag(id)));
  handle('rankClients', () => repos.clients.rank());
  handle('getClientTimeline', ({ id }) => repos.clients.timeline(id));
  handle('updateClient', (patch, sender) => andNotify('clients', sender, repos.clients.updateClient(patch)));
  handle('mergeClients', ({ keptId, mergedId }, sender) =>
    andNotify('clients', sender, repos.clients.merge(keptId, mergedId)),
  );
  handle('listTasks', () => repos.tasks.list());
  handle('createTask', ({ task }, sender) => andNotify('tasks', sender, repos.tasks.create(task)));
  handle('updateTask', ({ id, task }, sender) => andNotify('tasks', sender, repos.tasks.update(id, task)));
  handle('setTaskDone', ({ id, done }, sender) => andNotify('tasks', sender, repos.tasks.setDone(id, done)));
  handle('moveTask', ({ id, to }, sender) => andNotify('tasks', sender, repos.tasks.move(id, to)));
  handle('rescheduleTasks', ({ moves }, sender) => andNotify('tasks', sender, repos.tasks.reschedule(moves)));
  handle('deleteTask', ({ id }, sender) => andNotify('tasks', sender, repos.tasks.remove(id)));
  handle('restoreTask', ({ task }, sender) => andNotify('tasks', sender, repos.tasks.restore(task)));
  handle('saveCalendarDays', ({ accountPath, days }, sender) => {
    assertFromCalendar(sender);
    // Every view follows, the Calendar tab's own sidebar too: the page sent this, not its view.
    return andNotify('calendarDays', {}, repos.calendarDays.save(days, accountPath));
  });
  handle('getCalendarBuffers', ({ from, to }) => repos.calendarDays.buffersBetween(from, to));
  handle('getClientEvents', async ({ from, to }) => {
    const [days, { ranking }] = await Promise.all([repos.calendarDays.eventsBetween(from, to), repos.clients.rank()]);
    return clientEventsIn(
      days,
      ranking.map((r) => r.client),
      from,
      to,
    );
  });
  handle('getFullyBookedDays', ({ from, to }) => repos.calendarDays.fullyBookedDays(from, to));
  handle('claimMorningSort', ({ day }) => repos.morning.claim(day));
  handle('recordIncident', ({ incident }, sender) => andNotify('incidents', sender, repos.incidents.record(incident)));
  handle('listIncidents', () => repos.incidents.list());
  handle('listFlagsBetween', ({ start, end }) => repos.clients.flagsBetween(start, end));
  handle('exportBackup', async (_, sender) => {
    const exported = await repos.backup.export();
    // The sidebars' backup reminders ask again when the settings arrive.
    void notifyDataChanged({ stores: ['settings'], settings: await repos.settings.get(), originTabId: sender.tab?.id });
    return exported;
  });
  handle('importBackup', async ({ text, mode }, sender) => {
    const { reports, settings } = await repos.backup.import(text, mode);
    void notifyDataChanged({
      stores: ['settings', 'templates', 'clients', 'tasks', 'calendarDays', 'incidents', 'colleagues', 'timeEntries'],
      settings,
      originTabId: sender.tab?.id,
    });
    return reports;
  });
  handle('getLastBackupAt', async () => (await repos.backup.lastBackupAt()) ?? null);
  handle('listColleagues', () => repos.colleagues.list());
  handle('saveColleague', ({ id, colleague }, sender) =>
    andNotify('colleagues', sender, repos.colleagues.save(colleague, id)),
  );
  handle('deleteColleague', ({ id }, sender) => andNotify('colleagues', sender, repos.colleagues.remove(id)));
  handle('getBackupReminder', async () => repos.backup.reminder((await repos.settings.get()).backupReminderDays));
  const withClientName = async (
    entry: TimeEntry,
    idleGap: Range | null = null,
    breakSince: number | null = null,
  ): Promise<RunningTimer> => ({
    entry,
    clientName: entry.clientId ? ((await repos.clients.get(entry.clientId))?.name ?? null) : null,
    idleGap: idleGap && { start: idleGap.start, end: idleGap.end },
    breakSince,
  });
  handle('getTimer', async () => {
    const [running, focus, since] = await Promise.all([
      repos.timeEntries.running(),
      repos.focus.get(),
      reminderOutSince(repos),
    ]);
    return running && withClientName(running, standingOffer(focus, running), since);
  });
  handle('answerBreak', ({ snooze }) => answerBreak(repos, snooze));
  handle('reportFocus', async (report) => {
    // Whole seconds, as entries keep: a gap taken out ends an entry exactly there.
    const now = Math.floor(Date.now() / 1000) * 1000;
    const [running, settings] = await Promise.all([repos.timeEntries.running(), repos.settings.get()]);
    const { before, after } = await repos.focus.change((state) =>
      afterFocusReport(state, report, running, settings.hours.idleMinutes, now),
    );
    // The offer shows with the timer: every view reads it again with the timer.
    if (JSON.stringify(after.offer) !== JSON.stringify(before.offer))
      void notifyDataChanged({ stores: ['timeEntries'] });
  });
  handle('settleIdleGap', async ({ entryId, discard }, sender) => {
    const [focus, running] = await Promise.all([repos.focus.get(), repos.timeEntries.running()]);
    const offer = standingOffer(focus, running);
    const settle = async () => {
      if (discard) {
        if (offer?.entryId !== entryId) throw new Error(t('idleTimerStopped'));
        await repos.timeEntries.dropGap(entryId, offer);
      }
      await repos.focus.change((state) => ({ ...state, offer: null }));
    };
    return andNotify('timeEntries', sender, settle());
  });
  handle('startTimer', ({ details }, sender) =>
    andNotify('timeEntries', sender, repos.timeEntries.start(details).then(withClientName)),
  );
  handle('startTimerFromEvent', async ({ event }, sender) => {
    // The client whose calendar holds the event (an assistant keeping it), else the one its title names.
    const owner = calendarOwnerOf(event.id);
    const ofCalendar = owner ? (await repos.clients.card(owner))?.client : undefined;
    const { ranking } = await repos.clients.rank();
    const client =
      (ofCalendar?.status === 'ended' ? undefined : ofCalendar) ??
      clientNamedIn(
        event.title,
        ranking.map((r) => r.client),
      );
    const details = {
      clientId: client?.id ?? null,
      description: event.title.trim(),
      source: 'event',
      ref: event.id,
    } as const;
    const write =
      event.end <= Date.now()
        ? repos.timeEntries.add({ ...details, start: event.start, end: event.end })
        : repos.timeEntries.start(details, event.start);
    return andNotify('timeEntries', sender, write);
  });
  handle('stopTimer', (_, sender) => andNotify('timeEntries', sender, repos.timeEntries.stop()));
  handle('listTimeEntries', (range) => repos.timeEntries.list(range));
  handle('addTimeEntry', ({ entry }, sender) => andNotify('timeEntries', sender, repos.timeEntries.add(entry)));
  handle('editTimeEntry', ({ id, entry }, sender) =>
    andNotify('timeEntries', sender, repos.timeEntries.edit(id, entry)),
  );
  handle('splitTimeEntry', ({ id, at }, sender) => andNotify('timeEntries', sender, repos.timeEntries.split(id, at)));
  handle('getHoursSummary', async () => {
    const now = Date.now();
    const [settings, entries] = await Promise.all([repos.settings.get(), repos.timeEntries.list(summaryRange(now))]);
    const summary = weekSummary(entries, settings.hours, workingTime(settings), now);
    const warnings = await Promise.all(
      summary.warnings.map(async (warning) => ({
        ...warning,
        clientName: warning.clientId ? ((await repos.clients.get(warning.clientId))?.name ?? null) : null,
      })),
    );
    return { ...summary, warnings };
  });
  handle('getOutOfHoursEvidence', async ({ id }) => {
    const now = Date.now();
    const settings = await repos.settings.get();
    const days = settings.hours.recurrence.days;
    const entries = await repos.timeEntries.list({ start: now - (days + 1) * 86_400_000, end: now + 1 });
    return outOfHoursEvidence(entries, id, workingTime(settings), settings.hours.recurrence, now);
  });
  handle('exportTimeEntriesCsv', async (range) => {
    const [entries, { ranking }, settings] = await Promise.all([
      repos.timeEntries.list(range),
      repos.clients.rank(),
      repos.settings.get(),
    ]);
    const names = new Map(ranking.map(({ client }) => [client.id, client.name]));
    // Only the part of the range asked for: an entry reaching into it from before is left out.
    const inside = entries.filter((entry) => entry.start >= range.start);
    return entriesToCsv(inside, (id) => names.get(id), { name: settings.myName, email: '' });
  });
  handle('importTimeEntriesCsv', async ({ text }, sender) => {
    const rows = readCsvEntries(text);
    const { ranking } = await repos.clients.rank();
    const byName = new Map(ranking.map(({ client }) => [client.name.trim().toLowerCase(), client.id]));
    const entries = rows.map(({ row, clientName, entry }) => {
      const clientId = clientName ? byName.get(clientName.toLowerCase()) : null;
      if (clientId === undefined) throw new Error(t('csvRow', [String(row), t('csvUnknownClient', clientName)]));
      return { row, entry: { ...entry, clientId } };
    });
    const imported = await andNotify('timeEntries', sender, repos.timeEntries.importAll(entries));
    return { imported };
  });
  handle('deleteTimeEntry', ({ id }, sender) => andNotify('timeEntries', sender, repos.timeEntries.remove(id)));
}
