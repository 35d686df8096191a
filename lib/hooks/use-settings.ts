import { useCallback, useEffect, useRef, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { Settings, SettingsPatch } from '@/lib/settings/settings';

export interface SettingsState {
  /** Undefined until the background answers. */
  settings?: Settings;
  /** What went wrong loading or saving, in the background's words. */
  error?: { kind: 'load' | 'save'; message: string };
  update(patch: SettingsPatch): Promise<void>;
}

/** The user's settings, loaded from the background and saved through it. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<SettingsState['error']>();
  const latest = useRef(settings);
  latest.current = settings;

  useEffect(() => {
    let live = true;
    sendMessage('getSettings', undefined).then(
      (loaded) => live && setSettings(loaded),
      (err: Error) => live && setError({ kind: 'load', message: err.message }),
    );
    return () => {
      live = false;
    };
  }, []);

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
