import { t } from '@/lib/i18n';
import type { ThreadContext } from '@/lib/gmail/read-thread';

/** The open thread as read; `complete` is false while a part of it is not found (yet). */
export function ThreadSummary({ thread, complete }: { thread: ThreadContext; complete: boolean }) {
  const { otherParty } = thread;
  return (
    <section aria-labelledby="leeway-thread-heading">
      <h2 id="leeway-thread-heading">{t('threadHeading')}</h2>
      <dl className="facts">
        {/* "Only you wrote" is said of a thread read whole, never of unread message headers. */}
        {(otherParty || complete) && (
          <>
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
          </>
        )}
        <dt>{t('subjectLabel')}</dt>
        <dd data-field="subject">{thread.subject || t('noSubject')}</dd>
        <dt>{t('threadIdLabel')}</dt>
        <dd data-field="thread-id">{thread.threadId ?? <span className="muted">{t('threadIdPending')}</span>}</dd>
      </dl>
    </section>
  );
}
