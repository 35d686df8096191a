import { useEffect, useState } from 'react';
import { differenceInDays } from 'date-fns';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useSettingsContext } from '@/lib/hooks/settings-context';

/**
 * In the sidebar, when the last backup is older than the settings allow (or none was ever made,
 * counted from Leeway's first look): a reminder and a way to the options page's backup.
 * Asked again when the settings change, and after a backup (the background sends the settings).
 */
export function BackupReminder() {
  const settings = useSettingsContext()?.settings;
  const [state, setState] = useState<{ due: boolean; lastAt: number | null }>();
  useEffect(() => {
    if (!settings) return;
    sendMessage('getBackupReminder', undefined).then(setState, () => setState(undefined));
  }, [settings]);

  if (!state?.due) return null;
  return (
    <div role="note" className="backup-reminder" data-field="backup-reminder">
      <p>
        {state.lastAt === null
          ? t('backupReminderNever')
          : t('backupReminderOld', String(differenceInDays(Date.now(), state.lastAt)))}{' '}
        <button type="button" onClick={() => void sendMessage('openOptionsPage', undefined).catch(() => undefined)}>
          {t('backupReminderAction')}
        </button>
      </p>
      <p className="muted">{t('backupReminderOff')}</p>
    </div>
  );
}
