import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clientStatus, flagFromSidebar } from './support/clients';
import { openTemplate } from './support/templates';
import { inSidePanel, sidePanelOpen } from './support/side-panel';
import { sidebar, sidebarField, sidebarText } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

// A browser per test: several dock or fold the sidebar, or flag a client, which others must not see.
const browser = useLeewayBrowser(undefined, { per: 'each' });
const NOTE = 'Private: invoices always 60 days late, see contract clause 7';

/** Every piece of text the page's own scripts can reach: text, attributes, values, open shadow roots. */
const pageReachableText = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const walk = (root: Node) => {
      for (const node of [root, ...((root as ParentNode).querySelectorAll?.('*') ?? [])]) {
        if (node.nodeType === Node.TEXT_NODE) seen.push(node.textContent ?? '');
        if (node instanceof Element) {
          seen.push(node.textContent ?? '');
          for (const attr of node.attributes) seen.push(attr.value);
          if ('value' in node) seen.push(String((node as HTMLInputElement).value));
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      }
    };
    walk(document);
    return seen.join('\n');
  });

describe('the sidebar in its own extension frame', () => {
  it("keeps what it shows out of the page's reach", async () => {
    const page = await browser().openFixture('gmailThread');
    const frameHeight = () =>
      page.evaluate(
        () =>
          document.querySelector('leeway-sidebar')!.shadowRoot!.querySelector('iframe')!.getBoundingClientRect().height,
      );
    await sidebarField(page, 'thread').waitFor();
    const heightBefore = await frameHeight();
    await flagFromSidebar(page, ['Late payment'], 'Serious', NOTE);
    await expect.poll(() => clientStatus(page).textContent()).toContain('Warning signs: 1 in 30 days');
    await openTemplate(page, 'Delay notice');
    expect(await sidebarText(page)).toContain(NOTE);

    const reachable = await pageReachableText(page);
    for (const secret of [NOTE, 'Late payment', 'Warning signs', 'Delay notice', 'Note a warning sign', 'Insert']) {
      expect(reachable).not.toContain(secret);
    }
    // The frame's document is another origin's: the page gets null, or an exception.
    const access = await page.evaluate(() => {
      const iframe = document.querySelector('leeway-sidebar')!.shadowRoot!.querySelector('iframe')!;
      let thrown = '';
      try {
        void iframe.contentWindow!.document.body;
      } catch (err) {
        thrown = (err as Error).name;
      }
      return { contentDocument: iframe.contentDocument, thrown };
    });
    expect(access).toEqual({ contentDocument: null, thrown: 'SecurityError' });
    // Nor does the frame's size tell the page how much it shows (a card with flags is taller).
    expect(await frameHeight()).toBe(heightBefore);
    expect(browser().errors).toEqual([]);
  });

  it('ignores messages the page posts to the frame', async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    // Forgeries of what the content script tells the frame, in every shape the page could guess.
    await page.evaluate(() => {
      const frame = document.querySelector('leeway-sidebar')!.shadowRoot!.querySelector('iframe')!.contentWindow!;
      const forged = {
        host: 'gmail',
        reading: { status: 'settled', value: { route: { name: 'thread' }, thread: { subject: 'FORGED subject' } } },
        accountPath: '/mail/u/0/',
      };
      for (const message of [
        { type: 'feed', feed: forged },
        { type: 'focus-templates' },
        { id: 1, type: 'insertText', data: { text: 'FORGED text', subject: '' }, timestamp: Date.now() },
        { id: 2, type: 'dataChanged', data: { stores: ['settings'] }, timestamp: Date.now() },
      ]) {
        frame.postMessage(message, '*');
      }
    });
    // Nor do synthetic clicks and keys: the resize edge and the compose shortcut ignore them.
    const widthBefore = await page.locator('leeway-sidebar iframe').evaluate((el) => el.getBoundingClientRect().width);
    await page.evaluate(() => {
      const root = document.querySelector('leeway-sidebar')!.shadowRoot!;
      const edge = root.querySelector('[role="separator"]')!;
      for (let i = 0; i < 5; i++) edge.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      const compose = document.querySelector('.ip.adB [g_editable="true"]')!;
      compose.dispatchEvent(
        new KeyboardEvent('keydown', { code: 'KeyL', altKey: true, shiftKey: true, bubbles: true }),
      );
    });
    // A real change after the forgeries: once it shows, they have been and gone.
    await page.locator('[role="navigation"] a[href="#inbox"]').click();
    await expect.poll(() => sidebarText(page)).toContain("Open a client's thread");
    expect(await sidebarText(page)).not.toContain('FORGED');
    expect(
      await sidebar(page)
        .locator('input[type="search"]')
        .evaluate((el) => el === document.activeElement),
    ).toBe(false);
    expect(await page.locator('leeway-sidebar iframe').evaluate((el) => el.getBoundingClientRect().width)).toBe(
      widthBefore,
    );
    expect(browser().errors).toEqual([]);
  });

  it("keeps working when a page script replays WXT's 'content script started' announcement", async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    // What WXT's content script context listens for, named as it expects: the page knows a
    // published extension's id, and the script's name is in the extension's files.
    await page.evaluate((extensionId) => {
      const type = `${extensionId}:gmail:wxt:content-script-started`;
      const detail = { contentScriptName: 'gmail', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, browser().extensionId);
    // The sidebar still follows the page: the thread context changes with the route.
    await page.locator('[role="navigation"] a[href="#inbox"]').click();
    await expect.poll(() => sidebarText(page)).toContain("Open a client's thread");
    expect(await page.locator('leeway-sidebar').count()).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('puts its own page back when the page navigates the frame elsewhere', async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    await page.evaluate(() => {
      const iframe = document.querySelector('leeway-sidebar')!.shadowRoot!.querySelector('iframe')!;
      iframe.contentWindow!.location.href = 'https://mail.google.com/mail/u/0/#fake-sidebar';
    });
    // The navigated frame is dropped, and Leeway's own page is back in its place.
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('#fake-sidebar'))).toBe(false);
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    expect(browser().errors).toEqual([]);
  });

  it('is resized by dragging its edge, and keeps the width on the next page', async () => {
    const page = await browser().openFixture('gmailThread');
    const iframe = page.locator('leeway-sidebar iframe');
    await sidebarField(page, 'thread').waitFor();
    const before = (await iframe.boundingBox())!;
    const edge = page.getByRole('separator', { name: /Resize Leeway/ });
    const grip = (await edge.boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 40);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 - 100, grip.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await iframe.boundingBox())!.width).toBeCloseTo(before.width + 100, -1);
    await expect.poll(() => edge.getAttribute('aria-valuenow')).toBe(String(Math.round(before.width + 100)));

    const next = await browser().openFixture('gmailInbox');
    const nextFrame = next.locator('leeway-sidebar iframe');
    await expect.poll(async () => (await nextFrame.boundingBox())?.width).toBeCloseTo(before.width + 100, -1);
    // And from the keyboard: each arrow press moves the edge 16 pixels.
    await next.getByRole('separator', { name: /Resize Leeway/ }).press('ArrowRight');
    await expect.poll(async () => (await nextFrame.boundingBox())!.width).toBeCloseTo(before.width + 84, -1);
    expect(browser().errors).toEqual([]);
  });

  it('docks into the browser side panel with the same content, and comes back', async () => {
    const page = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    await sidebar(page).getByRole('button', { name: 'Dock Leeway beside the page' }).click();

    await expect.poll(() => sidePanelOpen(page)).toBe(true);
    await expect
      .poll(() => inSidePanel<string>(page, 'document.querySelector("[data-field=thread]")?.dataset.subject ?? ""'))
      .toBe('Q4 launch timeline');
    expect(await inSidePanel<string>(page, 'document.body.innerText')).toContain('Mark Ellison');
    // The in-page frame folds away: nothing of the page is covered.
    await expect.poll(() => page.locator('leeway-sidebar iframe').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Open Leeway' }).isVisible()).toBe(true);

    // The side panel follows the page: a new thread shows there.
    await page.locator('[role="navigation"] a[href="#inbox"]').click();
    await expect.poll(() => inSidePanel<string>(page, 'document.body.innerText')).toContain("Open a client's thread");

    await inSidePanel(page, 'document.querySelector("[aria-label=\'Put Leeway back over the page\']").click()');
    await expect.poll(() => page.locator('leeway-sidebar iframe').isVisible()).toBe(true);
    await expect.poll(() => sidebarText(page)).toContain("Open a client's thread");
    expect(browser().errors).toEqual([]);
  });

  it('docked from the options page, keeps no frame in a new Gmail tab, and its tab opens the side panel', async () => {
    const options = await browser().openOptions();
    await options.getByLabel(/Show Leeway in the browser's side panel/).check();
    const page = await browser().openFixture('gmailThread');
    await page.getByRole('button', { name: 'Open Leeway' }).waitFor();
    expect(await page.locator('leeway-sidebar iframe').count()).toBe(0);

    await page.getByRole('button', { name: 'Open Leeway' }).click();
    await expect.poll(() => sidePanelOpen(page)).toBe(true);
    await expect
      .poll(() => inSidePanel<string>(page, 'document.querySelector("[data-field=thread]")?.dataset.subject ?? ""'))
      .toBe('Q4 launch timeline');
    // The same setting, unticked, brings the sidebar back into the page.
    await options.getByLabel(/Show Leeway in the browser's side panel/).uncheck();
    await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-subject')).toBe('Q4 launch timeline');
    expect(browser().errors).toEqual([]);
  });

  it('keeps every open view current: a template saved in the options shows in the sidebar, a flag in the options', async () => {
    const gmail = await browser().openFixture('gmailThreadB');
    await sidebar(gmail).locator('[role="option"]').first().waitFor();
    const options = await browser().openOptions();

    await options.getByRole('button', { name: 'New template' }).click();
    await options.locator('#template-name').fill('Deadline moved by the client');
    await options.locator('#template-body').fill('Hi {{client.firstName}},\n\nNoted.\n\n{{me.signature}}');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => sidebar(gmail).locator('[role="option"]', { hasText: 'Deadline moved by the client' }).count())
      .toBe(1);

    const claire = options.locator('#clients li[data-client="Claire Martin"]');
    // The clients are listed (none yet) before the flag: it arrives with the change event.
    await options.locator('#clients').getByText('No client flagged yet').waitFor();
    expect(await claire.count()).toBe(0);
    const french = await browser().openFixture('gmailThreadFr');
    await flagFromSidebar(french, ['A decision reversed after sign-off'], 'Mild');
    await expect.poll(() => claire.count()).toBe(1);
    expect(browser().errors).toEqual([]);
  });
});
