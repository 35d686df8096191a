import { describe, expect, it } from 'vitest';
import { beAway, moveStart, realFocus, storedEntries } from './support/focus';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser({ language: 'fr' });

describe("l'absence proposée au retour", () => {
  it('se lit en français, heures comprises, et se retire', async () => {
    const gmail = await browser().openFixture('gmailInbox');
    await sidebar(gmail).getByRole('textbox', { name: 'Que faites-vous ?' }).fill('Factures');
    await sidebar(gmail).getByRole('button', { name: 'Démarrer' }).click();
    await expect.poll(() => sidebarField(gmail, 'timer-description').textContent()).toBe('Factures');
    const [started] = await storedEntries(browser());
    await moveStart(browser(), started!.id, started!.start - 90 * 60_000);
    await realFocus(browser(), gmail);

    await beAway(browser(), gmail, 75);
    const offer = sidebar(gmail).getByRole('group', { name: 'Temps d’absence' });
    // 24-hour times (after the weekday when the absence spans midnight: "lun. 22:47 – mar. 00:02"),
    // a space before the units, no English left.
    const time = String.raw`(?:[a-z]{3}\.\s)?\d{2}:\d{2}`;
    await expect
      .poll(() => offer.textContent())
      .toMatch(
        new RegExp(
          String.raw`^Absence de 1\sh\s1[56]\smin \(${time}\s–\s${time}\) pendant que le chronomètre tournait\.`,
        ),
      );
    await offer.getByRole('button', { name: 'Retirer ce temps' }).click();
    await expect.poll(async () => (await storedEntries(browser())).length).toBe(2);
    expect(browser().errors).toEqual([]);
  });
});
