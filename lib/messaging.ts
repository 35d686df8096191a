import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Payload } from '@/lib/payload-schemas';
import type { Settings } from '@/lib/settings/settings';

/**
 * The one protocol between the pages (content scripts, options page) and the background.
 * Payload types come from their zod schemas (lib/payload-schemas.ts), which the background
 * checks every message against.
 */
export interface ProtocolMap {
  getSettings(data: Payload<'getSettings'>): Settings;
  updateSettings(data: Payload<'updateSettings'>): Settings;
  openOptionsPage(data: Payload<'openOptionsPage'>): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
