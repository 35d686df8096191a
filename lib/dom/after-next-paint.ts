import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// A hidden tab paints nothing (and runs no animation frame): it is read after this long instead.
const HIDDEN_TAB_MS = 1000;

/**
 * Resolves just after the page's next paint. A content script at "idle" may still run before the
 * page's first layout (Chrome can start it before the load event): geometry read then (the height
 * of Calendar's columns) would make our script lay the whole page out, where read after the paint
 * it costs nothing.
 */
export function afterNextPaint(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const hidden = ctx.setTimeout(resolve, HIDDEN_TAB_MS);
    // An animation frame runs just before the paint; a task it queues runs just after. The
    // hidden tab's timer is then dropped: a visible page is not woken up for nothing.
    ctx.requestAnimationFrame(() =>
      ctx.setTimeout(() => {
        clearTimeout(hidden);
        resolve();
      }, 0),
    );
  });
}
