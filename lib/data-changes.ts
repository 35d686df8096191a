import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Settings } from '@/lib/settings/settings';

/** The stores whose changes Leeway's views follow. */
export type StoreName =
  'settings' | 'templates' | 'clients' | 'tasks' | 'calendarDays' | 'incidents' | 'colleagues' | 'timeEntries';

/**
 * The one "data changed" event, from the background to every open Leeway view (in-page frames,
 * the side panel, the options page) and, for settings, to the Gmail and Calendar content
 * scripts. Settings travel with the event, so no one asks for them again.
 */
export interface DataChange {
  stores: StoreName[];
  settings?: Settings;
  /** The tab whose page made the change: it already has the result and needs no reload. */
  originTabId?: number;
}

interface ChangeProtocol {
  dataChanged(change: DataChange): void;
}

const { sendMessage, onMessage: onDataChangeMessage } = defineExtensionMessaging<ChangeProtocol>();
export const sendDataChange = sendMessage;

type Listener = (change: DataChange) => void;
let listeners: Set<Listener> | undefined;

/** Calls back on every change; one message listener per context, any number of subscribers. */
export function onDataChanged(listener: Listener): () => void {
  if (!listeners) {
    const all = new Set<Listener>();
    listeners = all;
    onDataChangeMessage('dataChanged', ({ data }) => all.forEach((each) => each(data)));
  }
  const all = listeners;
  all.add(listener);
  return () => all.delete(listener);
}
