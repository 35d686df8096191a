import { t, uiLanguage } from '@/lib/i18n';
import type { SettingsState } from '@/lib/hooks/use-settings';
import type { Settings } from '@/lib/settings/settings';

// Monday first, as most of our users' weeks start; 0 is Sunday as in Date.getDay().
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const weekdayName = (day: number) =>
  new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(new Date(2026, 10, 22 + day));

/** The days the user works and their hours: one place for templates' dates and Calendar's gaps. */
export function WorkingWeek({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  // `update` never rejects: a refused change comes back, with its reason, in the hook's error.
  const setHours = (day: number, key: 'start' | 'end', value: string) =>
    void update({
      gaps: {
        ...settings.gaps,
        workHours: settings.gaps.workHours.map((h, d) => (d === day ? { ...h, [key]: value } : h)),
      },
    });
  const toggleDay = (day: number, on: boolean) =>
    void update({ workDays: on ? [...settings.workDays, day] : settings.workDays.filter((d) => d !== day) });

  return (
    <fieldset>
      <legend>{t('settingWorkingWeek')}</legend>
      <table className="working-week">
        <tbody>
          {WEEK.map((day) => {
            const works = settings.workDays.includes(day);
            const name = weekdayName(day);
            return (
              <tr key={day}>
                <th scope="row">
                  <label className="setting">
                    <input
                      type="checkbox"
                      aria-label={t('worksOn', name)}
                      checked={works}
                      // At least one working day: date math needs one to land on.
                      disabled={works && settings.workDays.length === 1}
                      onChange={(e) => toggleDay(day, e.target.checked)}
                    />
                    {name}
                  </label>
                </th>
                <td>
                  <input
                    type="time"
                    aria-label={`${name} – ${t('gapStart')}`}
                    disabled={!works}
                    value={settings.gaps.workHours[day]!.start}
                    onChange={(e) => setHours(day, 'start', e.target.value)}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={`${name} – ${t('gapEnd')}`}
                    disabled={!works}
                    value={settings.gaps.workHours[day]!.end}
                    onChange={(e) => setHours(day, 'end', e.target.value)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
