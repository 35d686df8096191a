import type { SettingsState } from '@/lib/hooks/use-settings';
import { SettingsError } from '../settings-error';
import { HourLimits } from './hour-limits';
import { HoursCsv } from './hours-csv';

/** Hours on the options page: the limits, the out-of-hours rule, CSV export and import. */
export function HoursSection({ state }: { state: SettingsState }) {
  const { settings, error, update } = state;
  return (
    <div className="settings-form">
      {error && <SettingsError error={error} />}
      {settings && <HourLimits settings={settings} update={update} />}
      <HoursCsv />
    </div>
  );
}
