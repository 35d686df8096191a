import { useCallback, useEffect, useState } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from '@/lib/hooks/use-data-change';
import { formatMinutes } from '@/lib/gaps/format';
import type { Incident } from '@/lib/incidents/incident-schema';
import { formatDay } from '../task-item';
import { errorMessage } from '@/lib/error-message';

/** Every incident recorded, the latest first, with its answers and what to change. */
export function IncidentLog() {
  const [incidents, setIncidents] = useState<Incident[]>();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [taskTitles, setTaskTitles] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string>();
  const language = uiLanguage();

  const load = useCallback(async () => {
    try {
      const [log, { ranking }, tasks] = await Promise.all([
        sendMessage('listIncidents', undefined),
        sendMessage('rankClients', undefined),
        sendMessage('listTasks', undefined),
      ]);
      setIncidents(log);
      setTaskTitles(new Map(tasks.map((task) => [task.id, task.title])));
      setNames(new Map(ranking.map(({ client }) => [client.id, client.name])));
      setError(undefined);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);
  useDataChange('incidents', () => void load());

  return (
    <section aria-labelledby="incident-log-title" className="incident-log">
      <h3 id="incident-log-title">{t('incidentLogHeading')}</h3>
      {error && (
        <p role="alert" className="error">
          {t('incidentError', error)}
        </p>
      )}
      {incidents?.length === 0 && <p className="muted">{t('incidentLogEmpty')}</p>}
      <ul>
        {incidents?.map((incident) => {
          const answers = [
            incident.overloaded && t('incidentOverloaded'),
            incident.couldAnticipate && t('incidentCouldAnticipate'),
            incident.infoTooLate && t('incidentInfoTooLate'),
          ].filter(Boolean);
          return (
            <li key={incident.id} className="incident">
              <strong>{formatDay(incident.date)}</strong>
              {incident.clientId && names.get(incident.clientId) && <> · {names.get(incident.clientId)}</>} ·{' '}
              {t('incidentLost', formatMinutes(incident.minutesLost, language))}
              <p className="note">{incident.what}</p>
              {answers.length > 0 && <p className="muted">{answers.join(' · ')}</p>}
              {incident.change && <p>{t('incidentChangeShown', incident.change)}</p>}
              {incident.taskIds.some((id) => taskTitles.has(id)) && (
                <p data-field="incident-tasks">
                  {t('incidentMovedTasks', incident.taskIds.flatMap((id) => taskTitles.get(id) ?? []).join(', '))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
