import { defineExtensionMessaging } from '@webext-core/messaging';
import { createEmitter, type Emitter } from '@/lib/emitter';
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

let changes: Emitter<DataChange> | undefined;

/** Calls back on every change; one message listener per context, any number of subscribers. */
export function onDataChanged(listener: (change: DataChange) => void): () => void {
  if (!changes) {
    const emitter = createEmitter<DataChange>();
    changes = emitter;
    onDataChangeMessage('dataChanged', ({ data }) => emitter.emit(data));
  }
  return changes.subscribe(listener);
}
