import { FIRST_CALENDAR_ACCOUNT } from '@/lib/calendar/routes';
import { useState } from 'react';
import { format } from 'date-fns';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { WorkWeek } from '@/lib/work-week/working-day';
import { giveWay, type GiveWay, type Move } from '@/lib/tasks/give-way';
import type { Task, TaskThread } from '@/lib/tasks/task';
import type { TemplateCategory } from '@/lib/templates/template';
import type { DraftRecipient } from './template-picker';
import { GiveWayProposal } from './give-way-proposal';
import { UnexpectedForm, type Unexpected } from './unexpected-form';
import { IncidentForm } from './incident-form';
import { errorMessage } from '@/lib/error-message';

/** What the delay notice of a moved task says, and to whom. */
export interface DelayNotice {
  clientName: string;
  taskTitle: string;
  newDate: string;
  thread?: TaskThread;
  /** Another message than the delay notice ("I'm out": hand-off or interruption), with its fields. */
  template?: { category: TemplateCategory; values: Record<string, string> };
  /** With no thread: the client to write to in a new email (known from a Calendar event). */
  to?: DraftRecipient;
}

export interface UnexpectedStart extends Unexpected {
  /** The thread it came from: the new task links back to it. */
  thread?: TaskThread;
}

interface Props {
  start: UnexpectedStart;
  tasks: Task[];
  week: WorkWeek;
  clientNames: Map<string, string>;
  /** Opens the delay notice, ready to send; where there is no template picker, undefined. */
  onDelayNotice?(notice: DelayNotice): void;
  onClose(): void;
}

/** Ask what landed, show what can give way, and on "accept" make the task and move the others. */
export function UnexpectedFlow({ start, tasks, week, clientNames, onDelayNotice, onClose }: Props) {
  const [asked, setAsked] = useState<Unexpected>();
  const [proposal, setProposal] = useState<{ result: GiveWay; calendarPath: string }>();
  const [moved, setMoved] = useState<Move[]>();
  const [problem, setProblem] = useState<string>();
  const [incident, setIncident] = useState<'open' | 'saved'>();

  async function propose(unexpected: Unexpected) {
    try {
      const now = new Date();
      const today = format(now, 'yyyy-MM-dd');
      const from = today <= unexpected.by ? today : unexpected.by;
      const known = await sendMessage('getCalendarBuffers', { from, to: unexpected.by });
      setAsked(unexpected);
      setProposal({
        result: giveWay({ minutes: unexpected.minutes, by: unexpected.by }, tasks, known.buffers, week, now),
        calendarPath: known.accountPath ?? FIRST_CALENDAR_ACCOUNT,
      });
      setProblem(undefined);
    } catch (err) {
      setProblem(t('taskError', errorMessage(err)));
    }
  }

  async function accept(unexpected: Unexpected, result: GiveWay) {
    try {
      await sendMessage('createTask', {
        task: {
          title: unexpected.title,
          bucket: 'urgent',
          due: unexpected.by,
          estimateMinutes: unexpected.minutes,
          note: '',
          thread: start.thread,
        },
      });
      if (result.moves.length > 0)
        await sendMessage('rescheduleTasks', {
          moves: result.moves.map(({ task, newDate }) => ({ id: task.id, newDate })),
        });
      setMoved(result.moves);
      setProblem(undefined);
    } catch (err) {
      setProblem(t('taskError', errorMessage(err)));
    }
  }

  const notices = (moved ?? []).flatMap(({ task, newDate }) => {
    const clientName = task.clientId && clientNames.get(task.clientId);
    return clientName ? [{ clientName, taskTitle: task.title, newDate, thread: task.thread }] : [];
  });

  return (
    <div className="unexpected">
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {moved ? (
        <section aria-labelledby="leeway-unexpected-done" data-field="unexpected-done">
          <h3 id="leeway-unexpected-done">{t('unexpectedAccepted')}</h3>
          {notices.length > 0 && <p>{t('unexpectedTellClients')}</p>}
          <ul>
            {notices.map((notice) => (
              <li key={`${notice.taskTitle} ${notice.clientName}`}>
                {onDelayNotice ? (
                  <button type="button" onClick={() => onDelayNotice(notice)}>
                    {t('writeDelayNotice', [notice.clientName, notice.taskTitle])}
                  </button>
                ) : (
                  <span>{t('delayNoticeFromGmail', [notice.clientName, notice.taskTitle])}</span>
                )}
              </li>
            ))}
          </ul>
          {incident === 'open' && asked ? (
            <IncidentForm
              initial={{
                what: asked.title,
                minutesLost: asked.minutes,
                taskIds: moved.map(({ task }) => task.id),
              }}
              onSaved={() => setIncident('saved')}
              onCancel={() => setIncident(undefined)}
            />
          ) : (
            <div className="actions">
              {incident === 'saved' ? (
                <p role="status">{t('incidentSaved')}</p>
              ) : (
                <button type="button" onClick={() => setIncident('open')}>
                  {t('recordIncident')}
                </button>
              )}
              <button type="button" onClick={onClose}>
                {t('closeButton')}
              </button>
            </div>
          )}
        </section>
      ) : asked && proposal ? (
        <GiveWayProposal
          unexpected={asked}
          proposal={proposal.result}
          calendarPath={proposal.calendarPath}
          onAccept={() => void accept(asked, proposal.result)}
          onCancel={onClose}
        />
      ) : (
        <UnexpectedForm initial={start} onSubmit={(unexpected) => void propose(unexpected)} onCancel={onClose} />
      )}
    </div>
  );
}
