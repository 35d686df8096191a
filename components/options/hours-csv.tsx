import { addDays, format, startOfMonth } from 'date-fns';
import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { errorMessage } from '@/lib/error-message';
import { parseIsoDay } from '@/lib/work-week/working-day';

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const startOf = (value: string) => parseIsoDay(value)?.getTime() ?? NaN;

/** Saves text as a file through the browser's own download (no permission needed). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export a range as CSV; import a Toggl or Clockify CSV export, all of it or nothing. */
export function HoursCsv() {
  const [from, setFrom] = useState(() => day(startOfMonth(new Date())));
  const [to, setTo] = useState(() => day(new Date()));
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const exportCsv = async () => {
    try {
      const text = await sendMessage('exportTimeEntriesCsv', {
        start: startOf(from),
        end: addDays(startOf(to), 1).getTime(),
      });
      download(text, `leeway-hours-${from}-${to}.csv`);
      setMessage(undefined);
    } catch (err) {
      setMessage({ text: t('csvExportFailed', errorMessage(err)), error: true });
    }
  };
  const importCsv = async (file: File) => {
    try {
      const { imported } = await sendMessage('importTimeEntriesCsv', { text: await file.text() });
      setMessage({ text: t('csvImported', String(imported)), error: false });
    } catch (err) {
      setMessage({ text: t('csvImportFailed', errorMessage(err)), error: true });
    }
  };

  return (
    <fieldset>
      <legend>{t('csvHeading')}</legend>
      <div className="row">
        <label>
          {t('csvFrom')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('csvTo')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" disabled={!from || !to || from > to} onClick={() => void exportCsv()}>
          {t('csvExport')}
        </button>
      </div>
      <label className="setting-row">
        <span>{t('csvImport')}</span>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importCsv(file);
          }}
        />
      </label>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
