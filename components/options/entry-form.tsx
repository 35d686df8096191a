import { format } from 'date-fns';
import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { Client } from '@/lib/clients/client-schema';
import type { TimeEntry } from '@/lib/hours/time-entry-schema';
import { instant, timeAfter } from '@/lib/hours/time-of-day';

/** What the form gives back: the details and the span, `end` null for the running timer. */
export interface EntryFormValue {
  clientId: string | null;
  description: string;
  start: number;
  end: number | null;
}

const day = (ms: number) => format(ms, 'yyyy-MM-dd');
const clock = (ms: number) => format(ms, 'HH:mm');

/**
 * Time added or changed by hand: client, what, the day, start and end. An end at or before the
 * start is read as the next day (work past midnight). The running timer has no end to set.
 */
export function EntryForm({
  entry,
  clients,
  label,
  onSave,
  onCancel,
}: {
  entry?: TimeEntry;
  clients: Client[];
  label: string;
  onSave(value: EntryFormValue): Promise<void>;
  onCancel(): void;
}) {
  const now = Date.now();
  const running = entry !== undefined && entry.end === null;
  const [clientId, setClientId] = useState(entry?.clientId ?? '');
  const [description, setDescription] = useState(entry?.description ?? '');
  const [date, setDate] = useState(day(entry?.start ?? now - 3_600_000));
  const [start, setStart] = useState(clock(entry?.start ?? now - 3_600_000));
  const [end, setEnd] = useState(entry?.end ? clock(entry.end) : clock(now));

  const submit = () => {
    const from = instant(date, start);
    const to = running ? null : timeAfter(from, end);
    return onSave({ clientId: clientId || null, description: description.trim(), start: from, end: to });
  };
  return (
    <form
      className="entry-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('taskClientLabel')}
        <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
          <option value="">{t('timerNoClient')}</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('entryDescription')}
        <input value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        {t('entryDate')}
        <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t('entryStart')}
        <input type="time" required value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      {!running && (
        <label>
          {t('entryEnd')}
          <input type="time" required value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
      )}
      <div className="row-actions">
        <button type="submit">{t('saveButton')}</button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </form>
  );
}
