import { describe, expect, it } from 'vitest';
import { clientStatus } from './support/clients';
import { putRaw } from './support/put-raw';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

const flag = (name: string, email: string, signs: string[], subject: string) => ({
  person: { name, email },
  thread: { id: '19a36435ce2f0ff3', subject },
  flag: { signs, severity: 'medium', note: '' },
});

describe('clients on the options page', () => {
  it('ranks clients by recent signs, shows their timeline, and edits, ends and merges them', async () => {
    const page = await browser().openOptions();
    await expect.poll(() => page.locator('#clients').textContent()).toContain('No client flagged yet');
    expect(
      (
        await sendRaw(
          page,
          'flagClient',
          flag('Mark Ellison', 'mark@northwind-creative.com', ['scope-creep'], 'Q4 launch timeline'),
        )
      ).err,
    ).toBeUndefined();
    await sendRaw(
      page,
      'flagClient',
      flag('Priya Shah', 'priya@northwind-creative.com', ['denigration', 'late-payment'], 'Invoices'),
    );
    await page.reload();

    const rows = page.locator('#clients ol.clients > li');
    await expect
      .poll(() => rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-client'))))
      .toEqual(['Priya Shah', 'Mark Ellison']);

    // Mark: renamed, known by his whole company's domain, and ended.
    await page.locator('li[data-client="Mark Ellison"] .client-row').click();
    const mark = page.locator('li[data-client="Mark Ellison"]');
    expect(await mark.locator('.flag-item').textContent()).toContain('Work added beyond what was agreed');
    expect(await mark.locator('.flag-item a').textContent()).toBe('Q4 launch timeline');
    await mark.getByLabel('Name').fill('Northwind Creative');
    await mark.getByLabel('Status').selectOption('ended');
    await mark.getByLabel('Whole domains, one per line (northwind.com)').fill('northwind-creative.com');
    await mark.getByRole('button', { name: 'Save', exact: true }).click();
    const northwind = page.locator('li[data-client="Northwind Creative"]');
    await expect.poll(() => northwind.locator('.client-row').textContent()).toContain('Ended');

    // A webmail domain is refused with the reason, and nothing changes.
    await northwind.getByLabel('Whole domains, one per line (northwind.com)').fill('gmail.com');
    await northwind.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => northwind.getByRole('alert').textContent()).toContain('"gmail.com" is shared');

    // Priya merged into Northwind Creative: one client with all three signs.
    await page.locator('li[data-client="Priya Shah"] .client-row').click();
    const priya = page.locator('li[data-client="Priya Shah"]');
    await priya.getByLabel('Merge this client into').selectOption({ label: 'Northwind Creative' });
    await priya.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Warning signs: 3 in 30 days');

    // In Gmail, anyone at the company now shows as that client.
    const gmail = await browser().openFixture('gmailThread');
    await expect.poll(() => clientStatus(gmail).textContent()).toContain('Northwind Creative');
    expect(await clientStatus(gmail).textContent()).toContain('Ended');
    expect(browser().errors).toEqual([]);
  });

  it('refuses a merge that would give a client more addresses than it can hold, and says why', async () => {
    const page = await browser().openOptions();
    const addresses = (domain: string) => Array.from({ length: 30 }, (_, i) => `person${i}@${domain}`);
    for (const [name, domain] of [
      ['Fabrikam', 'fabrikam.com'],
      ['Contoso', 'contoso.com'],
    ]) {
      const { res } = await sendRaw(page, 'flagClient', flag(name!, `boss@${domain}`, ['scope-creep'], 'Scope'));
      expect((await sendRaw(page, 'updateClient', { id: res.client.id, addresses: addresses(domain!) })).err).toBe(
        undefined,
      );
    }
    await page.reload();

    await page.locator('li[data-client="Contoso"] .client-row').click();
    const contoso = page.locator('li[data-client="Contoso"]');
    await contoso.getByLabel('Merge this client into').selectOption({ label: 'Fabrikam' });
    await contoso.getByRole('button', { name: 'Merge' }).click();
    await expect
      .poll(() => contoso.getByRole('alert').textContent())
      .toContain('merging "Contoso" into "Fabrikam" would give it 60 addresses, and a client can have 50 at most');
    expect(await page.locator('li[data-client="Fabrikam"]').count()).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('names an unreadable client record above the ranking instead of dropping it silently', async () => {
    const page = await browser().openOptions();
    await putRaw(page, 'clients', { id: 'client-broken', name: 'Broken', status: 'lost', addresses: [], domains: [] });
    await page.reload();
    const alert = page.locator('#clients').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Some saved clients could not be read');
    expect(await alert.textContent()).toContain('client "client-broken"');
    expect(await page.locator('li[data-client="Fabrikam"]').count()).toBe(1);
  });
});
