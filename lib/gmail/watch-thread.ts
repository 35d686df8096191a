import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { querySelectorOptional } from '@/lib/dom/selectors';
import { watchPage, type PageStore } from '@/lib/dom/watch-page';
import { parseGmailRoute, type GmailRoute } from './routes';
import { readThread, type ThreadContext } from './read-thread';
import { readUserEmail } from './read-user';
import { gmailSelectors } from './selectors';

export interface GmailPageState {
  route: GmailRoute;
  /** The open thread, when the route is a thread and Gmail has painted it. */
  thread?: ThreadContext;
}

/** Follows Gmail's routes and reads the open thread each time Gmail paints one. */
export function watchGmailThread(ctx: ContentScriptContext): PageStore<GmailPageState> {
  return watchPage<GmailPageState>(ctx, {
    read() {
      const route = parseGmailRoute(location.href);
      if (route.name !== 'thread') return { route };
      return { route, thread: readThread(document, readUserEmail(document)) };
    },
    isSettled: ({ route, thread }) => route.name !== 'thread' || !!thread?.threadId,
    getObservedRoot: () => querySelectorOptional(document, gmailSelectors.main) ?? document.body,
    attributeFilter: ['data-legacy-thread-id', 'email'],
  });
}
