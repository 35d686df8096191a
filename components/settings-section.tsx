import { t } from '@/lib/i18n';
import { useSettings } from '@/lib/hooks/use-settings';
import { SettingsError } from './settings-error';

export function SettingsSection() {
  const { settings, error, update } = useSettings();
  return (
    <div>
      {error && <SettingsError error={error} />}
      {settings && (
        <label className="setting">
          <input
            type="checkbox"
            checked={settings.sidebarCollapsed}
            onChange={(event) => update({ sidebarCollapsed: event.target.checked })}
          />
          {t('settingSidebarCollapsed')}
        </label>
      )}
    </div>
  );
}
