import { useState } from 'react';
import type { SettingsState } from '@/lib/hooks/use-settings';
import { SettingsError } from '../settings-error';
import { BreakSettings } from './break-settings';
import { HourLimits } from './hour-limits';
import { HoursCsv } from './hours-csv';
import { HoursReportView } from './hours-report';
import { WeekEntries } from './week-entries';

/** Hours on the options page: the report, the limits, the out-of-hours rule, CSV export and import. */
export function HoursSection({ state }: { state: SettingsState }) {
  const { settings, error, update } = state;
  // Entries changed on this page: the report reads them again (other tabs' changes it hears itself).
  const [changes, setChanges] = useState(0);
  return (
    <div className="settings-form">
      {error && <SettingsError error={error} />}
      {settings && <HoursReportView settings={settings} changes={changes} />}
      <WeekEntries onChanged={() => setChanges((n) => n + 1)} />
      {settings && <HourLimits settings={settings} update={update} />}
      {settings && <BreakSettings settings={settings} update={update} />}
      <HoursCsv />
    </div>
  );
}
