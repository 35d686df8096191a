import { useEffect, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { pageActions } from '@/lib/page/page-actions';
import type { PageContextValue } from '@/lib/page/page-context';
import type { GmailFeed } from '@/lib/page/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import type { Suggestion } from '@/lib/clients/status';
import type { TemplateCategory } from '@/lib/templates/template';
import { ClientCard } from './client-card';
import { ThreadSummary } from './thread-summary';
import { TemplatePicker } from './template-picker';

interface Props {
  feed: GmailFeed;
  page: PageContextValue;
}

// The template each suggestion of the client card opens.
const SUGGESTED_CATEGORY: Record<Suggestion, TemplateCategory> = {
  boundary: 'boundary',
  renegotiate: 'scope',
  end: 'ending',
};

/** What the sidebar shows in Gmail: the open thread and the templates to answer it. */
export function GmailPanel({ feed, page }: Props) {
  const { value, status } = feed.reading;
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const [focusRequest, setFocusRequest] = useState(0);
  const [templateRequest, setTemplateRequest] = useState<{ category: TemplateCategory; n: number }>();
  useEffect(() => page.connection.onFocusTemplates(() => setFocusRequest((n) => n + 1)), [page.connection]);
  const actions = useMemo(() => pageActions(page.connection), [page.connection]);

  const { thread, userName } = value;
  // The client is the thread's other party; outside a thread, whom the open compose is addressed to.
  const person = thread?.otherParty ?? feed.recipient;
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
          accountPath={feed.accountPath}
          onSuggestion={(suggestion) =>
            setTemplateRequest((r) => ({ category: SUGGESTED_CATEGORY[suggestion], n: (r?.n ?? 0) + 1 }))
          }
        />
      )}
      <TemplatePicker
        actions={actions}
        recipient={feed.recipient}
        context={context}
        language={thread?.language}
        focusRequest={focusRequest}
        templateRequest={templateRequest}
      />
    </>
  );
}
