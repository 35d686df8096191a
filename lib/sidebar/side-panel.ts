import { browser } from 'wxt/browser';
/** The side panel page (WXT's sidepanel entrypoint): Chrome's side_panel, Firefox's sidebar_action. */
const SIDE_PANEL_PAGE = 'sidepanel.html';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; close(): Promise<void> };
}

/** Firefox's sidebar API, in the extension pages that have it (not in the in-page frame). */
export const firefoxSidebar = () => (browser as unknown as FirefoxSidebar).sidebarAction;

/**
 * Opens the browser's side panel beside the tab (Firefox: its sidebar). Browsers allow it only
 * within a user gesture: call it straight from a click, or a message sent on one, before any await.
 */
function openFor(tabId: number): Promise<void> {
  const firefox = firefoxSidebar();
  if (firefox) return firefox.open();
  if (browser.sidePanel) return browser.sidePanel.open({ tabId });
  return Promise.reject(new Error('No side panel here'));
}

/**
 * Whether this page can open the side panel from a click. Firefox's in-page frame cannot: it
 * runs with a content script's APIs (no sidebarAction), and Firefox opens its sidebar only from
 * a user input handler of the calling context, which a message to the background is not
 * ("sidebarAction.open may only be called from a user input handler"). Firefox users open
 * Leeway in the sidebar from Firefox's own sidebar menu.
 */
export const canOpenSidePanel = (): boolean => Boolean(firefoxSidebar() ?? browser.sidePanel);

/** From the sidebar's dock button: whether the side panel opened. */
export async function openSidePanel(tabId: number): Promise<boolean> {
  try {
    await openFor(tabId);
    return true;
  } catch (err) {
    console.warn('Leeway could not open the side panel:', err);
    return false;
  }
}

/**
 * In the background: the side panel is offered only in Gmail and Calendar tabs (their content
 * script asks for it as it starts), nowhere else. Chrome only; Firefox's sidebar is per window.
 */
export const sidePanelOptions = {
  disableEverywhere: () =>
    browser.sidePanel?.setOptions({ enabled: false }).catch((err: unknown) => {
      console.warn('Leeway could not limit the side panel to Gmail and Calendar:', err);
    }),
  enableFor: (tabId: number) => browser.sidePanel?.setOptions({ tabId, path: SIDE_PANEL_PAGE, enabled: true }),
  open: openFor,
};
