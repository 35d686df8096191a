import { sendMessage } from '@/lib/messaging';

type Listen = <K extends 'focus' | 'blur' | 'pagehide' | 'visibilitychange'>(
  target: Window | Document,
  type: K,
  handler: (event: Event) => void,
) => void;

const listenOnPage: Listen = (target, type, handler) => target.addEventListener(type, handler);

/**
 * Tells the background whenever this page takes or loses the focus (a hidden page has none), so
 * it can tell, across every Gmail, Calendar and Leeway page, when the user was away from all of
 * them (the idle gap). Each page draws an id at load; only the browser's own events count, not
 * ones the host page could dispatch. `listen` is the content script context's, so the listeners
 * go with it.
 */
export function reportFocus(listen: Listen = listenOnPage): void {
  const page = crypto.randomUUID();
  let last: boolean | undefined;
  const send = (focused: boolean) => {
    if (focused === last) return;
    last = focused;
    // Lost (the background stopped for good, the extension updated): the next change says it again.
    sendMessage('reportFocus', { page, focused }).catch(() => {
      last = undefined;
    });
  };
  const visible = () => document.visibilityState === 'visible';
  const focusedNow = () => visible() && document.hasFocus();
  const on = (target: Window | Document, type: Parameters<Listen>[1], focused: () => boolean) =>
    listen(target, type, (event) => {
      if (event.isTrusted) send(focused());
    });
  on(window, 'focus', visible);
  // The window also blurs when the focus moves into one of its frames (Gmail's chat): the user is
  // still here. Looked at once the focus has landed: the frame is then the active element.
  // (Leeway's own sidebar sits in a shadow root and reports its own focus.)
  listen(window, 'blur', (event) => {
    if (event.isTrusted) setTimeout(() => send(visible() && document.activeElement instanceof HTMLIFrameElement), 0);
  });
  on(window, 'pagehide', () => false);
  on(document, 'visibilitychange', focusedNow);
  send(focusedNow());
}
