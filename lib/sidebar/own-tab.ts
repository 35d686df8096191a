import { sendMessage } from '@/lib/messaging';

let ownTab: Promise<number | undefined> | undefined;

/**
 * The tab this extension page lives in: the in-page frame's, the options page's; none for the
 * side panel, which lives in no tab. Asked once per page, of the background, which sees the tab
 * each message comes from: Firefox gives a frame inside a web page no `tabs.getCurrent()`.
 */
export const ownTabId = (): Promise<number | undefined> =>
  (ownTab ??= sendMessage('getOwnTabId', undefined).then(
    (id) => id ?? undefined,
    (error: unknown) => {
      // The background may be restarting (Firefox reloads it): the next call asks again.
      ownTab = undefined;
      throw error;
    },
  ));
