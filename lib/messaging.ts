import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClientCard, ClientRankingList } from '@/lib/clients/card';
import type { Client, Flag } from '@/lib/clients/client';
import type { Payload } from '@/lib/payload-schemas';
import type { SettingsProblem } from '@/lib/settings/read-settings';
import type { Settings } from '@/lib/settings/settings';
import type { TemplateList } from '@/lib/templates/stored-template';
import type { Template } from '@/lib/templates/template';

/**
 * The one protocol between the pages (content scripts, options page) and the background.
 * Payload types come from their zod schemas (lib/payload-schemas.ts), which the background
 * checks every message against.
 */
export interface ProtocolMap {
  getSettings(data: Payload<'getSettings'>): Settings;
  /** The stored settings that could not be read and show their default, for the options page. */
  getSettingsProblems(data: Payload<'getSettingsProblems'>): SettingsProblem[];
  updateSettings(data: Payload<'updateSettings'>): Settings;
  /** From a Gmail or Calendar tab: fold, unfold, dock or resize the sidebar, and nothing else. */
  updateSidebarPlacement(data: Payload<'updateSidebarPlacement'>): Settings;
  openOptionsPage(data: Payload<'openOptionsPage'>): void;
  /** The tab the asking page lives in (the in-page frame's, the options page's); none for the side panel. */
  getOwnTabId(data: Payload<'getOwnTabId'>): number | null;
  /** From a Gmail or Calendar tab: offer the side panel in this tab. */
  enableSidePanel(data: Payload<'enableSidePanel'>): void;
  /** From the page's fold tab when docked: open the side panel for this tab. */
  openSidePanel(data: Payload<'openSidePanel'>): void;
  listTemplates(data: Payload<'listTemplates'>): TemplateList;
  saveTemplate(data: Payload<'saveTemplate'>): Template;
  deleteTemplate(data: Payload<'deleteTemplate'>): void;
  restoreDefaultTemplate(data: Payload<'restoreDefaultTemplate'>): Template;
  recordTemplateUse(data: Payload<'recordTemplateUse'>): number;
  getClientCard(data: Payload<'getClientCard'>): ClientCard | null;
  flagClient(data: Payload<'flagClient'>): ClientCard;
  updateFlag(data: Payload<'updateFlag'>): ClientCard;
  deleteFlag(data: Payload<'deleteFlag'>): void;
  rankClients(data: Payload<'rankClients'>): ClientRankingList;
  getClientTimeline(data: Payload<'getClientTimeline'>): Flag[];
  updateClient(data: Payload<'updateClient'>): Client;
  mergeClients(data: Payload<'mergeClients'>): Client;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
