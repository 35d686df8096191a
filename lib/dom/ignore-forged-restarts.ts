import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a newer copy of it (injected after an update) announces
 * itself with a `document` event named after the extension's id and the script's name. A page
 * knows both (a published extension's id is public) and can dispatch that event: one line of
 * its script would shut Leeway down until the page is reloaded. So the announcement is heeded
 * only once this copy's extension is gone (updated, reloaded or removed), which no page can fake;
 * the newer copy also removes the older one's sidebar as it mounts its own.
 * WXT 0.21 has no option for this (`noScriptStartedPostMessage` turns off the window message
 * only); `verifyScriptStartedEvent` is the public method its listener asks.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  const isFromNewerCopy = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => browser.runtime?.id == null && isFromNewerCopy(event);
}
