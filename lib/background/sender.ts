import { browser } from 'wxt/browser';
/** Who sent a message, as the browser tells the background (the part Leeway reads). */
export interface Sender {
  tab?: { id?: number };
  url?: string;
}

/**
 * Whether a message comes from one of Leeway's own pages (options, side panel, the sidebar's
 * frame) rather than a content script: a content script always has a tab, and its url is that
 * of the Google page it runs in, whatever that page's scripts have done to it.
 */
export function isExtensionPage(sender: Sender): boolean {
  return sender.tab === undefined || (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false);
}
