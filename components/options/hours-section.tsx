import type { SettingsState } from '@/lib/hooks/use-settings';
import { SettingsError } from '../settings-error';
import { BreakSettings } from './break-settings';
import { HourLimits } from './hour-limits';
import { HoursCsv } from './hours-csv';
import { HoursReportView } from './hours-report';

/** Hours on the options page: the report, the limits, the out-of-hours rule, CSV export and import. */
export function HoursSection({ state }: { state: SettingsState }) {
  const { settings, error, update } = state;
  return (
    <div className="settings-form">
      {error && <SettingsError error={error} />}
      {settings && <HoursReportView settings={settings} />}
      {settings && <HourLimits settings={settings} update={update} />}
      {settings && <BreakSettings settings={settings} update={update} />}
      <HoursCsv />
    </div>
  );
}
