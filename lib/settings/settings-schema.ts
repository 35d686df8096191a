import { z } from 'zod';
import { templateLanguages } from '@/lib/templates/template';
import { SIDEBAR_WIDTH } from './sidebar-width';

// The shapes of the settings, checked in the background, and the types inferred from them; the
// pages import only the types (`import type`), so zod stays out of the content scripts. Objects are strict: a key
// Leeway does not know is refused rather than silently dropped.

// A real calendar day (zod's ISO date knows month lengths and leap years), not only its shape.
const isoDay = z.iso.date('a day such as 2026-12-24');

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:30');
const hours = z
  .strictObject({ start: timeOfDay, end: timeOfDay })
  .refine(({ start, end }) => start < end, 'the end comes after the start');
const color = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour such as #0072b2');

/** How the user wants their days read: what counts as working time, a buffer, too much. */
const gapSettingsSchema = z.strictObject({
  /** Working hours of each weekday, 0 = Sunday; used on the days the user works. */
  workHours: z.array(hours).length(7),
  /** A lunch break inside working hours, not counted as free or booked. */
  lunch: hours.nullable(),
  /** A free slot at least this long is a buffer; a shorter one is too short to absorb anything. */
  minBufferMinutes: z.number().int().min(5).max(240),
  /** Busy time with no buffer in between for longer than this is a back-to-back stretch. */
  backToBackMinutes: z.number().int().min(30).max(720),
  /** Share of working time to keep free (0.2 = keep 20% free). */
  targetFreeShare: z.number().min(0).max(0.9),
  /** Overlay colours, colour-blind safe by default (Okabe-Ito blue and orange). */
  colors: z.strictObject({ buffer: color, short: color }),
});
/** A time of day as "HH:MM" (24-hour). */
export type TimeOfDay = z.infer<typeof timeOfDay>;
export type GapSettings = z.infer<typeof gapSettingsSchema>;
/** A day's working hours (or the lunch break): a start and an end. */
export type WorkHours = z.infer<typeof hours>;

const hoursLimit = z.number().min(0.5).max(168).nullable();

/** A client's retainer: hours a week, a month, or both; null where the user set none. */
const clientLimitSchema = z.strictObject({
  weekHours: hoursLimit,
  monthHours: z.number().min(0.5).max(744).nullable(),
});
export type ClientLimit = z.infer<typeof clientLimitSchema>;

/** What the user sets about tracked time. */
export const hoursSettingsSchema = z.strictObject({
  /** All clients together, per week; null for no limit. */
  weekHours: hoursLimit,
  /** A limit is "near" from this share of it (0.8 = 80%). */
  nearShare: z.number().min(0.5).max(0.99),
  /** Limits by client id. */
  byClient: z.record(z.string().min(1).max(100), clientLimitSchema),
  /** Out-of-hours work for one client this many times within this many days suggests the warning sign. */
  recurrence: z.strictObject({ times: z.number().int().min(2).max(20), days: z.number().int().min(3).max(90) }),
  breakMinutes: z.number().int().min(15).max(480).nullable(),
  idleMinutes: z.number().int().min(1).max(240).nullable(),
});
export type HoursSettings = z.infer<typeof hoursSettingsSchema>;

/** What the user sets once and Leeway remembers, on every page and across restarts. */
export const settingsSchema = z.strictObject({
  sidebarCollapsed: z.boolean(),
  /** Width of the in-page sidebar in CSS pixels, set by dragging its edge. */
  sidebarWidth: z.number().int().min(SIDEBAR_WIDTH.min).max(SIDEBAR_WIDTH.max),
  /** The sidebar lives in the browser's side panel instead of over the page. */
  sidebarDocked: z.boolean(),
  /** The sidebar folds to its rail while a Gmail compose box has the focus (room to write). */
  sidebarFoldWhileComposing: z.boolean(),
  /** The name templates sign with; empty means the name Gmail shows for the account. */
  myName: z.string().max(120),
  /** Added at the end of messages ({{me.signature}}); empty means the name alone. */
  signature: z.string().max(2000),
  /** Weekdays worked, 0 = Sunday: working-day dates skip the others, and they get no gaps. */
  workDays: z
    .array(z.number().int().min(0).max(6))
    .min(1, 'at least one working day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'each weekday once'),
  /** Days off (holidays, leave) as yyyy-mm-dd: skipped by working-day dates, and no gaps. */
  daysOff: z.array(isoDay).max(366),
  /** Working hours and what counts as a buffer, for the Calendar overlay. */
  gaps: gapSettingsSchema,
  /** The sidebar reminds to make a backup when the last one is this many days old; 0: never. */
  backupReminderDays: z.number().int().min(0).max(90),
  /** Limits on tracked time, and when out-of-hours work for a client is a warning sign. */
  hours: hoursSettingsSchema,
  syncEnabled: z.boolean(),
  /**
   * The first-run setup was done or put off. Optional, as the key below: a backup or a stored
   * record made before it existed still reads (absent: the setup shows once).
   */
  setupDone: z.boolean().optional(),
  /** The languages the user writes to clients in; one alone is the templates' language when a thread says none. */
  languages: z
    .array(z.enum(templateLanguages))
    .min(1, 'at least one language')
    .max(templateLanguages.length)
    .refine((languages) => new Set(languages).size === languages.length, 'each language once')
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsPatch = Partial<Settings>;

/** A change to some settings; unknown keys are refused rather than silently stored. */
export const settingsPatchSchema = settingsSchema.partial().strict();

/** The only settings a content script changes: where the sidebar sits and how wide it is. */
export const sidebarPlacementPatchSchema = settingsSchema
  .pick({ sidebarCollapsed: true, sidebarDocked: true, sidebarWidth: true })
  .partial()
  .strict();
