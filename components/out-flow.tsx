import { useState } from 'react';
import { format } from 'date-fns';
import { t, uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { errorMessage } from '@/lib/error-message';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { backOn, clientsAffected, daysBetween, withDaysOff, type AffectedClient } from '@/lib/tasks/out-days';
import type { DraftRecipient } from './template-picker';
import type { Task } from '@/lib/tasks/task';
import type { Colleague } from '@/lib/colleagues/colleague-schema';
import type { DelayNotice } from './unexpected-flow';
import { FormFooter } from './form-footer';

/** "Monday, November 30" / "mardi 1er décembre": the days of an absence, written out. */
function longDay(day: string): string {
  const language = uiLanguage();
  const text = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${day}T12:00:00`),
  );
  return language.startsWith('fr') ? text.replace(/^(\S+) 1 /, '$1 1er ') : text;
}

interface Props {
  tasks: Task[];
  /** Opens the client's message in their thread, where a template picker can show it (Gmail). */
  onNotice?(notice: DelayNotice): void;
  onClose(): void;
}

interface Marked {
  from: string;
  to: string;
  back: string;
  clients: AffectedClient[];
  /** Each client's name, first address and agreement: for a new email when there is no thread. */
  people: Map<string, DraftRecipient>;
  /** Some clients come from Calendar's events, as it last showed them. */
  fromEvents: boolean;
  /** Who takes over: with one, each client gets the hand-off; without, the interruption notice. */
  colleague?: Colleague;
}

/**
 * "I'm out" (a sick day, an outage): the days picked become days off, then each client with a
 * task due in them, or named in a Calendar event in them, is listed with its message (hand-off
 * to a colleague, or interruption) ready: in the task's thread, else in a new email to them.
 */
export function OutFlow({ tasks, onNotice, onClose }: Props) {
  const settingsState = useSettingsContext();
  const today = format(new Date(), 'yyyy-MM-dd');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [problem, setProblem] = useState<string>();
  const [marked, setMarked] = useState<Marked>();

  async function markOut() {
    const days = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && daysBetween(from, to);
    if (!days) return setProblem(t('outNeedsDays'));
    try {
      const current = await sendMessage('getSettings', undefined);
      const saved = await sendMessage('updateSettings', { daysOff: withDaysOff(current.daysOff, days) });
      // This view's own settings follow too (the background tells the other views).
      void settingsState?.update({ daysOff: saved.daysOff });
      const [colleagues, events, { ranking }] = await Promise.all([
        sendMessage('listColleagues', undefined).catch((): Colleague[] => []),
        sendMessage('getClientEvents', { from, to }),
        sendMessage('rankClients', undefined),
      ]);
      const people = new Map(
        ranking.map(({ client }) => [
          client.id,
          { person: { name: client.name, email: client.addresses[0] ?? '' }, agreement: client.agreement },
        ]),
      );
      setMarked({
        from,
        to,
        back: backOn(to, { workDays: saved.workDays, daysOff: saved.daysOff }),
        clients: clientsAffected(tasks, events, from, to),
        people,
        fromEvents: events.length > 0,
        colleague: colleagues[0],
      });
      setProblem(undefined);
    } catch (err) {
      setProblem(t('taskError', errorMessage(err)));
    }
  }

  const notice = (marked: Marked, client: AffectedClient, name: string): DelayNotice => ({
    clientName: name,
    taskTitle: client.tasks[0]?.title ?? client.events[0]?.title ?? '',
    newDate: marked.back,
    thread: client.thread,
    // No thread to answer in (a client known from an event, a task made by hand): a new email.
    to: client.thread ? undefined : marked.people.get(client.clientId),
    template: marked.colleague
      ? { category: 'handoff', values: { from: marked.from, until: marked.back } }
      : { category: 'interruption', values: { backBy: marked.back } },
  });

  if (marked)
    return (
      <section className="out-flow" aria-labelledby="leeway-out-done" data-field="out-done">
        <h3 id="leeway-out-done">
          {marked.from === marked.to
            ? t('outMarkedOne', longDay(marked.from))
            : t('outMarked', [longDay(marked.from), longDay(marked.to)])}
        </h3>
        {marked.clients.length === 0 ? (
          <p>{t('outNoClients')}</p>
        ) : (
          <>
            <p>
              {t(marked.colleague ? 'outTellClientsHandoff' : 'outTellClientsInterruption', marked.colleague?.name)}
            </p>
            <ul data-field="out-clients">
              {marked.clients.map((client) => {
                const name = marked.people.get(client.clientId)?.person.name ?? client.clientId;
                const what = [...client.tasks.map((task) => task.title), ...client.events.map((event) => event.title)];
                return (
                  <li key={client.clientId}>
                    <span className="task-title">{name}</span> <span className="muted">{what.join(', ')}</span>{' '}
                    {onNotice ? (
                      <button type="button" onClick={() => onNotice(notice(marked, client, name))}>
                        {t(client.thread ? 'outWriteTo' : 'outWriteNewEmail', name)}
                      </button>
                    ) : (
                      <span>{t('outFromGmail', name)}</span>
                    )}
                  </li>
                );
              })}
            </ul>
            {marked.fromEvents && <p className="muted">{t('outEventsNote')}</p>}
          </>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('closeButton')}
          </button>
        </div>
      </section>
    );

  return (
    <form
      className="unexpected-form"
      aria-label={t('outHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        void markOut();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h3>{t('outHeading')}</h3>
      <p className="muted">{t('outHelp')}</p>
      <label className="field">
        <span>{t('outFrom')}</span>
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('outTo')}</span>
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <FormFooter problem={problem} submitLabel={t('outSubmit')} onCancel={onClose} />
    </form>
  );
}
