import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

const syncItems = (page: Page) =>
  page.evaluate(() => (globalThis as any).chrome.storage.sync.get(null)) as Promise<Record<string, any>>;

const draft = (body: string, id?: string) => ({
  ...(id ? { id } : {}),
  name: 'Invoice reminder',
  category: 'other',
  language: 'en',
  subject: '',
  body,
  fields: [],
});

describe('templates through the browser sync', () => {
  it('sends a saved template out, takes the newer one in, and shows the conflict', async () => {
    const page = await browser().openOptions();
    const { res: saved } = await sendRaw(page, 'saveTemplate', draft('First version.'));
    const key = `template:${saved.id}`;
    await expect.poll(async () => (await syncItems(page))[key]?.template.body).toBe('First version.');

    // Edited here while sync is off, and on another computer (written into sync storage as
    // that computer's Leeway would): both changed since they last agreed.
    await sendRaw(page, 'updateSettings', { syncEnabled: false });
    await sendRaw(page, 'saveTemplate', draft('Edited here.', saved.id));
    const remote = (await syncItems(page))[key];
    await page.evaluate(
      ([key, value]) => (globalThis as any).chrome.storage.sync.set({ [key as string]: value }),
      [
        key,
        { ...remote, template: { ...remote.template, body: 'Edited on the laptop.' }, updatedAt: Date.now() + 60_000 },
      ],
    );
    expect((await syncItems(page))[key].template.body).toBe('Edited on the laptop.');
    await page.reload();
    const sync = page.locator('#backup [data-field="sync"]');
    await sync.getByLabel(/Keep my templates and settings the same on my other computers/).check();

    await expect
      .poll(() => sync.locator('[data-field="sync-conflicts"]').textContent())
      .toContain('“Invoice reminder” was changed on this computer and on another one');
    expect(await sync.locator('[data-field="sync-conflicts"]').textContent()).toContain('from the other computer');
    const { res: list } = await sendRaw(page, 'listTemplates', undefined);
    expect(list.templates.find((t: { id: string }) => t.id === saved.id).body).toBe('Edited on the laptop.');
    await sync.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => sync.locator('[data-field="sync-conflicts"]').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it("sends a 20,000-character template in parts that Chrome's own quota accepts", async () => {
    const page = await browser().openOptions();
    await sendRaw(page, 'updateSettings', { syncEnabled: true });
    // "<" and long numbers are what Chrome counts larger than JavaScript does.
    const body = 'Clause 1. <Les parties> conviennent de ce qui suit… '.repeat(400).slice(0, 20_000);
    const { res: saved } = await sendRaw(page, 'saveTemplate', { ...draft(body), name: 'Full contract' });
    const key = `template:${saved.id}`;
    // Chrome refuses an item over 8 KB: that the head and its parts are there is its answer.
    await expect.poll(async () => (await syncItems(page))[key]?.parts).toBeGreaterThanOrEqual(3);
    const items = await syncItems(page);
    const parts = Array.from({ length: items[key].parts }, (_, i) => items[`part:${i}:${key}`]);
    expect(JSON.parse(parts.map((part) => part.text).join('')).template.body).toBe(body);
    expect((await sendRaw(page, 'getSyncStatus', undefined)).res.refused).toEqual([]);
    await page.reload();
    await page.locator('#backup [data-field="sync"]').waitFor();
    expect(await page.locator('#backup [data-field="sync-refused"]').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });
});
