import { useCallback, useEffect, useRef, useState } from 'react';
import { onDataChanged } from '@/lib/data-changes';
import { sendMessage } from '@/lib/messaging';
import type { Settings, SettingsPatch } from '@/lib/settings/settings';

export interface SettingsState {
  /** Undefined until the background answers. */
  settings?: Settings;
  /** What went wrong loading or saving, in the background's words. */
  error?: { kind: 'load' | 'save'; message: string };
  update(patch: SettingsPatch): Promise<void>;
}

/**
 * The user's settings, loaded from the background and saved through it; a change made in any
 * other view arrives with the "data changed" event, settings included (no round trip).
 */
export function useSettings(initial?: Promise<Settings>): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<SettingsState['error']>();
  const latest = useRef(settings);
  latest.current = settings;

  useEffect(() => {
    let live = true;
    (initial ?? sendMessage('getSettings', undefined)).then(
      (loaded) => live && setSettings(loaded),
      (err: Error) => live && setError({ kind: 'load', message: err.message }),
    );
    const stop = onDataChanged((change) => change.settings && setSettings(change.settings));
    return () => {
      live = false;
      stop();
    };
  }, [initial]);

  // Shows the change at once and saves it; if the background refuses, the previous value
  // comes back with the reason.
  const update = useCallback(async (patch: SettingsPatch) => {
    const previous = latest.current;
    setSettings(previous && { ...previous, ...patch });
    try {
      setSettings(await sendMessage('updateSettings', patch));
      setError(undefined);
    } catch (err) {
      setSettings(previous);
      setError({ kind: 'save', message: (err as Error).message });
    }
  }, []);

  return { settings, error, update };
}
