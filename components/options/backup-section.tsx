import { useEffect, useState, type FormEvent } from 'react';
import { MAX_BACKUP_BYTES, type ImportMode, type StoreReport } from '@/lib/backup/backup-file';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { SettingsState } from '@/lib/hooks/use-settings';
import { errorMessage } from '@/lib/error-message';

const STORE_LABELS: Record<StoreReport['store'], MessageKey> = {
  templates: 'backupStoreTemplates',
  templateUsage: 'backupStoreTemplateUsage',
  clients: 'backupStoreClients',
  flags: 'backupStoreFlags',
  tasks: 'backupStoreTasks',
  calendarDays: 'backupStoreCalendarDays',
  incidents: 'backupStoreIncidents',
  colleagues: 'backupStoreColleagues',
  timeEntries: 'backupStoreTimeEntries',
  settings: 'backupStoreSettings',
};

/** Saves `text` as a file in the user's downloads, from the page (no "downloads" permission). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download a backup of everything; import one, replacing or merging, with what it did store by store. */
export function BackupSection({ state }: { state: SettingsState }) {
  const [lastAt, setLastAt] = useState<number | null>();
  const [exported, setExported] = useState<string>();
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [reports, setReports] = useState<StoreReport[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendMessage('getLastBackupAt', undefined).then(setLastAt, (err: unknown) => setError(errorMessage(err)));
  }, []);

  const exportNow = async () => {
    setError(undefined);
    try {
      const { text, left } = await sendMessage('exportBackup', undefined);
      const name = `leeway-backup-${new Date().toISOString().slice(0, 10)}.json`;
      download(text, name);
      setExported(
        left > 0 ? `${t('backupExported', name)} ${t('backupLeftOut', String(left))}` : t('backupExported', name),
      );
      setLastAt(Date.now());
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const importNow = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setReports(undefined);
    if (!file) return setError(t('backupChooseFile'));
    // Refused before it is read: the page would hold it twice, then send it to the background.
    if (file.size > MAX_BACKUP_BYTES) {
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
      return setError(`${t('backupTooLarge', [mb(file.size), mb(MAX_BACKUP_BYTES)])} ${t('backupNothingChanged')}`);
    }
    setBusy(true);
    try {
      setReports(await sendMessage('importBackup', { text: await file.text(), mode }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const date = (at: number) =>
    new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long', timeStyle: 'short' }).format(at);

  return (
    <div className="backup">
      <p data-field="last-backup">{lastAt ? t('backupLast', date(lastAt)) : lastAt === null && t('backupNever')}</p>
      <button type="button" onClick={() => void exportNow()}>
        {t('backupExport')}
      </button>
      {exported && <p role="status">{exported}</p>}
      {state.settings && (
        <label className="backup-reminder-days">
          {t('backupReminderLabel')}{' '}
          <input
            type="number"
            min={0}
            max={90}
            key={state.settings.backupReminderDays}
            defaultValue={state.settings.backupReminderDays}
            onBlur={(event) => {
              const days = Number(event.target.value);
              if (days !== state.settings?.backupReminderDays) void state.update({ backupReminderDays: days });
            }}
          />
        </label>
      )}

      <form onSubmit={(event) => void importNow(event)} aria-labelledby="backup-import-title">
        <h3 id="backup-import-title">{t('backupImportHeading')}</h3>
        <label>
          {t('backupImportFile')}{' '}
          <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <fieldset>
          <legend>{t('backupModeLegend')}</legend>
          {(['merge', 'replace'] as const).map((each) => (
            <label key={each}>
              <input type="radio" name="backup-mode" checked={mode === each} onChange={() => setMode(each)} />{' '}
              {t(each === 'merge' ? 'backupModeMerge' : 'backupModeReplace')}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          {t('backupImport')}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {reports && (
        <div role="status" className="backup-report">
          <p>{t('backupImported')}</p>
          <ul>
            {reports.map((report) => (
              <li key={report.store} data-store={report.store}>
                {t('backupReportLine', [
                  t(STORE_LABELS[report.store]),
                  String(report.added),
                  String(report.updated),
                  String(report.kept),
                  String(report.joined),
                  String(report.removed),
                ])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
