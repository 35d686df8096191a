import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from '@/lib/hooks/use-data-change';
import type { SettingsState } from '@/lib/hooks/use-settings';
import { SETTINGS_SYNC_ID, type SyncStatus } from '@/lib/sync/template-sync';

/**
 * Templates on the user's other computers: the setting that turns it off, the templates a
 * conflict was settled for (newest wins), and those too large to travel.
 */
export function SyncSettings({ state }: { state: SettingsState }) {
  const [status, setStatus] = useState<SyncStatus>();
  const load = () => void sendMessage('getSyncStatus', undefined).then(setStatus, () => undefined);
  useEffect(load, []);
  useDataChange('templates', load);
  const enabled = state.settings?.syncEnabled;
  if (enabled === undefined) return null;
  return (
    <div className="sync-settings" data-field="sync">
      <label>
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => void state.update({ syncEnabled: event.target.checked }).then(load)}
        />{' '}
        {t('syncEnabledLabel')}
      </label>
      {enabled && status && status.conflicts.length > 0 && (
        <div role="status" data-field="sync-conflicts">
          <ul>
            {status.conflicts.map((conflict) => (
              <li key={conflict.id}>
                {t(
                  conflict.kept === 'local' ? 'syncConflictKeptHere' : 'syncConflictKeptThere',
                  conflict.id === SETTINGS_SYNC_ID ? t('backupStoreSettings') : conflict.name,
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void sendMessage('dismissSyncConflicts', undefined).then(load)}>
            {t('syncConflictsSeen')}
          </button>
        </div>
      )}
      {enabled && status && status.refused.length > 0 && (
        <p className="error" data-field="sync-refused">
          {t(
            status.refused.some((each) => each.reason === 'no-room') ? 'syncLibraryTooLarge' : 'syncTemplateTooLarge',
            status.refused.map((each) => each.name).join(', '),
          )}
        </p>
      )}
    </div>
  );
}
