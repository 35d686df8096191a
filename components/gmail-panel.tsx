import { useEffect, useMemo, useState } from 'react';
import { quoteSelectors } from '@/lib/page/selector-miss';
import { t } from '@/lib/i18n';
import { createEmitter } from '@/lib/emitter';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { pageActions } from '@/lib/page/page-actions';
import type { PageContextValue } from '@/lib/page/page-context';
import type { GmailFeed } from '@/lib/page/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import { RESPONSE_TEMPLATE } from '@/lib/clients/responses';
import { gmailComposeUrl } from '@/lib/gmail/routes';
import { delayNoticeRequest } from './delay-notice-request';
import type { RenderedTemplate } from '@/lib/templates/render';
import type { TaskInput } from '@/lib/tasks/task';
import type { DelayNotice, UnexpectedStart } from './unexpected-flow';
import { format } from 'date-fns';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from '@/lib/hooks/use-data-change';
import type { Colleague } from '@/lib/colleagues/colleague-schema';
import { useTimerContext } from '@/lib/hooks/use-timer';
import { useClientCard } from '@/lib/hooks/use-client-card';
import { useFullDays } from '@/lib/hooks/use-full-days';
import { ClientCard } from './client-card';
import { recipientOf, type InsertTarget } from './insert-target';
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
  const fullDays = useFullDays();

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
    pickerRequests.emit(delayNoticeRequest(delayNotice));
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
  // A message that must not land in the thread (ending the engagement) opens as a new email,
  // in Gmail's own compose page, addressed to the client.
  const openNewDraft = (rendered: RenderedTemplate, to?: string) =>
    page.connection.call('openLink', { url: gmailComposeUrl(feed.accountPath, { to, ...rendered }) });
  const readSelection = useMemo(
    () => (value.route.name === 'thread' ? () => page.connection.call('readSelection', undefined) : undefined),
    [page.connection, value.route.name],
  );
  const context = useMemo(
    () => ({
      client,
      me: { name: settings.myName || userName || '', signature: settings.signature },
      threadSubject: thread?.subject,
      week: { workDays: settings.workDays, daysOff: settings.daysOff },
      workHours: settings.gaps.workHours,
      agreement,
      fullDays,
      colleagues,
    }),
    [client, thread?.subject, userName, settings, colleagues, agreement, fullDays],
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
    // Gmail shows the subject and the people already: the sidebar keeps what to do with the thread.
    summary = (
      <>
        {unreadable}
        {threadId && (
          <div className="thread-actions" data-field="thread" data-thread-id={threadId} data-subject={subject}>
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
            {timer && (
              <button
                type="button"
                className="make-task"
                onClick={() => void trackThread(otherParty?.email, subject || t('noSubject'), threadId)}
              >
                {t('timerFromThread')}
              </button>
            )}
          </div>
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
      {person && (
        <ClientCard
          key={person.email}
          person={person}
          thread={thread && { id: thread.threadId, subject: thread.subject }}
          accountPath={feed.accountPath}
          onRespond={(response) => pickerRequests.emit({ kind: 'open', category: RESPONSE_TEMPLATE[response] })}
          onEnding={() => pickerRequests.emit({ kind: 'open', category: 'ending', newDraft: true })}
          readSelection={readSelection}
        />
      )}
      {summary}
      {composeRecipient && (
        <button type="button" className="make-task" onClick={() => void makeTask(composeRecipient.email, '')}>
          {t('makeTask')}
        </button>
      )}
      <TemplatePicker
        actions={actions}
        target={target}
        threadKey={thread && `${thread.otherParty?.email ?? ''} ${thread.subject}`}
        context={context}
        language={agreement?.language ?? thread?.language ?? onlyLanguage}
        formality={agreement?.formality}
        requests={pickerRequests}
        onNewDraft={openNewDraft}
      />
    </>
  );
}
