import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { SettingsState } from '@/lib/hooks/use-settings';
import type { HoursSettings } from '@/lib/hours/hours-settings';
import type { Settings } from '@/lib/settings/settings';

/** Minutes, or empty for never; saved when left, so a number half typed is never refused. */
function MinutesField({
  label,
  value,
  min,
  onSave,
}: {
  label: string;
  value: number | null;
  min: number;
  onSave(value: number | null): void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  return (
    <label className="setting-row">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        step={1}
        value={text}
        placeholder={t('settingNever')}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => onSave(text.trim() === '' ? null : Number(text))}
      />
    </label>
  );
}

/** When to remind of a break (the idle-gap length joins it once the offer is built). */
export function BreakSettings({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  const hours = settings.hours;
  const set = (patch: Partial<HoursSettings>) => void update({ hours: { ...hours, ...patch } });
  return (
    <fieldset>
      <legend>{t('breaksHeading')}</legend>
      <MinutesField
        label={t('breakMinutesLabel')}
        value={hours.breakMinutes}
        min={15}
        onSave={(breakMinutes) => set({ breakMinutes })}
      />
    </fieldset>
  );
}
