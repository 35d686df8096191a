import { z } from 'zod';

/** What the user sets once and Leeway remembers, on every page and across restarts. */
export const settingsSchema = z.object({
  sidebarCollapsed: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  sidebarCollapsed: false,
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
