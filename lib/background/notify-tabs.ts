import { browser } from 'wxt/browser';
import { sendDataChange, type DataChange } from '@/lib/data-changes';
import { GOOGLE_HOSTS } from '@/lib/google-hosts';

/**
 * Tells every open Leeway view that data changed, and the Gmail and Calendar content scripts.
 * runtime.sendMessage reaches the extension pages (side panel, options, Chrome's in-page frames);
 * Firefox's in-page frames, which run with a content script's APIs, hear only what is sent to
 * their tab: so every change goes to each Gmail and Calendar tab, all its frames (the content
 * scripts take the settings and pass over the rest). tabs.query and tabs.sendMessage need no
 * "tabs" permission (no URLs are read).
 */
export async function notifyDataChanged(change: DataChange): Promise<void> {
  // Rejects when no view is open: nothing to tell.
  const views = sendDataChange('dataChanged', change).catch(() => undefined);
  const tabs = await browser.tabs.query({ url: GOOGLE_HOSTS });
  await Promise.all([
    views,
    ...tabs.map((tab) =>
      tab.id === undefined ? undefined : sendDataChange('dataChanged', change, tab.id).catch(() => undefined),
    ),
  ]);
}
