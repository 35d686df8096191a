import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { sidebar } from './support/sidebar';
import { openTemplate } from './support/templates';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

describe('a hand-off naming a trusted colleague', () => {
  it('fills {{colleague.name}} and {{colleague.email}} with the colleague picked in the form', async () => {
    const options = await browser().openOptions();
    for (const colleague of [
      { name: 'Ben Carter', email: 'ben@carter.co', covers: '', languages: ['en'] },
      { name: 'Nadia Roux', email: 'nadia@roux-assist.fr', covers: 'Inbox', languages: ['fr'] },
    ])
      expect((await sendRaw(options, 'saveColleague', { colleague })).err).toBeUndefined();
    const saved = await sendRaw(options, 'saveTemplate', {
      name: 'Out today: hand-off',
      category: 'other',
      language: 'en',
      subject: '',
      body: 'I am out today; {{colleague.name}} ({{colleague.email}}) takes over.',
      fields: [],
    });
    expect(saved.err).toBeUndefined();

    const page = await browser().openFixture('gmailThread');
    await openTemplate(page, 'Out today: hand-off');
    const preview = sidebar(page).locator('[data-field="preview"]');
    await expect.poll(() => preview.textContent()).toBe('I am out today; Ben Carter (ben@carter.co) takes over.');
    await sidebar(page).getByLabel('Colleague taking over').selectOption({ label: 'Nadia Roux' });
    await expect
      .poll(() => preview.textContent())
      .toBe('I am out today; Nadia Roux (nadia@roux-assist.fr) takes over.');
  });
});
