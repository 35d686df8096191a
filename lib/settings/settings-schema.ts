import { z } from 'zod';
import { defaultSettings, type Settings } from './settings';

// The shapes of the settings, checked in the background; the pages import only the types
// (lib/settings/settings.ts), so zod stays out of the content scripts.
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written yyyy-mm-dd');

export const settingsSchema = z.object({
  sidebarCollapsed: z.boolean(),
  myName: z.string().max(120),
  signature: z.string().max(2000),
  workDays: z
    .array(z.number().int().min(0).max(6))
    .min(1, 'at least one working day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'each weekday once'),
  daysOff: z.array(isoDay).max(366),
}) satisfies z.ZodType<Settings>;

/** A change to some settings; unknown keys are refused rather than silently stored. */
export const settingsPatchSchema = settingsSchema.partial().strict();

/**
 * Settings as stored: a key added by a later version may be absent from an older record, so
 * missing keys take their default while a present key of the wrong type is an error.
 */
export const storedSettingsSchema = settingsSchema.partial().transform(
  (stored): Settings => ({ ...defaultSettings, ...stored }),
);
