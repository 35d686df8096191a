import { t } from '@/lib/i18n';
import type { SettingsState } from '@/lib/hooks/use-settings';

export function SettingsError({ error }: { error: NonNullable<SettingsState['error']> }) {
  return (
    <p className="error" role="alert">
      {t(error.kind === 'load' ? 'settingsUnreadable' : 'settingsNotSaved', error.message)}
    </p>
  );
}
