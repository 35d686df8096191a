import { z } from 'zod';
import { defaultSettings, type Settings } from './settings';
import { settingsSchema } from './settings-schema';

/** A stored setting that could not be read: its key (`gaps.colors.buffer`) and what is wrong. */
export interface SettingsProblem {
  key: string;
  problem: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored value key by key, at every depth: a key a later version added (absent here)
 * takes its default, and a key that fails its schema takes its default too and is reported, so
 * one bad key never hides the others.
 */
function readKey(
  schema: z.ZodType,
  stored: unknown,
  fallback: unknown,
  path: string[],
  problems: SettingsProblem[],
): unknown {
  if (stored === undefined) return fallback;
  let value = stored;
  if (schema instanceof z.ZodObject && isRecord(stored) && isRecord(fallback)) {
    value = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, child]) => [
        key,
        readKey(child, stored[key], fallback[key], [...path, key], problems),
      ]),
    );
  }
  // The object as a whole too: a rule across its keys (a start before its end) can still fail.
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push({ key: path.join('.') || 'settings', problem: z.prettifyError(parsed.error) });
  return fallback;
}

/** The settings a stored record holds, with the default in place of each key it lacks or cannot give. */
export function readStoredSettings(stored: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const settings = readKey(settingsSchema, stored, defaultSettings, [], problems) as Settings;
  return { settings, problems };
}
