import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

describe('trusted colleagues on the options page', () => {
  it('adds colleagues, refuses one without an address, lists them, removes one, and backs them up', async () => {
    const page = await browser().openOptions();
    const section = page.locator('#colleagues');
    await expect.poll(() => section.textContent()).toContain('No colleague yet.');
    const form = section.getByRole('form', { name: 'Add the colleague' });

    await form.getByLabel('Name').fill('Nadia Roux');
    await form.getByLabel('Email address').fill('nadia at roux');
    await form.getByRole('button', { name: 'Add the colleague' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toContain('an email address');
    expect(await section.locator('li').count()).toBe(0);

    await form.getByLabel('Email address').fill('nadia@roux-assist.fr');
    await form.getByLabel('What they can cover').fill('Inbox, calendar');
    await form.getByLabel('French').check();
    await form.getByRole('button', { name: 'Add the colleague' }).click();
    await form.getByLabel('Name').fill('Ben Carter');
    await form.getByLabel('Email address').fill('ben@carter.co');
    await form.getByRole('button', { name: 'Add the colleague' }).click();

    const items = section.locator('li[data-colleague]');
    await expect
      .poll(() => items.evaluateAll((li) => li.map((each) => each.getAttribute('data-colleague'))))
      .toEqual(['Ben Carter', 'Nadia Roux']);
    expect(await section.locator('li[data-colleague="Nadia Roux"]').textContent()).toContain(
      'Nadia Roux · nadia@roux-assist.fr · FrenchCan cover: Inbox, calendar',
    );

    await section.getByRole('button', { name: 'Remove Ben Carter' }).click();
    await expect.poll(() => items.count()).toBe(1);

    const { res } = await sendRaw(page, 'exportBackup', undefined);
    expect(JSON.parse(res.text).stores.colleagues.map((c: { email: string }) => c.email)).toEqual([
      'nadia@roux-assist.fr',
    ]);
  });
});
