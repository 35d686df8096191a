import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { sidebar } from './support/sidebar';
import { inlineReplyBody, openTemplate, workingDaysAhead } from './support/templates';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser({ language: 'en' });

// A contenteditable keeps some spaces as no-break spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('the client agreement card', () => {
  it('writes to a client set to French and tu, with their greeting, in an English thread and browser', async () => {
    const options = await browser().openOptions();
    const flagged = await sendRaw(options, 'flagClient', {
      person: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
      thread: { subject: 'Q4 launch timeline' },
      flag: { signs: ['scope-creep'], severity: 'low', note: '' },
    });
    expect(flagged.err).toBeUndefined();
    await options.reload();
    await options.locator('#clients li[data-client="Mark Ellison"] button.client-row').click();
    const card = options.getByRole('form', { name: 'Agreement' });
    await card.getByLabel('Write to them in').selectOption({ label: 'French' });
    await card.getByLabel('In French').selectOption({ label: 'tu (informal)' });
    await card.getByLabel('Greeting').fill('Salut Mark');
    await card.getByRole('button', { name: 'Save the agreement' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Agreement saved.');
    const { res } = await sendRaw(options, 'getClientCard', { email: 'mark@northwind-creative.com' });
    expect(res.client.agreement).toEqual({ language: 'fr', formality: 'tu', greeting: 'Salut Mark' });

    // His English thread: the list offers the French tu versions only.
    const page = await browser().openFixture('gmailThread');
    const frame = sidebar(page);
    await frame.locator('[role="option"]', { hasText: 'Prévenir d’un retard (tu)' }).waitFor();
    expect(await frame.locator('[role="option"]', { hasText: /^Delay notice/ }).count()).toBe(0);
    expect(await frame.locator('[role="option"]', { hasText: /^Prévenir d’un retard$/ }).count()).toBe(0);

    await openTemplate(page, 'Prévenir d’un retard (tu)');
    await frame.locator('#leeway-field-task').fill('la maquette');
    await frame.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(async () => plain(await inlineReplyBody(page).innerText())).toMatch(/^Salut Mark,\n/);
    const text = plain(await inlineReplyBody(page).innerText());
    expect(text).toContain(
      'Je préfère te prévenir tout de suite : je ne pourrai pas livrer la maquette à la date convenue.',
    );
    expect(text).toContain(`Je peux te l’envoyer d’ici le ${workingDaysAhead(2, 'fr')}.`);
    expect(text).toMatch(/Bien à toi,\n/);
    expect(text).not.toMatch(/Hi Mark|Bonjour|(^|\s)vous\b/);
    expect(browser().errors).toEqual([]);
  });

  it('previews a template with a sample card, so the lines that need one show in the editor', async () => {
    const options = await browser().openOptions();
    const row = options.locator('#templates tr', {
      has: options.getByRole('rowheader', { name: 'Ending the engagement', exact: true }),
    });
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect
      .poll(() => options.getByTestId('template-preview').textContent())
      .toContain("That's the two weeks notice we agreed on.");
    expect(browser().errors).toEqual([]);
  });
});
