import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createEmitter } from '@/lib/emitter';
import { matchesSelector, querySelectorOptional } from '@/lib/dom/selectors';
import { hasForeignMutation } from '@/lib/dom/watch-page';
import { isOverlayNode } from './gap-overlay';
import { calendarSelectors as s } from './selectors';

export interface ChipChanges {
  subscribe(listener: () => void): () => void;
  /** Goes up by one each time Calendar adds, removes or moves an event chip. */
  getSnapshot(): number;
}

// Calendar redraws a column in several steps: one reading after it has finished.
const BATCH_MS = 100;

/**
 * Follows Calendar's event chips while the page is open (the user creates, moves or deletes an
 * event without any navigation). One observer on the main area, childList plus chips' style
 * (a dragged chip only changes its top), Leeway's own overlay blocks ignored.
 */
export function watchChipChanges(ctx: ContentScriptContext): ChipChanges {
  const changes = createEmitter();
  let version = 0;
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.filter(
      (r) => r.type === 'childList' || (r.target instanceof Element && matchesSelector(r.target, s.eventChip)),
    );
    if (!hasForeignMutation(relevant, isOverlayNode)) return;
    timer ??= ctx.setTimeout(() => {
      timer = undefined;
      version++;
      changes.emit();
    }, BATCH_MS);
  });
  observer.observe(querySelectorOptional(document, s.main) ?? document.body, {
    childList: true,
    subtree: true,
    attributeFilter: ['style'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  return {
    subscribe: changes.subscribe,
    getSnapshot: () => version,
  };
}
