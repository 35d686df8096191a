import { useEffect, useRef, useState } from 'react';
import { onDataChanged, type StoreName } from '@/lib/data-changes';
import { usePageContext } from '@/lib/page/page-context';

// The options page's own tab, asked once: a change it made itself needs no reload.
let optionsTab: Promise<number | undefined> | undefined;

/** The tab this view lives in: the in-page frame's, the options page's; none for the side panel. */
function useOwnTabId(): number | undefined {
  const page = usePageContext();
  const [tabId, setTabId] = useState<number | undefined>(page?.ownTabId);
  useEffect(() => {
    if (page) return setTabId(page.ownTabId);
    if (location.pathname.endsWith('/sidepanel.html')) return;
    optionsTab ??= browser.tabs.getCurrent().then((tab) => tab?.id);
    void optionsTab.then(setTabId);
  }, [page]);
  return tabId;
}

/**
 * Calls `reload` when `store` changes in another view or tab; the view that made the change
 * has its result already and is not sent a round trip.
 */
export function useDataChange(store: StoreName, reload: () => void): void {
  const ownTabId = useOwnTabId();
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(
    () =>
      onDataChanged((change) => {
        if (change.stores.includes(store) && (ownTabId === undefined || change.originTabId !== ownTabId)) {
          latest.current();
        }
      }),
    [store, ownTabId],
  );
}
