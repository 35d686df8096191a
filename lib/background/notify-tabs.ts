import { sendDataChange, type DataChange } from '@/lib/data-changes';

// The content scripts that draw from settings (the Calendar overlay, the sidebar's place).
const HOST_TABS = ['https://mail.google.com/*', 'https://calendar.google.com/*'];

/**
 * Tells every open Leeway view that data changed, and, when settings changed, the Gmail and
 * Calendar content scripts too. runtime.sendMessage reaches every extension page (frames, side
 * panel, options); tabs.query and tabs.sendMessage need no "tabs" permission (no URLs are read).
 */
export async function notifyDataChanged(change: DataChange): Promise<void> {
  // Rejects when no view is open: nothing to tell.
  const views = sendDataChange('dataChanged', change).catch(() => undefined);
  if (!change.stores.includes('settings')) return void (await views);
  const tabs = await browser.tabs.query({ url: HOST_TABS });
  await Promise.all([
    views,
    ...tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : sendDataChange('dataChanged', change, { tabId: tab.id, frameId: 0 }).catch(() => undefined),
    ),
  ]);
}
