import type { PageStore } from '@/lib/dom/watch-page';
import type { FeedSource } from '@/lib/page/serve-page';
import type { GmailFeed } from '@/lib/page/protocol';
import type { ComposeTarget, GmailComposer } from './composer';
import type { ThreadContext } from './read-thread';
import { gmailAccountPath } from './routes';
import type { GmailPageState } from './watch-thread';

/**
 * The compose the text would go into. A reply whose recipient chips Gmail has not painted is
 * addressed to the thread's other party, as Gmail addresses a new reply.
 */
function composeOf(composer: GmailComposer, thread: ThreadContext | undefined): ComposeTarget | undefined {
  const target = composer.target();
  if (!target || target.recipient || !target.isReply) return target;
  return { ...target, recipient: thread?.otherParty };
}

/**
 * What the sidebar shows of Gmail: the thread reading and the compose the text would go into
 * (read again when the focus enters or leaves a compose, as the target or its recipients change).
 */
export function gmailFeed(store: PageStore<GmailPageState>, composer: GmailComposer): FeedSource {
  let feed: GmailFeed | undefined;
  const read = (): GmailFeed => {
    const reading = store.getSnapshot();
    return {
      host: 'gmail',
      reading,
      compose: composeOf(composer, reading.value.thread),
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
      // Each move of the focus inside a compose reaches here: only a new target is sent on.
      const composeChanged = () => {
        const previous = feed?.compose;
        feed = read();
        if (JSON.stringify(feed.compose) !== JSON.stringify(previous)) listener();
      };
      const stops = [store.subscribe(changed), composer.onComposeFocus(composeChanged)];
      return () => stops.forEach((stop) => stop());
    },
  };
}
