import { onMessage, type ProtocolMap } from '@/lib/messaging';
import { parsePayload, type MessageName, type Payload } from '@/lib/payload-schemas';
import type { SettingsRepo } from '@/lib/db/settings-repo';
import type { TemplatesRepo } from '@/lib/db/templates-repo';
import type { ClientsRepo } from '@/lib/db/clients-repo';
import { notifyClientsChanged } from './notify-tabs';

export interface Repos {
  settings: SettingsRepo;
  templates: TemplatesRepo;
  clients: ClientsRepo;
}

/** Runs a write, then tells the Gmail tabs so every open card shows it. */
async function andNotify<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  void notifyClientsChanged();
  return result;
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
  handle('getClientCard', ({ email }) => repos.clients.card(email));
  handle('flagClient', ({ person, thread, flag }) => andNotify(repos.clients.flag(person, thread, flag)));
  handle('updateFlag', ({ id, flag }) => andNotify(repos.clients.updateFlag(id, flag)));
  handle('deleteFlag', ({ id }) => andNotify(repos.clients.deleteFlag(id)));
  handle('rankClients', () => repos.clients.rank());
  handle('getClientTimeline', ({ id }) => repos.clients.timeline(id));
  handle('updateClient', (patch) => andNotify(repos.clients.updateClient(patch)));
  handle('mergeClients', ({ keptId, mergedId }) => andNotify(repos.clients.merge(keptId, mergedId)));
}
