import { useSyncExternalStore } from 'react';
import { t } from '@/lib/i18n';
import type { PageStore } from '@/lib/dom/watch-page';
import type { GmailPageState } from '@/lib/gmail/watch-thread';
import { ThreadSummary } from './thread-summary';

/** What the sidebar shows in Gmail: the open thread, or what Leeway can do elsewhere. */
export function GmailPanel({ store }: { store: PageStore<GmailPageState> }) {
  const { value, status } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  if (value.route.name !== 'thread') {
    return (
      <section>
        <h2>{t('gmailElsewhereHeading')}</h2>
        <p>{t('gmailElsewhereBody')}</p>
      </section>
    );
  }
  if (value.thread) return <ThreadSummary thread={value.thread} />;
  if (status === 'gave-up') {
    return (
      <p className="error" role="alert">
        {t('threadUnreadable')}
      </p>
    );
  }
  return <p className="muted">{t('readingThread')}</p>;
}
