import { defineExtensionMessaging } from '@webext-core/messaging';
import { sendAgainIfUnreached } from '@/lib/send-again';
import type { ClientCard, ClientRankingList } from '@/lib/clients/card';
import type { Client, Flag } from '@/lib/clients/client-schema';
import type { Payload } from '@/lib/payload-schemas';
import type { SettingsProblem } from '@/lib/settings/read-settings';
import type { Settings } from '@/lib/settings/settings';
import type { Task } from '@/lib/tasks/task';
import type { ClientEvent } from '@/lib/tasks/out-days';
import type { KnownBuffers } from '@/lib/db/calendar-days-repo';
import type { Incident } from '@/lib/incidents/incident-schema';
import type { TimeEntry } from '@/lib/hours/time-entry-schema';
import type { OutOfHoursEvidence } from '@/lib/hours/recurrence';
import type { WeekSummary } from '@/lib/hours/week-summary';
import type { LimitWarning } from '@/lib/hours/limits';
import type { TemplateList } from '@/lib/templates/stored-template';
import type { Template } from '@/lib/templates/template-schema';
import type { StoreReport } from '@/lib/backup/backup-file';
import type { Colleague } from '@/lib/colleagues/colleague-schema';
import type { SyncStatus } from '@/lib/sync/template-sync';

/**
 * The one protocol between the pages (content scripts, options page) and the background.
 * Payload types come from their zod schemas (lib/payload-schemas.ts), which the background
 * checks every message against.
 */
export interface ProtocolMap {
  getSettings(data: Payload<'getSettings'>): Settings;
  /** The stored settings that could not be read and show their default, for the options page. */
  getSettingsProblems(data: Payload<'getSettingsProblems'>): SettingsProblem[];
  updateSettings(data: Payload<'updateSettings'>): Settings;
  /** From a Gmail or Calendar tab: fold, unfold, dock or resize the sidebar, and nothing else. */
  updateSidebarPlacement(data: Payload<'updateSidebarPlacement'>): Settings;
  openOptionsPage(data: Payload<'openOptionsPage'>): void;
  /** The tab the asking page lives in (the in-page frame's, the options page's); none for the side panel. */
  getOwnTabId(data: Payload<'getOwnTabId'>): number | null;
  /** From a Gmail or Calendar tab: offer the side panel in this tab. */
  enableSidePanel(data: Payload<'enableSidePanel'>): void;
  /** From the page's fold tab when docked: open the side panel for this tab. */
  openSidePanel(data: Payload<'openSidePanel'>): void;
  listTemplates(data: Payload<'listTemplates'>): TemplateList;
  saveTemplate(data: Payload<'saveTemplate'>): Template;
  deleteTemplate(data: Payload<'deleteTemplate'>): void;
  restoreDefaultTemplate(data: Payload<'restoreDefaultTemplate'>): Template;
  recordTemplateUse(data: Payload<'recordTemplateUse'>): number;
  getClientCard(data: Payload<'getClientCard'>): ClientCard | null;
  flagClient(data: Payload<'flagClient'>): ClientCard;
  updateFlag(data: Payload<'updateFlag'>): ClientCard;
  deleteFlag(data: Payload<'deleteFlag'>): void;
  rankClients(data: Payload<'rankClients'>): ClientRankingList;
  getClientTimeline(data: Payload<'getClientTimeline'>): Flag[];
  updateClient(data: Payload<'updateClient'>): Client;
  mergeClients(data: Payload<'mergeClients'>): Client;
  listTasks(data: Payload<'listTasks'>): Task[];
  createTask(data: Payload<'createTask'>): Task;
  updateTask(data: Payload<'updateTask'>): Task;
  setTaskDone(data: Payload<'setTaskDone'>): Task;
  /** Returns the tasks whose bucket or order changed. */
  moveTask(data: Payload<'moveTask'>): Task[];
  rescheduleTasks(data: Payload<'rescheduleTasks'>): Task[];
  /** Returns the deleted task, for "undo". */
  deleteTask(data: Payload<'deleteTask'>): Task;
  restoreTask(data: Payload<'restoreTask'>): Task;
  /** From Calendar's content script: the buffers of the days it just read. */
  saveCalendarDays(data: Payload<'saveCalendarDays'>): void;
  getCalendarBuffers(data: Payload<'getCalendarBuffers'>): KnownBuffers;
  /** The events Calendar last showed in the days of the range that name a client ("I'm out"). */
  getClientEvents(data: Payload<'getClientEvents'>): ClientEvent[];
  /** The days of the range Calendar last showed fully booked (yyyy-MM-dd), for proposed deadlines. */
  getFullyBookedDays(data: Payload<'getFullyBookedDays'>): string[];
  /** True for the first view of the day that asks: that one opens the morning sort. */
  claimMorningSort(data: Payload<'claimMorningSort'>): boolean;
  recordIncident(data: Payload<'recordIncident'>): Incident;
  listIncidents(data: Payload<'listIncidents'>): Incident[];
  /** Every client's warning signs recorded in a span of time (the weekly review's week). */
  listFlagsBetween(data: Payload<'listFlagsBetween'>): Flag[];
  /** Every store and the settings as one backup file's text; `left`: unreadable records left out. */
  exportBackup(data: Payload<'exportBackup'>): { text: string; left: number };
  /** Checks the whole file, then writes it in one transaction; what it did, store by store. */
  importBackup(data: Payload<'importBackup'>): StoreReport[];
  /** When the last backup file was made (ms), null for never. */
  getLastBackupAt(data: Payload<'getLastBackupAt'>): number | null;
  /** Whether the sidebar reminds to make a backup (the settings say how often), and the last one. */
  getBackupReminder(data: Payload<'getBackupReminder'>): { due: boolean; lastAt: number | null };
  getSyncStatus(data: Payload<'getSyncStatus'>): SyncStatus;
  dismissSyncConflicts(data: Payload<'dismissSyncConflicts'>): void;
  listColleagues(data: Payload<'listColleagues'>): Colleague[];
  saveColleague(data: Payload<'saveColleague'>): Colleague;
  deleteColleague(data: Payload<'deleteColleague'>): void;
  /** The running timer, with its client's name, or null. */
  getTimer(data: Payload<'getTimer'>): RunningTimer | null;
  /** Starts a timer now; one already running stops at the same instant. */
  startTimer(data: Payload<'startTimer'>): RunningTimer;
  /**
   * From a Calendar event in the sidebar: its title, its client when the title names one; a
   * timer from its start if under way (from now if to come), its whole span if over.
   */
  startTimerFromEvent(data: Payload<'startTimerFromEvent'>): TimeEntry;
  /** The stopped entry, or null (none ran, or it ran under a second and was dropped). */
  stopTimer(data: Payload<'stopTimer'>): TimeEntry | null;
  /** Every entry sharing time with a range, by start. */
  listTimeEntries(data: Payload<'listTimeEntries'>): TimeEntry[];
  addTimeEntry(data: Payload<'addTimeEntry'>): TimeEntry;
  editTimeEntry(data: Payload<'editTimeEntry'>): TimeEntry;
  splitTimeEntry(data: Payload<'splitTimeEntry'>): TimeEntry[];
  deleteTimeEntry(data: Payload<'deleteTimeEntry'>): void;
  /** This week's hours, their out-of-hours part, and the limits near or passed, with client names. */
  getHoursSummary(data: Payload<'getHoursSummary'>): HoursSummary;
  /** A client's recent work outside working hours, and whether it recurs (by the settings). */
  getOutOfHoursEvidence(data: Payload<'getOutOfHoursEvidence'>): OutOfHoursEvidence;
  /** The finished entries of a range as CSV (the columns Toggl and Clockify import). */
  exportTimeEntriesCsv(data: Payload<'exportTimeEntriesCsv'>): string;
  /** A Toggl, Clockify or Leeway CSV: every row imported, or none and the first bad row named. */
  importTimeEntriesCsv(data: Payload<'importTimeEntriesCsv'>): { imported: number };
}

export interface HoursSummary extends WeekSummary {
  warnings: Array<LimitWarning & { clientName: string | null }>;
}

/** The running entry and the name of its client as it is now (clients are renamed). */
export interface RunningTimer {
  entry: TimeEntry;
  clientName: string | null;
}

const messaging = defineExtensionMessaging<ProtocolMap>();
export const { onMessage, removeAllListeners } = messaging;
/** The library's sendMessage, sent again while the background is waking (see send-again.ts). */
export const sendMessage = ((...args: Parameters<typeof messaging.sendMessage>) =>
  sendAgainIfUnreached(() => messaging.sendMessage(...args))) as typeof messaging.sendMessage;
