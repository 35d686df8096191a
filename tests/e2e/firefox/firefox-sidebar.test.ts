import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxLeeway, type FirefoxLeeway } from '../support/firefox';

// Firefox only: its sidebar opens from Firefox's own sidebar menu, never from the page (the
// frame has no sidebarAction, and a message to the background is not a user input handler).
let leeway: FirefoxLeeway;
beforeAll(async () => {
  leeway = await launchFirefoxLeeway();
});
afterAll(async () => {
  await leeway.close();
  expect(leeway.errors).toEqual([]);
});

const DOCK = '.dock:not([hidden])';
const FOLD_TAB = '.tab:not([hidden])';
/** Waits until the page's Leeway host shows (or no longer shows) `css`. */
const waitForHost = (page: Page, css: string, shown = true) =>
  page.waitForFunction(
    (css: string, shown: boolean) =>
      Boolean(document.querySelector('leeway-sidebar')?.shadowRoot?.querySelector(css)) === shown,
    { polling: 100 },
    css,
    shown,
  );

describe("Leeway in Firefox's sidebar", () => {
  it('takes the sidebar out of the page while shown there, and the page tab brings it back', async () => {
    const gmail = await leeway.openFixture('gmailThread');
    const frame = await leeway.sidebarFrame(gmail);
    // No dock button in the page: Firefox would refuse to open its sidebar from there.
    await frame.waitForSelector('button[aria-label="Collapse Leeway"]');
    expect(await frame.$$eval('button[aria-label="Dock Leeway beside the page"]', (found) => found.length)).toBe(0);

    // Firefox's sidebar menu, as the user would pick Leeway in it: a click in an extension page.
    const options = await leeway.openOptions();
    await options.evaluate(() => {
      const menu = document.body.appendChild(document.createElement('button'));
      menu.id = 'firefox-sidebar-menu';
      menu.textContent = 'Leeway';
      menu.addEventListener('click', () => void (globalThis as any).browser.sidebarAction.open());
    });
    await (await options.waitForSelector('#firefox-sidebar-menu'))!.click();

    await gmail.bringToFront();
    await waitForHost(gmail, FOLD_TAB);
    await waitForHost(gmail, DOCK, false);
    // The page's tab cannot open Firefox's sidebar: it brings Leeway back into the page.
    await (await gmail.$(`leeway-sidebar >>> ${FOLD_TAB}`))!.click();
    await waitForHost(gmail, DOCK);
    const back = await leeway.sidebarFrame(gmail);
    await back.waitForFunction(
      () =>
        (document.querySelector('[data-field="thread"]') as HTMLElement | null)?.dataset.threadId ===
        '19a36435ce2f0ff3',
    );
  });
});
