import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  FRAME_PORT,
  PANEL_PORT,
  type PageCallData,
  type PageCallName,
  type PageCallResult,
  type PageFeed,
  type ToPage,
  type ToView,
} from './protocol';
import { errorMessage } from '@/lib/error-message';

export interface FeedSource {
  get(): PageFeed;
  subscribe(listener: () => void): () => void;
}

/** What this page answers of the requests its views make (lib/page/protocol.ts). */
export type PageHandlers = {
  [K in PageCallName]?: (data: PageCallData<K>) => PageCallResult<K> | Promise<PageCallResult<K>>;
};

export interface PageServer {
  /**
   * Sends a message to every view connected to this page; with none yet (the frame is being
   * created by the very shortcut that asks for it), to the first that connects within a moment.
   */
  send(message: ToView): void;
}

// How long a message waits for a view to connect: a frame loads in well under this.
const PENDING_MS = 5000;

/** A link from a view opens in this tab, and only if it is of this page's own site. */
function openLink({ url }: { url: string }): void {
  const target = new URL(String(url), location.href);
  if (target.origin !== location.origin) throw new Error(`Not a link of ${location.origin}`);
  location.assign(target.href);
}

/**
 * Serves what the content script reads of the page to the views that show it (the in-page frame,
 * the side panel): the current reading as each connects, then every change; and answers their
 * requests (insert text...). Only Leeway's own extension pages can open such a port, directly or
 * through the background (lib/background/relay-frame-ports.ts); the page's scripts cannot see or
 * forge it.
 */
export function servePage(
  ctx: ContentScriptContext,
  source: FeedSource,
  handlers: PageHandlers = {},
  onFrameMessage: (message: ToPage) => void = () => {},
): PageServer {
  const ports = new Set<Browser.runtime.Port>();
  let pending: { message: ToView; until: number } | undefined;
  const send = (message: ToView) => {
    if (ports.size === 0) pending = { message, until: performance.now() + PENDING_MS };
    ports.forEach((port) => port.postMessage(message));
  };
  const answering: PageHandlers = { openLink, ...handlers };

  async function answer(port: Browser.runtime.Port, { id, name, data }: Extract<ToPage, { type: 'call' }>) {
    let reply: ToView;
    try {
      const handler = answering[name] as ((data: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`This page does not answer "${name}"`);
      reply = { type: 'result', id, value: await handler(data) };
    } catch (err) {
      reply = { type: 'result', id, error: errorMessage(err) };
    }
    // The view may have gone in the meantime.
    if (ports.has(port)) port.postMessage(reply);
  }

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== FRAME_PORT && port.name !== PANEL_PORT) return;
    if (port.sender?.id !== browser.runtime.id) return port.disconnect();
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw) => {
      const message = raw as ToPage;
      if (message.type === 'call') void answer(port, message);
      else if (port.name === FRAME_PORT) onFrameMessage(message);
    });
    port.postMessage({ type: 'feed', feed: source.get() } satisfies ToView);
    if (pending && performance.now() < pending.until) port.postMessage(pending.message);
    pending = undefined;
  };
  browser.runtime.onConnect.addListener(onConnect);
  const unsubscribe = source.subscribe(() =>
    ports.forEach((port) => port.postMessage({ type: 'feed', feed: source.get() } satisfies ToView)),
  );

  ctx.onInvalidated(() => {
    browser.runtime.onConnect.removeListener(onConnect);
    unsubscribe();
    // After an update or reload of the extension the ports are already dead, and touching one
    // throws "Extension context invalidated" into Google's page.
    ports.forEach((port) => {
      try {
        port.disconnect();
      } catch {
        // Nothing to close.
      }
    });
  });
  return { send };
}
