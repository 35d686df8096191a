import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { ClientRanking } from '@/lib/clients/card';
import { buckets, type TaskInput } from '@/lib/tasks/task';
import { bucketLabelKey } from './task-labels';
import { errorMessage } from '@/lib/error-message';
import { FormFooter } from './form-footer';

interface Props {
  /** The task edited, or what a new one starts from (a thread's subject and client). */
  initial: TaskInput;
  onSave(input: TaskInput): Promise<void>;
  onCancel(): void;
}

/** What a task records: title, bucket, client, due date, estimate, note; its thread stays as it was. */
export function TaskForm({ initial, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(initial.title);
  const [bucket, setBucket] = useState(initial.bucket);
  const [clientId, setClientId] = useState(initial.clientId ?? '');
  const [due, setDue] = useState(initial.due ?? '');
  const [estimate, setEstimate] = useState(String(initial.estimateMinutes));
  const [note, setNote] = useState(initial.note);
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

  // Never rejects: what went wrong is shown as the form's problem.
  const save = async () => {
    if (!title.trim()) return setProblem(t('taskNeedsTitle'));
    try {
      await onSave({
        title: title.trim(),
        bucket,
        clientId: clientId || undefined,
        due: due || undefined,
        estimateMinutes: Number(estimate) || 0,
        note,
        thread: initial.thread,
      });
    } catch (err) {
      setProblem(t('taskError', errorMessage(err)));
    }
  };

  return (
    <form
      className="task-form"
      aria-label={t('taskFormHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label className="field">
        <span>{t('taskTitleLabel')}</span>
        <input autoFocus value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('taskBucketLabel')}</span>
        <select value={bucket} onChange={(e) => setBucket(e.target.value as TaskInput['bucket'])}>
          {buckets.map((each) => (
            <option key={each} value={each}>
              {t(bucketLabelKey[each])}
            </option>
          ))}
        </select>
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
        <span>{t('taskDueLabel')}</span>
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('taskEstimateLabel')}</span>
        <input
          type="number"
          min={0}
          max={6000}
          step={5}
          value={estimate}
          onChange={(e) => setEstimate(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('noteLabel')}</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {initial.thread && <p className="muted">{t('taskFromThread', initial.thread.subject || t('noSubject'))}</p>}
      <FormFooter problem={problem} submitLabel={t('saveTask')} onCancel={onCancel} />
    </form>
  );
}
