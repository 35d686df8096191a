import { onMessage, type ProtocolMap } from '@/lib/messaging';
import { parsePayload, type MessageName, type Payload } from '@/lib/payload-schemas';
import type { SettingsRepo } from '@/lib/db/settings-repo';
import type { TemplatesRepo } from '@/lib/db/templates-repo';

export interface Repos {
  settings: SettingsRepo;
  templates: TemplatesRepo;
}

/** Registers a handler that only ever sees a payload its schema accepted. */
function handle<K extends MessageName & keyof ProtocolMap>(
  message: K,
  handler: (data: Payload<K>) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): void {
  onMessage(message, ({ data }) => handler(parsePayload(message, data)) as never);
}

/**
 * Registers one handler per message, synchronously, so a message that wakes the service worker
 * finds its handler. Every payload is parsed first: a malformed one throws (webext-core re-throws
 * the error at the caller) before anything is read or written.
 */
export function registerHandlers(repos: Repos): void {
  handle('getSettings', () => repos.settings.get());
  handle('updateSettings', (patch) => repos.settings.update(patch));
  handle('openOptionsPage', () => browser.runtime.openOptionsPage());
  handle('listTemplates', () => repos.templates.list());
  handle('saveTemplate', (draft) => repos.templates.save(draft));
  handle('deleteTemplate', ({ id }) => repos.templates.remove(id));
  handle('restoreDefaultTemplate', ({ id }) => repos.templates.restoreDefault(id));
  handle('recordTemplateUse', ({ id }) => repos.templates.recordUse(id));
}
