import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { querySelectorOptional } from '@/lib/dom/selectors';
import { watchPage, type PageStore } from '@/lib/dom/watch-page';
import { parseGmailRoute, type GmailRoute } from './routes';
import { readThread, type ThreadContext } from './read-thread';
import { readUserEmail, readUserName } from './read-user';
import { gmailSelectors } from './selectors';

export interface GmailPageState {
  route: GmailRoute;
  /** The open thread, when the route is a thread and Gmail has painted it. */
  thread?: ThreadContext;
  /** The account's name as Gmail shows it, for signing templates. */
  userName?: string;
}

/** Follows Gmail's routes and reads the open thread each time Gmail paints one. */
export function watchGmailThread(ctx: ContentScriptContext): PageStore<GmailPageState> {
  return watchPage<GmailPageState>(ctx, {
    read() {
      const route = parseGmailRoute(location.href);
      const userName = readUserName(document);
      if (route.name !== 'thread') return { route, userName };
      return { route, userName, thread: readThread(document, readUserEmail(document)) };
    },
    isSettled: ({ route, thread }) => route.name !== 'thread' || !!thread?.threadId,
    getObservedRoot: () => querySelectorOptional(document, gmailSelectors.main),
    attributeFilter: ['data-legacy-thread-id', 'email'],
  });
}
