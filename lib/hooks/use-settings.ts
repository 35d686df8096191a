import { useCallback, useRef, useState } from 'react';
import type { DataChange } from '@/lib/data-changes';
import { errorMessage } from '@/lib/error-message';
import { sendMessage } from '@/lib/messaging';
import type { Settings, SettingsPatch } from '@/lib/settings/settings';
import { useBackgroundData } from './use-background-data';

export interface SettingsState {
  /** Undefined until the background answers. */
  settings?: Settings;
  /** What went wrong loading or saving, in the background's words. */
  error?: { kind: 'load' | 'save'; message: string };
  update(patch: SettingsPatch): Promise<void>;
}

const getSettings = () => sendMessage('getSettings', undefined);
// Settings travel with the "data changed" event, whichever view made the change: no round trip.
const settingsOf = (change: DataChange) => change.settings;

/**
 * The user's settings, loaded from the background (or from `initial`, already asked for) and
 * saved through it; a change made in any other view arrives with the "data changed" event.
 */
export function useSettings(initial?: Promise<Settings>): SettingsState {
  // A retry after a failed `initial` asks the background itself.
  const load = useCallback(() => (initial ? initial.catch(getSettings) : getSettings()), [initial]);
  const loaded = useBackgroundData(load, { stores: [], fromChange: settingsOf });
  const { data: settings, set } = loaded;
  const [saveError, setSaveError] = useState<string>();
  const latest = useRef(settings);
  latest.current = settings;

  // Shows the change at once and saves it; if the background refuses, the previous value
  // comes back with the reason.
  const update = useCallback(
    async (patch: SettingsPatch) => {
      const previous = latest.current;
      set(previous && { ...previous, ...patch });
      try {
        set(await sendMessage('updateSettings', patch));
        setSaveError(undefined);
      } catch (err) {
        set(previous);
        setSaveError(errorMessage(err));
      }
    },
    [set],
  );

  const error: SettingsState['error'] = saveError
    ? { kind: 'save', message: saveError }
    : loaded.error === undefined
      ? undefined
      : { kind: 'load', message: loaded.error };
  return { settings, error, update };
}
