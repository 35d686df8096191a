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

export async function waitForSidebarField(page: Page, selector: string): Promise<Page | Frame> {
  if (!inFrame) {
    await page.locator(`leeway-sidebar ${selector}`).first().waitFor();
    return page;
  }
  const frame = await sidebarFrame(page);
  await frame.waitForSelector(selector);
  return frame;
}
