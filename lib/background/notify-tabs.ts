import { browser } from 'wxt/browser';
import { sendDataChange, type DataChange } from '@/lib/data-changes';
import { GOOGLE_HOSTS } from '@/lib/google-hosts';

const backgroundFollowers: Array<(change: DataChange) => void> = [];

/**
 * Work the background itself does after a change (the break alarm follows the timer and the
 * settings); registered once as the worker starts, like every listener.
 */
export function followDataChanges(follow: (change: DataChange) => void): void {
  backgroundFollowers.push(follow);
}

/**
 * Tells every open Leeway view that data changed, and the Gmail and Calendar content scripts.
 * runtime.sendMessage reaches the extension pages (side panel, options, Chrome's in-page frames);
 * Firefox's in-page frames, which run with a content script's APIs, hear only what is sent to
 * their tab: so every change goes to each Gmail and Calendar tab, all its frames (the content
 * scripts take the settings and pass over the rest). tabs.query and tabs.sendMessage need no
 * "tabs" permission (no URLs are read).
 */
export async function notifyDataChanged(change: DataChange): Promise<void> {
  backgroundFollowers.forEach((follow) => follow(change));
  // Rejects when no view is open: nothing to tell.
  const views = sendDataChange('dataChanged', change).catch(() => undefined);
  // Never rejects: callers fire it and forget (a browser shutting down fails the query).
  const tabs = await browser.tabs.query({ url: GOOGLE_HOSTS }).catch((err: unknown) => {
    console.warn('Leeway could not list the Gmail and Calendar tabs to tell them:', err);
    return [];
  });
  await Promise.all([
    views,
    ...tabs.map((tab) =>
      tab.id === undefined ? undefined : sendDataChange('dataChanged', change, tab.id).catch(() => undefined),
    ),
  ]);
}
