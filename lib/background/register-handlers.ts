import { onMessage } from '@/lib/messaging';
import { parsePayload } from '@/lib/payload-schemas';
import type { SettingsRepo } from '@/lib/db/settings-repo';

export interface Repos {
  settings: SettingsRepo;
}

/**
 * Registers one handler per message, synchronously, so a message that wakes the service worker
 * finds its handler. Every payload is parsed first: a malformed one throws (webext-core re-throws
 * the error at the caller) before anything is read or written.
 */
export function registerHandlers(repos: Repos): void {
  onMessage('getSettings', ({ data }) => {
    parsePayload('getSettings', data);
    return repos.settings.get();
  });
  onMessage('updateSettings', ({ data }) => repos.settings.update(parsePayload('updateSettings', data)));
  onMessage('openOptionsPage', ({ data }) => {
    parsePayload('openOptionsPage', data);
    return browser.runtime.openOptionsPage();
  });
}
