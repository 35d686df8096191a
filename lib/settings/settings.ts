import { defaultGapSettings, type GapSettings } from '@/lib/gaps/gap-settings';
import { defaultHoursSettings, type HoursSettings } from '@/lib/hours/hours-settings';
import type { TemplateLanguage } from '@/lib/templates/template';

/** What the user sets once and Leeway remembers, on every page and across restarts. */
export interface Settings {
  sidebarCollapsed: boolean;
  /** Width of the in-page sidebar in CSS pixels, set by dragging its edge. */
  sidebarWidth: number;
  /** The sidebar lives in the browser's side panel instead of over the page. */
  sidebarDocked: boolean;
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
  /**
   * The first-run setup was done or put off. Optional, as the keys below: a backup or a stored
   * record made before it existed still reads (absent: the setup shows once).
   */
  setupDone?: boolean;
  /** The languages the user writes to clients in; one alone is the templates' language when a thread says none. */
  languages?: TemplateLanguage[];
}

export type SettingsPatch = Partial<Settings>;

export const defaultSettings: Settings = {
  sidebarCollapsed: false,
  sidebarWidth: 320,
  sidebarDocked: false,
  myName: '',
  signature: '',
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
  gaps: defaultGapSettings,
  backupReminderDays: 7,
  hours: defaultHoursSettings,
  setupDone: false,
  languages: ['en', 'fr'],
};

/** The widths the in-page sidebar can be dragged to. */
export const SIDEBAR_WIDTH = { min: 260, max: 640 } as const;
