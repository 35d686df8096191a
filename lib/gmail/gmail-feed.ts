import type { PageStore } from '@/lib/dom/watch-page';
import type { FeedSource } from '@/lib/page/serve-page';
import type { GmailFeed } from '@/lib/page/protocol';
import type { GmailComposer } from './composer';
import { gmailAccountPath } from './routes';
import type { GmailPageState } from './watch-thread';

/**
 * What the sidebar shows of Gmail: the thread reading and, outside a thread, whom the compose
 * is addressed to (read again when the focus enters a compose, as its recipients may change).
 */
export function gmailFeed(store: PageStore<GmailPageState>, composer: GmailComposer): FeedSource {
  let feed: GmailFeed | undefined;
  const read = (): GmailFeed => {
    const reading = store.getSnapshot();
    return {
      host: 'gmail',
      reading,
      recipient: reading.value.thread ? undefined : composer.recipient(),
      accountPath: gmailAccountPath(location.pathname),
    };
  };
  return {
    get: () => (feed ??= read()),
    subscribe(listener) {
      const changed = () => {
        feed = read();
        listener();
      };
      const stops = [store.subscribe(changed), composer.onComposeFocus(changed)];
      return () => stops.forEach((stop) => stop());
    },
  };
}
