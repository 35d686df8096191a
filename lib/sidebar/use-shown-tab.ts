import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { ownTabId } from './own-tab';

export interface ShownTab {
  tabId?: number;
  /** Goes up when the tab loads a new page, so the view connects to its new content script. */
  generation: number;
}

/**
 * The tab a sidebar view shows: the frame's own tab; for the side panel, the active tab of its
 * window, followed as the user switches tabs or the tab loads another page.
 */
export function useShownTab(mode: 'frame' | 'panel'): ShownTab {
  const [shown, setShown] = useState<ShownTab>({ generation: 0 });

  useEffect(() => {
    const show = (tabId: number | undefined) => setShown((s) => ({ tabId, generation: s.generation + 1 }));
    if (mode === 'frame') {
      void ownTabId().then(show, () => undefined);
      // Back from the back-forward cache, the page's port is gone: connect again.
      const onPageShow = (event: PageTransitionEvent) => event.persisted && void ownTabId().then(show, () => undefined);
      window.addEventListener('pageshow', onPageShow);
      return () => window.removeEventListener('pageshow', onPageShow);
    }
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      show(tab?.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) show(info.tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string }) => {
      setShown((s) =>
        s.tabId === tabId && change.status === 'complete' ? { tabId, generation: s.generation + 1 } : s,
      );
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [mode]);

  return shown;
}
