import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { createEmitter } from '@/lib/emitter';
import type { PageCallData, PageCallName, PageCallResult, PageFeed, ToPage, ToView } from './protocol';

export interface PageConnection {
  subscribe(listener: () => void): () => void;
  /** The page's latest reading; undefined until the content script answers, or if it is gone. */
  getSnapshot(): PageFeed | undefined;
  /** Calls back when the user asks for the templates from the page (the compose shortcut). */
  onFocusTemplates(listener: () => void): () => void;
  /** Asks the page to act (insert text...); rejects if the page cannot, or is gone. */
  call<K extends PageCallName>(name: K, data: PageCallData<K>): Promise<PageCallResult<K>>;
  post(message: ToPage): void;
  close(): void;
}

type Tabs = typeof browser.tabs | undefined;

/**
 * Opens a port to the content script of a tab's top frame. Firefox runs an extension page
 * framed inside a web page with a content script's APIs, without `tabs`: the in-page frame's
 * port then goes to the background, which relays it to its own tab's content script
 * (lib/background/relay-frame-ports.ts). Chrome's frame and every side panel connect directly.
 */
function openPort(tabId: number, name: string): { port: Browser.runtime.Port; relayed: boolean } {
  const tabs = browser.tabs as Tabs;
  if (tabs?.connect) return { port: tabs.connect(tabId, { name, frameId: 0 }), relayed: false };
  return { port: browser.runtime.connect({ name }), relayed: true };
}

/**
 * Connects a view to the content script of a tab's top frame (extension messaging only; the page
 * cannot take part). When the port drops (the tab reloads or leaves Gmail), the view shows
 * nothing of the page until it connects again. A relayed port also drops when the background
 * stops (Firefox suspends an idle event page, or it restarts): the frame, whose page is still
 * there, connects again (which wakes the background) and keeps showing the last reading meanwhile.
 */
export function connectPage(tabId: number, portName: string): PageConnection {
  const changes = createEmitter();
  const focusRequests = createEmitter();
  const calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextCall = 1;
  let feed: PageFeed | undefined;
  // A request that arrives before the panel is on screen (the frame is still loading) waits for it.
  let focusPending = false;
  let port: Browser.runtime.Port | undefined;

  // A relay that drops is opened again, while the background starts, for a few seconds at most.
  const RETRY_MS = [0, 100, 300, 1000, 3000];
  let retries = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  function connect() {
    const opened = openPort(tabId, portName);
    const current = opened.port;
    port = current;
    current.onMessage.addListener((message) => {
      retries = 0;
      const data = message as ToView;
      if (data.type === 'feed') {
        feed = data.feed;
        changes.emit();
      } else if (data.type === 'focus-templates') {
        focusPending = !focusRequests.hasListeners();
        focusRequests.emit();
      } else if (data.type === 'result') {
        const call = calls.get(data.id);
        calls.delete(data.id);
        if (data.error !== undefined) call?.reject(new Error(data.error));
        else call?.resolve(data.value);
      }
    });
    current.onDisconnect.addListener(() => {
      // Reading lastError marks it handled (a tab without Leeway's content script).
      void browser.runtime.lastError;
      if (port !== current) return;
      port = undefined;
      calls.forEach((call) => call.reject(new Error('The page is gone')));
      calls.clear();
      if (opened.relayed && !closed && retries < RETRY_MS.length) {
        retry = setTimeout(connect, RETRY_MS[retries++]);
        return;
      }
      feed = undefined;
      changes.emit();
    });
  }
  connect();

  return {
    subscribe: changes.subscribe,
    getSnapshot: () => feed,
    onFocusTemplates(listener) {
      const stop = focusRequests.subscribe(listener);
      if (focusPending) {
        focusPending = false;
        listener();
      }
      return stop;
    },
    call(name, data) {
      return new Promise((resolve, reject) => {
        if (!port) return reject(new Error('The page is gone'));
        const id = nextCall++;
        calls.set(id, { resolve: resolve, reject });
        port.postMessage({ type: 'call', id, name, data });
      });
    },
    post(message) {
      port?.postMessage(message);
    },
    close() {
      closed = true;
      clearTimeout(retry);
      const closing = port;
      port = undefined;
      closing?.disconnect();
    },
  };
}
