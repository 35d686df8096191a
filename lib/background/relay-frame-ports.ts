import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { FRAME_PAGE, FRAME_PORT } from '@/lib/page/protocol';

/**
 * Firefox runs an extension page framed inside a web page with a content script's APIs, without
 * `tabs` (w3c/webextensions#787: by design, the frame shares the page's process): Leeway's
 * in-page frame cannot connect to its tab's content script itself. It connects here instead;
 * the background connects to the content script of the frame's own tab (the sender's, never
 * named by the frame) and passes messages both ways until either side goes. Chrome's frame
 * connects directly and never comes here.
 */
export function relayFramePorts(): void {
  const framePage = browser.runtime.getURL(FRAME_PAGE);
  browser.runtime.onConnect.addListener((view: Browser.runtime.Port) => {
    if (view.name !== FRAME_PORT) return;
    const tabId = view.sender?.tab?.id;
    if (tabId === undefined || !view.sender?.url?.startsWith(framePage)) return view.disconnect();
    const page = browser.tabs.connect(tabId, { name: FRAME_PORT, frameId: 0 });
    view.onMessage.addListener((message) => page.postMessage(message));
    page.onMessage.addListener((message) => view.postMessage(message));
    view.onDisconnect.addListener(() => page.disconnect());
    page.onDisconnect.addListener(() => {
      void browser.runtime.lastError;
      view.disconnect();
    });
  });
}
