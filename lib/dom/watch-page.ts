import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createEmitter } from '@/lib/emitter';
import { onNavigate } from './on-navigate';

export type ReadingStatus = 'reading' | 'settled' | 'gave-up';

export interface PageReading<T> {
  value: T;
  status: ReadingStatus;
}

/** A store for React's useSyncExternalStore. */
export interface PageStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): PageReading<T>;
}

export interface WatchPageOptions<T> {
  /** Reads what the feature needs from the page: cheap, and without side effects. */
  read: () => T;
  /** Whether the page has finished painting what `read` looks for. */
  isSettled: (value: T) => boolean;
  /**
   * The narrowest node whose subtree holds what `read` looks for; undefined while the app is
   * still loading (Gmail takes seconds to paint its main area).
   */
  getObservedRoot: () => Node | undefined;
  /** Attributes whose late arrival matters (Gmail paints the thread id after the subject). */
  attributeFilter: string[];
  /** Nodes Leeway adds itself (the Calendar overlay): their coming and going is no change. */
  isOwnNode?: (node: Node) => boolean;
}

/** Whether a batch of mutations holds anything but Leeway's own nodes coming and going. */
export function hasForeignMutation(records: MutationRecord[], isOwnNode?: (node: Node) => boolean): boolean {
  if (!isOwnNode) return records.length > 0;
  return records.some(
    (record) =>
      record.type !== 'childList' || [...record.addedNodes, ...record.removedNodes].some((node) => !isOwnNode(node)),
  );
}

// After a navigation Google repaints for a while (an old thread, or last week's columns, can
// linger a moment): keep re-reading on mutations for this long even when the page looks settled.
const SETTLE_MS = 1500;
// A page that never settles is one Leeway cannot read: say so instead of waiting forever.
const GIVE_UP_MS = 10_000;
const MUTATION_BATCH_MS = 50;

/**
 * Re-reads the page after each in-page navigation and while Google is still painting it. No
 * observer runs while the user simply reads or types: it is attached after a navigation and
 * detached once the page has settled, so Gmail and Calendar pay nothing the rest of the time.
 */
export function watchPage<T>(ctx: ContentScriptContext, options: WatchPageOptions<T>): PageStore<T> {
  const changes = createEmitter();
  // Set by start() below, before the store is returned: the first reading is its own.
  let snapshot!: PageReading<T>;
  let serialized = '';
  // Whether the page changed since the last reading. A deadline that finds nothing new closes
  // its window without reading again: reading a 50-message thread or a 200-event week costs
  // milliseconds of Google's main thread, for the same value.
  let changed = true;
  let observer: MutationObserver | undefined;
  let batchTimer: number | undefined;
  let navigatedAt = 0;
  // Until the app paints its main area, the body is watched and no deadline runs: a slow start
  // is not a page Leeway cannot read.
  let waitingForRoot = false;

  function publish(next: PageReading<T>) {
    const text = JSON.stringify(next);
    if (text === serialized) return;
    serialized = text;
    snapshot = next;
    changes.emit();
  }

  function stopObserving() {
    observer?.disconnect();
    observer = undefined;
  }

  function refresh() {
    batchTimer = undefined;
    if (waitingForRoot && options.getObservedRoot()) {
      start();
      return;
    }
    const value = changed ? options.read() : snapshot.value;
    changed = false;
    const elapsed = performance.now() - navigatedAt;
    const settled = options.isSettled(value);
    if (settled && elapsed >= SETTLE_MS) stopObserving();
    if (!settled && elapsed >= GIVE_UP_MS && !waitingForRoot) {
      stopObserving();
      publish({ value, status: 'gave-up' });
      return;
    }
    publish({ value, status: settled ? 'settled' : 'reading' });
  }

  function scheduleRefresh() {
    batchTimer ??= ctx.setTimeout(refresh, MUTATION_BATCH_MS);
  }

  function start() {
    navigatedAt = performance.now();
    changed = true;
    stopObserving();
    observer = new MutationObserver((records) => {
      if (!hasForeignMutation(records, options.isOwnNode)) return;
      changed = true;
      scheduleRefresh();
    });
    const root = options.getObservedRoot();
    waitingForRoot = !root;
    observer.observe(root ?? document.body, {
      childList: true,
      subtree: true,
      attributeFilter: options.attributeFilter,
    });
    refresh();
    // Closes the settle window and the give-up deadline even if the page stops mutating.
    ctx.setTimeout(refresh, SETTLE_MS);
    ctx.setTimeout(refresh, GIVE_UP_MS);
  }

  onNavigate(ctx, start);
  ctx.onInvalidated(stopObserving);
  start();

  return {
    subscribe: changes.subscribe,
    getSnapshot: () => snapshot,
  };
}
