import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onDataChanged } from '@/lib/data-changes';
import { createEmitter } from '@/lib/emitter';
import { sendMessage } from '@/lib/messaging';
import { defaultSettings, type Settings } from './settings';

export interface SettingsStore {
  /** The defaults until the background answers, or if it cannot. */
  get(): Settings;
  /** Calls back when the settings arrive or change (in any tab or the options page). */
  subscribe(listener: () => void): () => void;
  /** Resolves once the stored settings are known (or known to be unreadable). */
  ready: Promise<void>;
}

/** The settings a content script draws with, kept current by the "data changed" event. */
export function watchSettings(ctx: ContentScriptContext): SettingsStore {
  let settings = defaultSettings;
  const changes = createEmitter();
  const set = (next: Settings) => {
    settings = next;
    changes.emit();
  };
  const stop = onDataChanged((change) => change.settings && set(change.settings));
  ctx.onInvalidated(stop);
  const ready = sendMessage('getSettings', undefined).then(set, (err: unknown) => {
    // The views show the reason; the page keeps working with the defaults.
    console.warn('Leeway could not read its settings:', err);
  });
  return {
    get: () => settings,
    subscribe: changes.subscribe,
    ready,
  };
}
