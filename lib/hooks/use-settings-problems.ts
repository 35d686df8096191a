import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { SettingsProblem } from '@/lib/settings/read-settings';
import type { Settings } from '@/lib/settings/settings';

/**
 * The stored settings that could not be read (each shows its default), asked again whenever the
 * settings change: a save in this view or another may have replaced a bad key.
 */
export function useSettingsProblems(settings: Settings | undefined): SettingsProblem[] {
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  useEffect(() => {
    let live = true;
    // A failure to ask is already shown by the settings' own load error.
    sendMessage('getSettingsProblems', undefined).then(
      (found) => live && setProblems(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [settings]);
  return problems;
}
