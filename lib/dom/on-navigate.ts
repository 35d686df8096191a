import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `callback` after every in-page navigation: Gmail's hash routes and Calendar's
 * history.pushState routes. The Navigation API reports both without polling; where a browser
 * lacks it, WXT's location watcher (a cheap once-a-second URL comparison) stands in.
 */
export function onNavigate(ctx: ContentScriptContext, callback: () => void): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    ctx.addEventListener(navigation, 'currententrychange', callback);
  } else {
    ctx.addEventListener(window, 'hashchange', callback);
    ctx.addEventListener(window, 'wxt:locationchange', callback);
  }
}
