import type { Browser } from 'wxt/browser';
import type { PageFeed, ToPage, ToView } from './protocol';

export interface PageConnection {
  subscribe(listener: () => void): () => void;
  /** The page's latest reading; undefined until the content script answers, or if it is gone. */
  getSnapshot(): PageFeed | undefined;
  /** Calls back when the user asks for the templates from the page (the compose shortcut). */
  onFocusTemplates(listener: () => void): () => void;
  post(message: ToPage): void;
  close(): void;
}

/**
 * Connects a view to the content script of a tab's top frame (extension messaging only; the page
 * cannot take part). When the port drops (the tab reloads or leaves Gmail), the view shows
 * nothing of the page until it connects again.
 */
export function connectPage(tabId: number, portName: string): PageConnection {
  const listeners = new Set<() => void>();
  const focusListeners = new Set<() => void>();
  let feed: PageFeed | undefined;
  // A request that arrives before the panel is on screen (the frame is still loading) waits for it.
  let focusPending = false;
  let port: Browser.runtime.Port | undefined = browser.tabs.connect(tabId, { name: portName, frameId: 0 });

  port.onMessage.addListener((message) => {
    const data = message as ToView;
    if (data.type === 'feed') {
      feed = data.feed;
      listeners.forEach((listener) => listener());
    } else if (data.type === 'focus-templates') {
      focusPending = focusListeners.size === 0;
      focusListeners.forEach((listener) => listener());
    }
  });
  port.onDisconnect.addListener(() => {
    // Reading lastError marks it handled (a tab without Leeway's content script).
    void browser.runtime.lastError;
    port = undefined;
    feed = undefined;
    listeners.forEach((listener) => listener());
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => feed,
    onFocusTemplates(listener) {
      focusListeners.add(listener);
      if (focusPending) {
        focusPending = false;
        listener();
      }
      return () => focusListeners.delete(listener);
    },
    post(message) {
      port?.postMessage(message);
    },
    close() {
      port?.disconnect();
      port = undefined;
    },
  };
}
