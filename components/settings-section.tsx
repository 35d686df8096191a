import { useState } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import type { SettingsState } from '@/lib/hooks/use-settings';
import { useSettingsProblems } from '@/lib/hooks/use-settings-problems';
import type { Settings } from '@/lib/settings/settings';
import { BufferSettings } from './options/buffer-settings';
import { WorkingWeek } from './options/working-week';
import { SettingsError } from './settings-error';

/** The settings: the sidebar, how templates sign, the working week, and what counts as a buffer. */
export function SettingsSection({ state }: { state: SettingsState }) {
  const { settings, error, update } = state;
  const problems = useSettingsProblems(settings);
  return (
    <div>
      {error && <SettingsError error={error} />}
      {problems.length > 0 && (
        <p className="error" role="alert">
          {t('settingsKeysUnreadable', problems.map(({ key, problem }) => `${key}: ${problem}`).join('; '))}
        </p>
      )}
      {settings && <SettingsForm settings={settings} update={update} />}
    </div>
  );
}

function SettingsForm({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  const [name, setName] = useState(settings.myName);
  const [signature, setSignature] = useState(settings.signature);
  const [dayOff, setDayOff] = useState('');

  // `update` never rejects: a refused change comes back, with its reason, in the hook's error.
  return (
    <div className="settings-form">
      <label className="setting">
        <input
          type="checkbox"
          checked={settings.sidebarCollapsed}
          onChange={(event) => void update({ sidebarCollapsed: event.target.checked })}
        />
        {t('settingSidebarCollapsed')}
      </label>
      <label className="setting">
        <input
          type="checkbox"
          checked={settings.sidebarDocked}
          onChange={(event) => void update({ sidebarDocked: event.target.checked })}
        />
        {t('settingSidebarDocked')}
      </label>

      <label htmlFor="setting-name">{t('settingMyName')}</label>
      <input
        id="setting-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => void update({ myName: name.trim() })}
      />

      <label htmlFor="setting-signature">{t('settingSignature')}</label>
      <textarea
        id="setting-signature"
        rows={3}
        value={signature}
        onChange={(e) => setSignature(e.target.value)}
        onBlur={() => void update({ signature })}
      />

      <WorkingWeek settings={settings} update={update} />
      <BufferSettings settings={settings} update={update} />

      <fieldset>
        <legend>{t('settingDaysOff')}</legend>
        {settings.daysOff.length === 0 && <p className="muted">{t('noDaysOff')}</p>}
        <ul>
          {settings.daysOff.map((day) => (
            <li key={day}>
              {new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'full' }).format(new Date(`${day}T12:00:00`))}{' '}
              <button type="button" onClick={() => void update({ daysOff: settings.daysOff.filter((d) => d !== day) })}>
                {t('removeDayOff', day)}
              </button>
            </li>
          ))}
        </ul>
        <input
          type="date"
          aria-label={t('settingDaysOff')}
          value={dayOff}
          onChange={(e) => setDayOff(e.target.value)}
        />
        <button
          type="button"
          disabled={!dayOff || settings.daysOff.includes(dayOff)}
          onClick={() => {
            void update({ daysOff: [...settings.daysOff, dayOff].sort() });
            setDayOff('');
          }}
        >
          {t('addDayOff')}
        </button>
      </fieldset>
    </div>
  );
}
