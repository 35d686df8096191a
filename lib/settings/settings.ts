import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written yyyy-mm-dd');

/** What the user sets once and Leeway remembers, on every page and across restarts. */
export const settingsSchema = z.object({
  sidebarCollapsed: z.boolean(),
  /** The name templates sign with; empty means the name Gmail shows for the account. */
  myName: z.string().max(120),
  /** Added at the end of messages ({{me.signature}}); empty means the name alone. */
  signature: z.string().max(2000),
  /** Weekdays worked, 0 = Sunday: working-day dates skip the others. */
  workDays: z
    .array(z.number().int().min(0).max(6))
    .min(1, 'at least one working day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'each weekday once'),
  /** Days off (holidays, leave), skipped by working-day dates. */
  daysOff: z.array(isoDay).max(366),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  sidebarCollapsed: false,
  myName: '',
  signature: '',
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
};

/** A change to some settings; unknown keys are refused rather than silently stored. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Settings as stored: a key added by a later version may be absent from an older record, so
 * missing keys take their default while a present key of the wrong type is an error.
 */
export const storedSettingsSchema = settingsSchema.partial().transform(
  (stored): Settings => ({ ...defaultSettings, ...stored }),
);
