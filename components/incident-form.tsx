import { useEffect, useState } from 'react';
import { format } from 'date-fns';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { ClientRanking } from '@/lib/clients/card';
import type { IncidentInput } from '@/lib/incidents/incident-schema';
import { errorMessage } from '@/lib/error-message';
import { FormFooter } from './form-footer';

type IncidentStart = Partial<Pick<IncidentInput, 'clientId' | 'what' | 'minutesLost' | 'taskIds'>>;

interface Props {
  initial: IncidentStart;
  onSaved(): void;
  onCancel(): void;
}

/** What went wrong, the article's three questions, and what to change next time. */
export function IncidentForm({ initial, onSaved, onCancel }: Props) {
  const [date, setDate] = useState(format(new Date(), 'yyyy-MM-dd'));
  const [clientId, setClientId] = useState(initial.clientId ?? '');
  const [what, setWhat] = useState(initial.what ?? '');
  const [minutes, setMinutes] = useState(String(initial.minutesLost ?? 30));
  const [overloaded, setOverloaded] = useState(false);
  const [couldAnticipate, setCouldAnticipate] = useState(false);
  const [infoTooLate, setInfoTooLate] = useState(false);
  const [change, setChange] = useState('');
  const [clients, setClients] = useState<ClientRanking[]>([]);
  const [problem, setProblem] = useState<string>();
  useEffect(
    () =>
      void sendMessage('rankClients', undefined).then(
        ({ ranking }) => setClients(ranking),
        () => setClients([]),
      ),
    [],
  );

  const question = (label: string, checked: boolean, set: (value: boolean) => void) => (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );

  // Never rejects: what went wrong is shown as the form's problem.
  const save = async () => {
    if (!what.trim()) return setProblem(t('incidentNeedsWhat'));
    try {
      await sendMessage('recordIncident', {
        incident: {
          date,
          clientId: clientId || undefined,
          what: what.trim(),
          minutesLost: Number(minutes) || 0,
          overloaded,
          couldAnticipate,
          infoTooLate,
          change,
          taskIds: initial.taskIds ?? [],
        },
      });
      onSaved();
    } catch (err) {
      setProblem(t('incidentError', errorMessage(err)));
    }
  };

  return (
    <form
      className="incident-form"
      aria-label={t('incidentFormHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3>{t('incidentFormHeading')}</h3>
      <label className="field">
        <span>{t('incidentWhat')}</span>
        <textarea autoFocus rows={2} value={what} onChange={(e) => setWhat(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('incidentDate')}</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('taskClientLabel')}</span>
        <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
          <option value="">{t('taskNoClient')}</option>
          {clients.map(({ client }) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('incidentMinutesLost')}</span>
        <input type="number" min={0} max={6000} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('incidentQuestions')}</legend>
        {question(t('incidentOverloaded'), overloaded, setOverloaded)}
        {question(t('incidentCouldAnticipate'), couldAnticipate, setCouldAnticipate)}
        {question(t('incidentInfoTooLate'), infoTooLate, setInfoTooLate)}
      </fieldset>
      <label className="field">
        <span>{t('incidentChange')}</span>
        <textarea rows={2} value={change} onChange={(e) => setChange(e.target.value)} />
      </label>
      {(initial.taskIds?.length ?? 0) > 0 && (
        <p className="muted">{t('incidentLinkedTasks', String(initial.taskIds!.length))}</p>
      )}
      <FormFooter problem={problem} submitLabel={t('saveIncident')} onCancel={onCancel} />
    </form>
  );
}
