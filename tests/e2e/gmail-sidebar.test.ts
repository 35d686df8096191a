import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLeeway, type LeewayBrowser } from './browser';

let browser: LeewayBrowser;
beforeAll(async () => {
  browser = await launchLeeway();
});
afterAll(async () => {
  expect(browser.errors).toEqual([]);
  await browser.close();
});

const field = (page: import('playwright-core').Page, name: string) =>
  page.locator(`leeway-sidebar [data-field="${name}"]`);

describe('the Gmail sidebar', () => {
  it('mounts once on a thread and shows its subject, id and the other party', async () => {
    const page = await browser.openFixture('gmailThread');
    await expect.poll(() => field(page, 'thread-id').textContent()).toBe('19a36435ce2f0ff3');
    expect(await field(page, 'subject').textContent()).toBe('Q4 launch timeline');
    // The last message is the user's own: the other party is the client who wrote before it.
    expect(await field(page, 'other-party').textContent()).toBe('Mark Ellisonmark@northwind-creative.com');
    expect(await page.locator('leeway-sidebar').count()).toBe(1);
  });
});
