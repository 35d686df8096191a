import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SidebarShell } from '@/components/sidebar-shell';
import sidebarCss from '@/components/sidebar.css?inline';

export const SIDEBAR_TAG = 'leeway-sidebar';

/**
 * Mounts the sidebar once per page: React in an open shadow root whose host is
 * <leeway-sidebar>, appended to <body> and never touching Google's own nodes. The CSS goes in
 * as text (Trusted Types forbid innerHTML on Gmail) and no extension file is exposed to the page.
 */
export async function mountSidebar(
  ctx: ContentScriptContext,
  content: ReactNode,
  onRevealRequest?: (listener: () => void) => () => void,
): Promise<void> {
  // A copy left by a previous version of the extension (updated or reloaded) gives way.
  document.querySelectorAll(SIDEBAR_TAG).forEach((stale) => stale.remove());
  const ui = await createShadowRootUi<Root>(ctx, {
    name: SIDEBAR_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss,
    // Keys typed in the sidebar stay there: Gmail's own shortcuts must not fire on them.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <StrictMode>
          <SidebarShell onRevealRequest={onRevealRequest}>{content}</SidebarShell>
        </StrictMode>,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  if (ctx.isValid) ui.mount();
}
