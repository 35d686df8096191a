import type { SettingsState } from '@/lib/hooks/use-settings';
import { SettingsError } from '../settings-error';
import { HourLimits } from './hour-limits';

/** Hours on the options page: the limits and the out-of-hours rule. */
export function HoursSection({ state }: { state: SettingsState }) {
  const { settings, error, update } = state;
  return (
    <div className="settings-form">
      {error && <SettingsError error={error} />}
      {settings && <HourLimits settings={settings} update={update} />}
    </div>
  );
}
