import { describe, expect, it } from 'vitest';
import { useLeewayBrowser } from './support/use-browser';
import { sidebarField, sidebarText, sidebar } from './support/sidebar';

// The browser's language decides Leeway's, whatever language Gmail is set to.
const browser = useLeewayBrowser({ language: 'fr' });

describe('Leeway in a French browser', () => {
  it('speaks French in the Gmail sidebar, on English and French Gmail alike', async () => {
    for (const fixture of ['gmailThread', 'gmailThreadFr'] as const) {
      const page = await browser().openFixture(fixture);
      await expect.poll(() => sidebarField(page, 'thread').getAttribute('data-thread-id')).toMatch(/^[0-9a-f]{16}$/);
      expect(await sidebarText(page)).toContain('En faire une tâche');
      expect(await sidebar(page).getByRole('button', { name: 'Réduire Leeway' }).count()).toBe(1);
    }
    expect(browser().errors).toEqual([]);
  });

  it('speaks French in Calendar and on the options page', async () => {
    const calendar = await browser().openFixture('calendarWeek');
    await expect.poll(() => sidebarField(calendar, 'view').textContent()).toBe('Semaine');
    expect(await sidebarField(calendar, 'dates').textContent()).toBe('dim. 22 – sam. 28 nov. 2026');
    // French puts a narrow no-break space before "%": compared as plain spaces.
    await expect
      .poll(async () => (await sidebarField(calendar, 'gaps-summary').textContent())?.replace(/\s/g, ' '))
      .toBe('Occupé 23 h 30 min, libre 16 h 30 min, charge 59 % (objectif : 80 % au plus). Jours sans marge : 1.');
    expect(await sidebar(calendar).locator('li.day-gaps', { hasText: 'jeu. 26 nov.' }).textContent()).toContain(
      'Aucune marge',
    );

    const options = await browser().openOptions();
    await expect.poll(() => options.title()).toBe('Réglages de Leeway');
    expect(await options.getByRole('heading', { level: 2, name: 'Sauvegarde' }).count()).toBe(1);
    expect(browser().errors).toEqual([]);
  });
});
