import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { sidebar } from './support/sidebar';
import { inlineReplyBody, openTemplate, workingDaysAhead } from './support/templates';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser({ language: 'fr', firstRun: true });

const insert = (page: Page) => sidebar(page).getByRole('button', { name: 'Insérer' }).click();
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('messages that fit the moment, in a French browser', () => {
  // First: the browser's profile is fresh only for this one.
  it('shows the first-run setup on a fresh profile, and "Plus tard" puts it off', async () => {
    const options = await browser().openOptions();
    const setup = options.getByRole('region', { name: 'Réglez Leeway en une minute' });
    await setup.waitFor();
    expect(await options.locator('section').first().getAttribute('id')).toBe('setup');
    expect(await setup.getByRole('checkbox', { name: 'Français' }).isChecked()).toBe(true);
    await setup.getByRole('button', { name: 'Plus tard' }).click();
    await setup.waitFor({ state: 'detached' });
    expect((await sendRaw(options, 'getSettings', undefined)).res.setupDone).toBe(true);
    await options.close();
  });

  it('writes in "tu" to a client whose card says tu, and the moved-deadline message with no reason', async () => {
    const options = await browser().openOptions();
    const flagged = await sendRaw(options, 'flagClient', {
      person: { name: 'Claire Martin', email: 'claire.martin@atelier-lumiere.fr' },
      thread: { subject: 'Calendrier du lancement T4' },
      flag: { signs: ['scope-creep'], severity: 'low', note: '' },
    });
    expect(flagged.err).toBeUndefined();
    await options.reload();
    await options.locator('#clients li[data-client="Claire Martin"] button.client-row').click();
    const card = options.getByRole('form', { name: 'Ce qui est convenu' });
    await card.getByLabel('En français').selectOption({ label: 'tutoiement (tu)' });
    await card.getByLabel('Préavis').fill('deux semaines');
    await card.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Fiche enregistrée.');

    const page = await browser().openFixture('gmailThreadFr');
    // Only the tu version of each message is offered to her.
    await sidebar(page).locator('[role="option"]', { hasText: 'Prévenir d’un retard (tu)' }).waitFor();
    expect(
      await sidebar(page)
        .locator('[role="option"]', { hasText: /^Prévenir d’un retard$/ })
        .count(),
    ).toBe(0);
    await openTemplate(page, 'Le client a avancé l’échéance (tu)');
    expect(await sidebar(page).locator('#leeway-field-reason').inputValue()).toBe('');
    await sidebar(page).locator('#leeway-field-readyBy').fill('- la page d’accueil');
    await insert(page);

    await expect.poll(async () => plain(await inlineReplyBody(page).innerText())).toMatch(/^Bonjour Claire,\n/);
    const text = plain(await inlineReplyBody(page).innerText());
    expect(text).toContain(`Merci pour l’info : l’échéance est désormais le ${workingDaysAhead(1, 'fr')}.`);
    expect(text).toContain('Voici ce que je peux te remettre d’ici là :\n- la page d’accueil');
    expect(text).toContain(`Le reste suivra d’ici le ${workingDaysAhead(5, 'fr')}.`);
    expect(text).toMatch(/Bien à toi,\n/);
    expect(text).not.toMatch(/ {2}|vous/);
    expect(browser().errors).toEqual([]);
  });
});
