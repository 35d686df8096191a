let ownTab: Promise<number | undefined> | undefined;

/**
 * The tab this extension page lives in: the in-page frame's, the options page's; none for the
 * side panel, which lives in no tab. Asked once per page.
 */
export const ownTabId = (): Promise<number | undefined> =>
  (ownTab ??= browser.tabs.getCurrent().then((tab) => tab?.id));
