import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { removeAll } from '@/lib/dom/remove-all';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { FRAME_PAGE, type ToPage } from '@/lib/page/protocol';
import { RAIL_WIDTH, SIDEBAR_WIDTH } from '@/lib/settings/sidebar-width';
import type { SettingsStore } from '@/lib/settings/watch-settings';
import hostCss from './host.css?inline';

const SIDEBAR_TAG = 'leeway-sidebar';

const KEY_STEP_PX = 16;

export interface SidebarFrame {
  /** Unfolds for now (not remembered) and moves the focus into the frame: the picker shortcut. */
  reveal(): void;
  /** What the frame says: the label of the resize edge, or to unfold from its rail. */
  onFrameMessage(message: ToPage): void;
  /** A compose box has the focus (Gmail): the sidebar folds to its rail if the user asked so. */
  setComposing(composing: boolean): void;
}

const clampWidth = (px: number) => Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, px)));

/**
 * Places Leeway's sidebar page in an iframe inside <leeway-sidebar>, at the page's right edge.
 * The UI runs in the extension's own process and its document is cross-origin to Google's page:
 * Gmail's scripts can neither read what it shows nor drive it. The host holds only the frame,
 * a resize edge and the fold tab; its place follows the settings (folded, width, docked in the
 * browser's side panel) whichever view changes them. The frame has a fixed height: sizing it to
 * its content would relayout Google's page at each change, and tell the page's scripts how much
 * the sidebar shows (a client with flags makes a taller card).
 */
export async function mountSidebarFrame(
  ctx: ContentScriptContext,
  settings: SettingsStore,
  after: Promise<unknown> = settings.ready,
): Promise<SidebarFrame> {
  // A copy left by a previous version of the extension (updated or reloaded) gives way.
  removeAll(document, SIDEBAR_TAG);
  await Promise.all([settings.ready, after]);
  // Docked, no frame is created: the page asks for the side panel to be offered in this tab.
  if (settings.get().sidebarDocked) void sendMessage('enableSidePanel', undefined).catch(() => undefined);

  let revealed = false;
  let composing = false;
  let wasCollapsed = settings.get().sidebarCollapsed;
  let dragWidth: number | undefined;
  let iframe: HTMLIFrameElement | undefined;
  let tab: HTMLButtonElement | undefined;

  function createFrame(): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    // The brand, the same in every language (no catalogue lookup on Google's main thread).
    frame.title = 'Leeway';
    // Any origin: with Chrome's per-session URL the frame's origin is not its src's, which the
    // default allowlist ('src') would compare against.
    frame.allow = 'clipboard-write *';
    frame.src = browser.runtime.getURL(FRAME_PAGE);
    // Leeway's page loads once. Another load means the page navigated the frame elsewhere
    // (frames[n].location = ...): that frame is dropped and Leeway's own put back.
    let loads = 0;
    frame.addEventListener('load', () => {
      if (++loads === 1 || frame !== iframe) return;
      frame.remove();
      iframe = undefined;
      layout();
    });
    return frame;
  }

  function layout() {
    const { sidebarCollapsed, sidebarDocked, sidebarWidth, sidebarFoldWhileComposing } = settings.get();
    const folded = (sidebarCollapsed || (sidebarFoldWhileComposing && composing)) && !revealed;
    const shown = !sidebarDocked;
    // Created once, at its final size; folded, it is the rail. Docked, it is dropped: the side
    // panel shows the sidebar, and the page pays for no frame.
    if (shown && !iframe) dock.append((iframe = createFrame()));
    if (sidebarDocked && iframe) {
      iframe.remove();
      iframe = undefined;
    }
    dock.hidden = !shown;
    dock.classList.toggle('rail', folded);
    edge.hidden = folded;
    // The page's tab is only for the side panel: docked, it opens it again.
    if (sidebarDocked) tab ??= container.appendChild(buildTab());
    if (tab) tab.hidden = !sidebarDocked;
    const width = folded ? RAIL_WIDTH : (dragWidth ?? clampWidth(sidebarWidth));
    edge.setAttribute('aria-valuenow', String(width));
    if (iframe) iframe.style.width = `${width}px`;
  }

  const saveWidth = (width: number) => void sendMessage('updateSidebarPlacement', { sidebarWidth: width });

  function buildEdge(): HTMLDivElement {
    const el = document.createElement('div');
    el.className = 'edge';
    el.tabIndex = 0;
    el.setAttribute('role', 'separator');
    el.setAttribute('aria-orientation', 'vertical');
    el.setAttribute('aria-valuemin', String(SIDEBAR_WIDTH.min));
    el.setAttribute('aria-valuemax', String(SIDEBAR_WIDTH.max));
    let start: { x: number; width: number } | undefined;
    // Only the user's own pointer and keys (isTrusted): a page script cannot resize it.
    el.addEventListener('pointerdown', (event) => {
      if (!event.isTrusted) return;
      start = { x: event.clientX, width: clampWidth(settings.get().sidebarWidth) };
      el.setPointerCapture(event.pointerId);
      dock.classList.add('dragging');
    });
    el.addEventListener('pointermove', (event) => {
      if (!start || !event.isTrusted) return;
      dragWidth = clampWidth(start.width + start.x - event.clientX);
      layout();
    });
    const end = () => {
      if (!start) return;
      start = undefined;
      dock.classList.remove('dragging');
      if (dragWidth !== undefined) saveWidth(dragWidth);
    };
    el.addEventListener('pointerup', end);
    el.addEventListener('pointercancel', end);
    el.addEventListener('keydown', (event) => {
      const step = { ArrowLeft: KEY_STEP_PX, ArrowRight: -KEY_STEP_PX }[event.key];
      if (!step || !event.isTrusted) return;
      event.preventDefault();
      dragWidth = clampWidth((dragWidth ?? settings.get().sidebarWidth) + step);
      layout();
      saveWidth(dragWidth);
    });
    return el;
  }

  function buildTab(): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tab';
    button.textContent = 'L';
    button.setAttribute('aria-label', t('expandSidebar'));
    button.title = t('expandSidebar');
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      revealed = false;
      // Docked: the side panel opens again; if the browser refuses, the sidebar comes back here.
      if (settings.get().sidebarDocked) {
        sendMessage('openSidePanel', undefined).catch(() =>
          sendMessage('updateSidebarPlacement', { sidebarDocked: false, sidebarCollapsed: false }),
        );
      } else void sendMessage('updateSidebarPlacement', { sidebarCollapsed: false });
    });
    return button;
  }

  // The host, last in the body: a shadow root with the host stylesheet and the dock. Built here,
  // not with WXT's createShadowRootUi, whose anchoring and auto-mount code made a third of the
  // content script that Google's page compiled at each load for nothing.
  const host = document.createElement(SIDEBAR_TAG);
  const container = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hostCss;
  const dock = document.createElement('div');
  dock.className = 'dock';
  const edge = buildEdge();
  dock.append(edge);
  container.append(style, dock);
  // Keys typed on the resize edge stay there: Gmail's own shortcuts must not fire on them.
  for (const type of ['keydown', 'keyup', 'keypress'])
    container.addEventListener(type, (event) => event.stopPropagation());
  layout();
  if (ctx.isValid) document.body.append(host);
  ctx.onInvalidated(() => host.remove());

  const stop = settings.subscribe(() => {
    const { sidebarCollapsed, sidebarWidth } = settings.get();
    // Folding (here or in another tab) ends a shortcut's unfolding; other changes keep it.
    if (sidebarCollapsed && !wasCollapsed) revealed = false;
    wasCollapsed = sidebarCollapsed;
    // A width saved elsewhere replaces the local one; this tab's own save, come back, is the same.
    if (dragWidth !== undefined && dragWidth !== sidebarWidth) dragWidth = undefined;
    layout();
  });
  ctx.onInvalidated(stop);

  return {
    reveal() {
      // Docked: the side panel is opened (or brought forward) for the keys to reach it.
      if (settings.get().sidebarDocked) return void sendMessage('openSidePanel', undefined).catch(() => undefined);
      revealed = true;
      layout();
      iframe?.focus();
      // A frame shown in this very task may not take the focus until it is laid out: once more.
      ctx.requestAnimationFrame(() => iframe?.focus());
    },
    onFrameMessage(message) {
      if (message.type === 'labels') edge.setAttribute('aria-label', String(message.resize));
      if (message.type === 'unfold') {
        revealed = true;
        layout();
      }
    },
    setComposing(now) {
      if (now === composing) return;
      composing = now;
      // Back in a compose, a sidebar unfolded for the moment folds again when the user asked it
      // to fold while writing: writing has the room.
      if (now && settings.get().sidebarFoldWhileComposing) revealed = false;
      layout();
    },
  };
}
