import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { t } from '@/lib/i18n';
import type { PageStore } from '@/lib/dom/watch-page';
import type { GmailComposer } from '@/lib/gmail/composer';
import type { GmailPageState } from '@/lib/gmail/watch-thread';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { defaultSettings } from '@/lib/settings/settings';
import type { SubscribeToClientChanges } from '@/lib/clients/client-changes';
import type { Suggestion } from '@/lib/clients/status';
import type { TemplateCategory } from '@/lib/templates/template';
import { ClientCard } from './client-card';
import { ThreadSummary } from './thread-summary';
import { TemplatePicker } from './template-picker';

interface Props {
  store: PageStore<GmailPageState>;
  composer: GmailComposer;
  onClientChanges: SubscribeToClientChanges;
}

// The template each suggestion of the client card opens.
const SUGGESTED_CATEGORY: Record<Suggestion, TemplateCategory> = {
  boundary: 'boundary',
  renegotiate: 'scope',
  end: 'ending',
};

/** What the sidebar shows in Gmail: the open thread and the templates to answer it. */
export function GmailPanel({ store, composer, onClientChanges }: Props) {
  const { value, status } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const [focusRequest, setFocusRequest] = useState(0);
  const [templateRequest, setTemplateRequest] = useState<{ category: TemplateCategory; n: number }>();
  const [composeFocus, setComposeFocus] = useState(0);
  useEffect(() => composer.onShortcut(() => setFocusRequest((n) => n + 1)), [composer]);
  useEffect(() => composer.onComposeFocus(() => setComposeFocus((n) => n + 1)), [composer]);

  const { thread, userName } = value;
  // The client is the thread's other party; outside a thread, whom the open compose is addressed to.
  const recipient = useMemo(
    () => (thread ? undefined : composer.recipient()),
    [thread, composer, composeFocus, value.route],
  );
  const person = thread?.otherParty ?? recipient;
  const context = useMemo(
    () => ({
      client: thread?.otherParty,
      me: { name: settings.myName || userName || '', signature: settings.signature },
      threadSubject: thread?.subject,
      week: { workDays: settings.workDays, daysOff: settings.daysOff },
    }),
    [thread?.otherParty, thread?.subject, userName, settings],
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
    summary = <ThreadSummary thread={thread} />;
  } else if (status === 'gave-up') {
    summary = (
      <p className="error" role="alert">
        {t('threadUnreadable')}
      </p>
    );
  } else {
    summary = <p className="muted">{t('readingThread')}</p>;
  }

  return (
    <>
      {summary}
      {person && (
        <ClientCard
          key={person.email}
          person={person}
          thread={thread && { id: thread.threadId, subject: thread.subject }}
          onClientChanges={onClientChanges}
          onSuggestion={(suggestion) =>
            setTemplateRequest((r) => ({ category: SUGGESTED_CATEGORY[suggestion], n: (r?.n ?? 0) + 1 }))
          }
        />
      )}
      <TemplatePicker
        composer={composer}
        context={context}
        language={thread?.language}
        focusRequest={focusRequest}
        templateRequest={templateRequest}
      />
    </>
  );
}
