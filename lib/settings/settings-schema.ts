import { z } from 'zod';
import { SIDEBAR_WIDTH, type Settings } from './settings';

// The shapes of the settings, checked in the background; the pages import only the types
// (lib/settings/settings.ts), so zod stays out of the content scripts. Objects are strict: a key
// Leeway does not know is refused rather than silently dropped.

// A real calendar day (zod's ISO date knows month lengths and leap years), not only its shape.
const isoDay = z.iso.date('a day such as 2026-12-24');

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:30');
const hours = z
  .strictObject({ start: timeOfDay, end: timeOfDay })
  .refine(({ start, end }) => start < end, 'the end comes after the start');
const color = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour such as #0072b2');

export const gapSettingsSchema = z.strictObject({
  workHours: z.array(hours).length(7),
  lunch: hours.nullable(),
  minBufferMinutes: z.number().int().min(5).max(240),
  backToBackMinutes: z.number().int().min(30).max(720),
  targetFreeShare: z.number().min(0).max(0.9),
  colors: z.strictObject({ buffer: color, short: color }),
});

const hoursLimit = z.number().min(0.5).max(168).nullable();

export const hoursSettingsSchema = z.strictObject({
  weekHours: hoursLimit,
  nearShare: z.number().min(0.5).max(0.99),
  byClient: z.record(
    z.string().min(1).max(100),
    z.strictObject({ weekHours: hoursLimit, monthHours: z.number().min(0.5).max(744).nullable() }),
  ),
  recurrence: z.strictObject({ times: z.number().int().min(2).max(20), days: z.number().int().min(3).max(90) }),
});

export const settingsSchema = z.strictObject({
  sidebarCollapsed: z.boolean(),
  sidebarWidth: z.number().int().min(SIDEBAR_WIDTH.min).max(SIDEBAR_WIDTH.max),
  sidebarDocked: z.boolean(),
  sidebarFoldWhileComposing: z.boolean(),
  myName: z.string().max(120),
  signature: z.string().max(2000),
  workDays: z
    .array(z.number().int().min(0).max(6))
    .min(1, 'at least one working day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'each weekday once'),
  daysOff: z.array(isoDay).max(366),
  gaps: gapSettingsSchema,
  backupReminderDays: z.number().int().min(0).max(90),
  hours: hoursSettingsSchema,
}) satisfies z.ZodType<Settings>;

/** A change to some settings; unknown keys are refused rather than silently stored. */
export const settingsPatchSchema = settingsSchema.partial().strict();

/** The only settings a content script changes: where the sidebar sits and how wide it is. */
export const sidebarPlacementPatchSchema = settingsSchema
  .pick({ sidebarCollapsed: true, sidebarDocked: true, sidebarWidth: true })
  .partial()
  .strict();
