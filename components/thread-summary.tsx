import { t } from '@/lib/i18n';
import type { ThreadContext } from '@/lib/gmail/read-thread';

export function ThreadSummary({ thread }: { thread: ThreadContext }) {
  const { otherParty } = thread;
  return (
    <section aria-labelledby="leeway-thread-heading">
      <h2 id="leeway-thread-heading">{t('threadHeading')}</h2>
      <dl className="facts">
        <dt>{t('otherPartyLabel')}</dt>
        <dd data-field="other-party">
          {otherParty ? (
            <>
              <span className="person-name">{otherParty.name}</span>
              <span className="person-email">{otherParty.email}</span>
            </>
          ) : (
            <span className="muted">{t('onlyYouWrote')}</span>
          )}
        </dd>
        <dt>{t('subjectLabel')}</dt>
        <dd data-field="subject">{thread.subject || t('noSubject')}</dd>
        <dt>{t('threadIdLabel')}</dt>
        <dd data-field="thread-id">{thread.threadId ?? <span className="muted">{t('threadIdPending')}</span>}</dd>
      </dl>
    </section>
  );
}
