import { browser } from 'wxt/browser';
import type { BreaksRepo } from '@/lib/db/breaks-repo';
import type { SettingsRepo } from '@/lib/db/settings-repo';
import type { TimeEntriesRepo } from '@/lib/db/time-entries-repo';
import { formatMinutes } from '@/lib/gaps/format';
import { isBreakDue, nextBreakDue, SNOOZE_MINUTES, stretchStart } from '@/lib/hours/breaks';
import { MAX_ENTRY_MS } from '@/lib/hours/time-entry-schema';
import { t, uiLanguage } from '@/lib/i18n';
import { followDataChanges, notifyDataChanged } from './notify-tabs';
import { workingTime } from './working-time';

// The break reminder: one alarm set for when the next reminder is due, worked out again from the
// stored timer and reminder state whenever either changes and whenever the alarm fires. Nothing
// is kept in this worker's memory: the alarm and IndexedDB survive its stops.

const BREAK_ALARM = 'leeway-break';
const BREAK_NOTIFICATION = 'leeway-break';

interface Deps {
  settings: SettingsRepo;
  timeEntries: TimeEntriesRepo;
  breaks: BreaksRepo;
}

/** What the rule needs, read fresh: the settings, the last day's entries, the reminder state. */
async function read(repos: Deps, now: number) {
  const [settings, entries, state] = await Promise.all([
    repos.settings.get(),
    // A stretch can reach back a day at most: no entry is longer, and a pause ends it.
    repos.timeEntries.list({ start: now - 2 * MAX_ENTRY_MS, end: now + 1 }),
    repos.breaks.get(),
  ]);
  return { settings, entries, state, working: workingTime(settings) };
}

/** Sets the alarm for the next reminder, or clears it (and any reminder shown) when none is due. */
async function scheduleBreak(repos: Deps): Promise<void> {
  const now = Date.now();
  const { settings, entries, state, working } = await read(repos, now);
  const due = nextBreakDue(entries, settings.hours.breakMinutes, state, working, now);
  if (due === null) {
    await browser.alarms.clear(BREAK_ALARM);
    await browser.notifications.clear(BREAK_NOTIFICATION);
    if (state.shown) await answered(repos, {});
    return;
  }
  await browser.alarms.create(BREAK_ALARM, { when: Math.max(due, now) });
}

/** The alarm rang: shows the reminder if it is still due (the timer may have stopped), then sets the next. */
async function remindOfBreak(repos: Deps): Promise<void> {
  const now = Date.now();
  const { settings, entries, state, working } = await read(repos, now);
  if (isBreakDue(entries, settings.hours.breakMinutes, state, working, now)) {
    const worked = now - (stretchStart(entries, now) ?? now);
    // Stored and shown in the sidebars first: it is there even where notifications are turned off.
    await repos.breaks.update({ remindedAt: now, shown: true });
    void notifyDataChanged({ stores: ['timeEntries'] });
    await browser.notifications
      .create(BREAK_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('breakTitle'),
        message: t('breakMessage', formatMinutes(worked / 60_000, uiLanguage())),
        // Firefox refuses buttons: there the sidebar's line has the snooze.
        ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('breakSnooze') }] }),
      })
      .catch((err: unknown) => console.warn('Leeway could not show the break notification:', err));
  }
  await scheduleBreak(repos);
}

/** While a reminder is out and not answered, when its stretch of work began (the sidebar shows it); else null. */
export async function reminderOutSince(repos: Deps): Promise<number | null> {
  const now = Date.now();
  const { state, entries } = await read(repos, now);
  return state.shown ? stretchStart(entries, now) : null;
}

/** The reminder goes from the notifications and from every sidebar. */
async function answered(repos: Pick<Deps, 'breaks'>, patch: { snoozedUntil?: number }): Promise<void> {
  await repos.breaks.update({ ...patch, shown: false });
  await browser.notifications.clear(BREAK_NOTIFICATION);
  void notifyDataChanged({ stores: ['timeEntries'] });
}

/**
 * "Remind me in 15 minutes": the reminder goes, and comes back after the snooze. Dismissed, it
 * comes back a stretch after it was shown, as if worked through.
 */
export async function answerBreak(repos: Deps, snooze: boolean): Promise<void> {
  await answered(repos, snooze ? { snoozedUntil: Date.now() + SNOOZE_MINUTES * 60_000 } : {});
  await scheduleBreak(repos);
}

/** Registered synchronously at the worker's start, so an alarm or a click that wakes it is heard. */
export function listenForBreaks(repos: Deps): void {
  const report = (err: unknown) => console.warn('Leeway could not handle the break reminder:', err);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BREAK_ALARM) remindOfBreak(repos).catch(report);
  });
  browser.notifications.onButtonClicked.addListener((id) => {
    if (id === BREAK_NOTIFICATION) answerBreak(repos, true).catch(report);
  });
  // Closed by the user in Chrome: answered, the sidebar's copy goes too. Not in Firefox: its
  // notifications close on their own (said to be by the user), and the sidebar is where it is answered.
  if (!import.meta.env.FIREFOX)
    browser.notifications.onClosed.addListener((id, byUser) => {
      if (id === BREAK_NOTIFICATION && byUser) answerBreak(repos, false).catch(report);
    });
  followDataChanges(({ stores }) => {
    if (stores.includes('timeEntries') || stores.includes('settings')) scheduleBreak(repos).catch(report);
  });
  // Alarms may not outlive a browser restart: set again from what is stored.
  browser.runtime.onStartup.addListener(() => void scheduleBreak(repos).catch(report));
  browser.runtime.onInstalled.addListener(() => void scheduleBreak(repos).catch(report));
}
