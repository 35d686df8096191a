import { useEffect, useMemo, useState } from 'react';
import { quoteSelectors } from '@/lib/page/selector-miss';
import { t } from '@/lib/i18n';
import { createEmitter } from '@/lib/emitter';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { pageActions } from '@/lib/page/page-actions';
import type { PageContextValue } from '@/lib/page/page-context';
import type { GmailFeed } from '@/lib/page/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import type { Suggestion } from '@/lib/clients/status';
import type { TemplateCategory } from '@/lib/templates/template';
import type { TaskInput } from '@/lib/tasks/task';
import type { DelayNotice, UnexpectedStart } from './unexpected-flow';
import { format } from 'date-fns';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from '@/lib/hooks/use-data-change';
import type { Colleague } from '@/lib/colleagues/colleague-schema';
import { useTimerContext } from '@/lib/hooks/use-timer';
import { useClientCard } from '@/lib/hooks/use-client-card';
import { ClientCard } from './client-card';
import { recipientOf, type InsertTarget } from './insert-target';
import { ThreadSummary } from './thread-summary';
import { TemplatePicker, type PickerRequest } from './template-picker';

interface Props {
  feed: GmailFeed;
  page: PageContextValue;
  /** Opens Today's form with a task drawn from the thread. */
  onMakeTask(task: TaskInput): void;
  /** Opens "Something unexpected" with the thread as what landed. */
  onUnexpected(start: UnexpectedStart): void;
  /** A moved task's delay notice to open, once its thread is the one on screen. */
  delayNotice?: DelayNotice;
  /** The notice's template is open: it waits no more. */
  onDelayNoticeOpened(): void;
}

// The template each suggestion of the client card opens.
const SUGGESTED_CATEGORY: Record<Suggestion, TemplateCategory> = {
  boundary: 'boundary',
  renegotiate: 'scope',
  end: 'ending',
};

/** What the sidebar shows in Gmail: the open thread and the templates to answer it. */
export function GmailPanel({ feed, page, onMakeTask, onUnexpected, delayNotice, onDelayNoticeOpened }: Props) {
  const { value, status } = feed.reading;
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  // What the rest of the sidebar asks of the picker: events, not state.
  const pickerRequests = useMemo(() => createEmitter<PickerRequest>(), []);
  // The colleagues a hand-off can name; none when they cannot be read (the fields stay to fill in).
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const loadColleagues = () => void sendMessage('listColleagues', undefined).then(setColleagues, () => undefined);
  useEffect(loadColleagues, []);
  useDataChange('colleagues', loadColleagues);
  useEffect(
    () => page.connection.onFocusTemplates(() => pickerRequests.emit({ kind: 'focus' })),
    [page.connection, pickerRequests],
  );
  const actions = useMemo(() => pageActions(page.connection), [page.connection]);
  const timer = useTimerContext();

  const { thread, userName } = value;
  // A task for whoever `email` belongs to, when they are a client (the card lookup is the one
  // place that knows), opened in Today's form.
  const makeTask = async (email: string | undefined, title: string, link?: TaskInput['thread']) => {
    const card = email && (await sendMessage('getClientCard', { email }).catch(() => null));
    onMakeTask({
      title,
      bucket: 'important',
      clientId: card ? card.client.id : undefined,
      estimateMinutes: 30,
      note: '',
      thread: link,
    });
  };
  // A timer for the thread: its client (when the other party is one) and its subject.
  const trackThread = async (email: string | undefined, subject: string, threadId: string) => {
    const card = email && (await sendMessage('getClientCard', { email }).catch(() => null));
    await timer?.start({
      clientId: card ? card.client.id : null,
      description: subject.slice(0, 500),
      source: 'thread',
      ref: threadId,
    });
  };
  // The delay notice opens once its thread is on screen (a notice with no thread: at once).
  useEffect(() => {
    if (!delayNotice) return;
    if (delayNotice.thread && delayNotice.thread.threadId !== thread?.threadId) return;
    onDelayNoticeOpened();
    pickerRequests.emit({
      kind: 'open',
      category: delayNotice.template?.category ?? 'delay',
      values: delayNotice.template?.values ?? { task: delayNotice.taskTitle, deadline: delayNotice.newDate },
    });
  }, [delayNotice, onDelayNoticeOpened, pickerRequests, thread?.threadId]);
  // The card shows the thread's other party; outside a thread, whom the open compose is addressed to.
  const person = thread?.otherParty ?? feed.compose?.recipient;
  // The text is written for whom it goes to: the compose's recipient, not the thread's client
  // (the user may be writing to someone else in a popup); with no compose, a reply in the thread.
  const target = useMemo((): InsertTarget => {
    if (feed.compose) return { where: 'compose', ...feed.compose };
    if (value.route.name === 'thread') return { where: 'new-reply', recipient: thread?.otherParty };
    return { where: 'clipboard' };
  }, [feed.compose, value.route.name, thread?.otherParty]);
  const client = recipientOf(target);
  // What was agreed with whom the text is for (their card), and their weekly cap from Hours.
  const record = useClientCard(client?.email).card?.client;
  const agreement = useMemo(
    () => record && { ...record.agreement, weeklyHours: settings.hours.byClient[record.id]?.weekHours ?? null },
    [record, settings.hours],
  );
  // A user who writes in one language only gets it when the thread says none.
  const onlyLanguage = settings.languages?.length === 1 ? settings.languages[0] : undefined;
  const context = useMemo(
    () => ({
      client,
      me: { name: settings.myName || userName || '', signature: settings.signature },
      threadSubject: thread?.subject,
      week: { workDays: settings.workDays, daysOff: settings.daysOff },
      workHours: settings.gaps.workHours,
      agreement,
      colleagues,
    }),
    [client, thread?.subject, userName, settings, colleagues, agreement],
  );

  // Once Leeway gives up waiting for a part of the thread, it names the selector that failed.
  const unreadable = status === 'gave-up' && value.missing && (
    <p className="error" role="alert">
      {t('threadUnreadable', quoteSelectors(value.missing))}
    </p>
  );
  let summary;
  if (value.route.name !== 'thread') {
    summary = (
      <section>
        <h2>{t('gmailElsewhereHeading')}</h2>
        <p>{t('gmailElsewhereBody')}</p>
      </section>
    );
  } else if (thread) {
    const { threadId, subject, otherParty } = thread;
    summary = (
      <>
        <ThreadSummary thread={thread} complete={!value.missing} />
        {unreadable}
        {threadId && (
          <button
            type="button"
            className="make-task"
            onClick={() =>
              void makeTask(otherParty?.email, subject || t('noSubject'), {
                threadId,
                subject,
                accountPath: feed.accountPath,
              })
            }
          >
            {t('makeTask')}
          </button>
        )}
        {threadId && (
          <button
            type="button"
            className="make-task"
            onClick={() =>
              onUnexpected({
                title: subject || t('noSubject'),
                minutes: 60,
                by: format(new Date(), 'yyyy-MM-dd'),
                thread: { threadId, subject, accountPath: feed.accountPath },
              })
            }
          >
            {t('unexpectedHeading')}
          </button>
        )}
        {threadId && timer && (
          <button
            type="button"
            className="make-task"
            onClick={() => void trackThread(otherParty?.email, subject || t('noSubject'), threadId)}
          >
            {t('timerFromThread')}
          </button>
        )}
      </>
    );
  } else {
    summary = unreadable || <p className="muted">{t('readingThread')}</p>;
  }

  // A compose outside a thread (a new message): a task for its recipient, its title to write.
  const composeRecipient = !thread && feed.compose?.recipient;

  return (
    <>
      {summary}
      {composeRecipient && (
        <button type="button" className="make-task" onClick={() => void makeTask(composeRecipient.email, '')}>
          {t('makeTask')}
        </button>
      )}
      {person && (
        <ClientCard
          key={person.email}
          person={person}
          thread={thread && { id: thread.threadId, subject: thread.subject }}
          accountPath={feed.accountPath}
          onSuggestion={(suggestion) => pickerRequests.emit({ kind: 'open', category: SUGGESTED_CATEGORY[suggestion] })}
        />
      )}
      <TemplatePicker
        actions={actions}
        target={target}
        threadKey={thread && `${thread.otherParty?.email ?? ''} ${thread.subject}`}
        context={context}
        language={agreement?.language ?? thread?.language ?? onlyLanguage}
        formality={agreement?.formality}
        requests={pickerRequests}
      />
    </>
  );
}
