import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { querySelectorOptional } from '@/lib/dom/selectors';
import type { SelectorMiss } from '@/lib/page/selector-miss';
import { watchPage, type PageStore } from '@/lib/dom/watch-page';
import { parseGmailRoute, type GmailRoute } from './routes';
import { findThreadMiss, readThread, type ThreadContext } from './read-thread';
import { readUserEmail, readUserName } from './read-user';
import { gmailSelectors } from './selectors';

export interface GmailPageState {
  route: GmailRoute;
  /** The open thread, when the route is a thread and Gmail has painted it. */
  thread?: ThreadContext;
  /** The account's name as Gmail shows it, for signing templates. */
  userName?: string;
  /** On a thread route, the first part of the thread Leeway cannot find (yet). */
  missing?: SelectorMiss;
}

/** Follows Gmail's routes and reads the open thread each time Gmail paints one. */
export function watchGmailThread(ctx: ContentScriptContext): PageStore<GmailPageState> {
  return watchPage<GmailPageState>(ctx, {
    read() {
      const route = parseGmailRoute(location.href);
      const userName = readUserName(document);
      if (route.name !== 'thread') return { route, userName };
      const thread = readThread(document, readUserEmail(document));
      return { route, userName, thread, missing: findThreadMiss(document, thread) };
    },
    // A thread is read once every part is found; one still missing after the give-up delay is named.
    isSettled: ({ route, missing }) => route.name !== 'thread' || !missing,
    getObservedRoot: () => querySelectorOptional(document, gmailSelectors.main),
    attributeFilter: ['data-legacy-thread-id', 'email'],
  });
}
