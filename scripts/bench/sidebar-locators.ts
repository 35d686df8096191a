// Waits for the sidebar to show a field without running script in Google's page, whose main
// thread is what the benchmark measures: the sidebar's frame is found in the browser's frame
// tree and searched in its own process. Versions before the frame (for before/after figures)
// kept the sidebar in the page's shadow root: there the wait runs in the page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../tests/e2e/support/browser.ts';

const inFrame = existsSync(join(EXTENSION_DIR, 'sidebar.html'));

const isSidebarFrame = (frame: Frame) => /^chrome-extension:\/\/[^/]+\/sidebar\.html/.test(frame.url());

async function sidebarFrame(page: Page): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find(isSidebarFrame);
    if (frame) return frame;
    await page.waitForEvent('framenavigated', { predicate: isSidebarFrame });
  }
}

/**
 * When the field was first in the sidebar, as a wall-clock time (ms since the epoch): the start
 * of the animation frame after it appeared, which paints it. Taken in the sidebar's own document
 * from the frame's first moments, so the benchmark's round trips to the browser do not count.
 */
export async function sidebarFieldShownAt(page: Page, selector: string): Promise<number> {
  if (!inFrame) {
    await page.locator(`leeway-sidebar ${selector}`).first().waitFor();
    return page.evaluate(() => performance.timeOrigin + performance.now());
  }
  const frame = await sidebarFrame(page);
  // No named function inside: tsx would wrap it in a helper the frame does not have.
  return frame.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        if (document.querySelector(selector))
          return requestAnimationFrame((at) => resolve(performance.timeOrigin + at));
        new MutationObserver((_, observer) => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame((at) => resolve(performance.timeOrigin + at));
        }).observe(document, { subtree: true, childList: true, attributes: true });
      }),
    selector,
  );
}
