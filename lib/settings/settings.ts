import { defaultGapSettings, type GapSettings } from '@/lib/gaps/gap-settings';
import { defaultHoursSettings, type HoursSettings } from '@/lib/hours/hours-settings';

/** What the user sets once and Leeway remembers, on every page and across restarts. */
export interface Settings {
  sidebarCollapsed: boolean;
  /** Width of the in-page sidebar in CSS pixels, set by dragging its edge. */
  sidebarWidth: number;
  /** The sidebar lives in the browser's side panel instead of over the page. */
  sidebarDocked: boolean;
  /** The sidebar folds to its rail while a Gmail compose box has the focus (room to write). */
  sidebarFoldWhileComposing: boolean;
  /** The name templates sign with; empty means the name Gmail shows for the account. */
  myName: string;
  /** Added at the end of messages ({{me.signature}}); empty means the name alone. */
  signature: string;
  /** Weekdays worked, 0 = Sunday: working-day dates skip the others, and they get no gaps. */
  workDays: number[];
  /** Days off (holidays, leave) as yyyy-mm-dd: skipped by working-day dates, and no gaps. */
  daysOff: string[];
  /** Working hours and what counts as a buffer, for the Calendar overlay. */
  gaps: GapSettings;
  /** The sidebar reminds to make a backup when the last one is this many days old; 0: never. */
  backupReminderDays: number;
  /** Limits on tracked time, and when out-of-hours work for a client is a warning sign. */
  hours: HoursSettings;
}

export type SettingsPatch = Partial<Settings>;

export const defaultSettings: Settings = {
  sidebarCollapsed: false,
  sidebarWidth: 320,
  sidebarDocked: false,
  sidebarFoldWhileComposing: false,
  myName: '',
  signature: '',
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
  gaps: defaultGapSettings,
  backupReminderDays: 7,
  hours: defaultHoursSettings,
};

/** The widths the in-page sidebar can be dragged to. */
/**
 * The folded sidebar: a thin rail, still Leeway's own frame (what it shows of a client, a status
 * dot, stays out of the page's reach), wide enough for a button. The frame knows it is the rail
 * by its width.
 */
export const RAIL_WIDTH = 44;

export const SIDEBAR_WIDTH = { min: 260, max: 640 } as const;
