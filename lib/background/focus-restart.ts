import { browser } from 'wxt/browser';
import type { FocusRepo } from '@/lib/db/focus-repo';
import { afterRestart } from '@/lib/hours/idle-gap';

/**
 * After a browser restart or an extension update, the pages that had the focus are gone (or no
 * longer heard) without a word: they are forgotten, so the next one to take the focus ends the
 * time away. Registered synchronously at the worker's start.
 */
export function forgetFocusOnRestart(focus: FocusRepo): void {
  const forget = () =>
    void focus
      .change((state) => afterRestart(state, Date.now()))
      .catch((err: unknown) => {
        console.warn('Leeway could not reset the focus state:', err);
      });
  browser.runtime.onStartup.addListener(forget);
  browser.runtime.onInstalled.addListener(forget);
}
