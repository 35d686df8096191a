import { format } from 'date-fns';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import { t, uiLanguage } from '@/lib/i18n';
import type { Client } from '@/lib/clients/client-schema';
import { formatMinutes } from '@/lib/gaps/format';
import { useDataChange } from '@/lib/hooks/use-data-change';
import type { TimeEntry } from '@/lib/hours/time-entry-schema';
import { timeAfter } from '@/lib/hours/time-of-day';
import { endOf } from '@/lib/hours/timer';
import { weekRange } from '@/lib/hours/totals';
import { sendMessage } from '@/lib/messaging';
import { EntryForm, type EntryFormValue } from './entry-form';

/** What the list is doing: nothing, adding, editing or splitting one entry. */
type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit' | 'split'; entry: TimeEntry };

/**
 * This week's entries, to put right after the fact: add time, edit one, split one in two,
 * delete one. `onChanged` tells the rest of the page (the report) that the entries changed.
 */
export function WeekEntries({ onChanged }: { onChanged(): void }) {
  const [entries, setEntries] = useState<TimeEntry[]>();
  const [clients, setClients] = useState<Client[]>([]);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [splitAt, setSplitAt] = useState('');
  const [error, setError] = useState<string>();
  const language = uiLanguage();

  const load = useCallback(async () => {
    try {
      const [listed, { ranking }] = await Promise.all([
        sendMessage('listTimeEntries', weekRange(Date.now())),
        sendMessage('rankClients', undefined),
      ]);
      setEntries(listed);
      setClients(ranking.map((r) => r.client).filter((c) => c.status !== 'ended'));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);
  useDataChange('timeEntries', () => void load());

  /** Runs a change; the list and the report follow, or the reason it was refused shows. */
  const change = async (write: () => Promise<unknown>) => {
    try {
      await write();
      setError(undefined);
      setMode({ kind: 'list' });
      onChanged();
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const details = (value: EntryFormValue) => ({
    clientId: value.clientId,
    description: value.description,
  });

  const names = new Map(clients.map((c) => [c.id, c.name]));
  const dayTime = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  const time = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' });
  const now = Date.now();
  const week = weekRange(now);

  return (
    <fieldset>
      <legend>
        {t('entriesHeading')} (
        {new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).formatRange(week.start, week.end - 1)})
      </legend>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries?.length === 0 && <p className="muted">{t('entriesNone')}</p>}
      <ul className="week-entries" aria-label={t('entriesHeading')}>
        {entries?.map((entry) => (
          <li key={entry.id}>
            <span data-field="entry">
              {entry.end === null
                ? t('entryRunning', dayTime.format(entry.start))
                : `${dayTime.format(entry.start)} – ${time.format(entry.end)}`}
              {' · '}
              {formatMinutes((endOf(entry, now) - entry.start) / 60_000, language)}
              {' · '}
              {entry.clientId ? (names.get(entry.clientId) ?? t('timerNoClient')) : t('timerNoClient')}
              {entry.description && ` · ${entry.description}`}
            </span>
            <span className="row-actions">
              <button type="button" onClick={() => setMode({ kind: 'edit', entry })}>
                {t('entryEdit')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setSplitAt(format(entry.start + (endOf(entry, now) - entry.start) / 2, 'HH:mm'));
                  setMode({ kind: 'split', entry });
                }}
              >
                {t('entrySplit')}
              </button>
              <button type="button" onClick={() => void change(() => sendMessage('deleteTimeEntry', { id: entry.id }))}>
                {t('entryDelete')}
              </button>
            </span>
            {mode.kind === 'edit' && mode.entry.id === entry.id && (
              <EntryForm
                entry={entry}
                clients={clients}
                label={t('entryEditLabel')}
                onCancel={() => setMode({ kind: 'list' })}
                onSave={(value) =>
                  change(() =>
                    sendMessage('editTimeEntry', {
                      id: entry.id,
                      entry: {
                        ...details(value),
                        source: entry.source,
                        ref: entry.ref,
                        start: value.start,
                        end: value.end,
                      },
                    }),
                  )
                }
              />
            )}
            {mode.kind === 'split' && mode.entry.id === entry.id && (
              <form
                className="entry-form"
                aria-label={t('entrySplitLabel')}
                onSubmit={(event) => {
                  event.preventDefault();
                  // After the entry's start: past midnight, the next day's time.
                  const at = timeAfter(entry.start, splitAt);
                  void change(() => sendMessage('splitTimeEntry', { id: entry.id, at }));
                }}
              >
                <label>
                  {t('entrySplitAt')}
                  <input type="time" required value={splitAt} onChange={(e) => setSplitAt(e.target.value)} />
                </label>
                <div className="row-actions">
                  <button type="submit">{t('entrySplit')}</button>
                  <button type="button" onClick={() => setMode({ kind: 'list' })}>
                    {t('cancelButton')}
                  </button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      {mode.kind === 'add' ? (
        <EntryForm
          clients={clients}
          label={t('entryAddLabel')}
          onCancel={() => setMode({ kind: 'list' })}
          onSave={(value) =>
            change(() =>
              sendMessage('addTimeEntry', {
                entry: { ...details(value), source: 'manual', start: value.start, end: value.end ?? now },
              }),
            )
          }
        />
      ) : (
        <button type="button" onClick={() => setMode({ kind: 'add' })}>
          {t('entryAdd')}
        </button>
      )}
    </fieldset>
  );
}
