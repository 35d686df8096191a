import { sendMessage } from '@/lib/messaging';

/**
 * Tells every Gmail tab that clients or flags changed, so a card open in another tab updates
 * without a click. tabs.query and tabs.sendMessage need no "tabs" permission: the ids come
 * without URLs, and only tabs running Leeway's content script answer.
 */
export async function notifyClientsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({ url: 'https://mail.google.com/*' });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : sendMessage('clientsChanged', undefined, tab.id).catch(() => undefined),
    ),
  );
}
