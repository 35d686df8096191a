import { t } from '@/lib/i18n';
import type { SettingsState } from '@/lib/hooks/use-settings';
import type { HoursSettings } from '@/lib/hours/hours-settings';
import type { Settings } from '@/lib/settings/settings';
import { OptionalNumberField } from './optional-number-field';

/** When to remind of a break, and how long away from Leeway makes time worth offering to discard. */
export function BreakSettings({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  const hours = settings.hours;
  const set = (patch: Partial<HoursSettings>) => void update({ hours: { ...hours, ...patch } });
  return (
    <fieldset>
      <legend>{t('breaksHeading')}</legend>
      <OptionalNumberField
        label={t('breakMinutesLabel')}
        value={hours.breakMinutes}
        min={15}
        step={1}
        emptyMeans={t('settingNever')}
        onSave={(breakMinutes) => set({ breakMinutes })}
      />
      <OptionalNumberField
        label={t('idleMinutesLabel')}
        value={hours.idleMinutes}
        min={1}
        step={1}
        emptyMeans={t('settingNever')}
        onSave={(idleMinutes) => set({ idleMinutes })}
      />
    </fieldset>
  );
}
