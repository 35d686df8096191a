import { describe, expect, it } from 'vitest';
import { sidebar, sidebarText } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

// The week as Calendar might paint it after a markup change: the same day columns, the same
// clickable event chips (role=button, times in their labels), but none of the attributes Leeway
// knows chips by.
const chipsRenamed = (html: string) =>
  html.replaceAll(' data-eventchip=""', ' data-event-card=""').replaceAll(' data-eventid=', ' data-event-ref=');

describe('a Calendar markup change must not turn the week into free time', () => {
  it('says it cannot read the events, names the selector, and draws and offers nothing', async () => {
    const page = await browser().openFixture('calendarWeek', undefined, chipsRenamed);
    // The fixture still shows its meetings: only the markup Leeway reads has changed.
    expect(await page.locator('[role="gridcell"] [role="button"]', { hasText: 'Board deck for Mark' }).count()).toBe(1);
    await expect.poll(() => sidebarText(page)).toContain('no match for `[data-eventchip]`');
    const alert = sidebar(page).getByRole('alert');
    expect(await alert.textContent()).toBe(
      'Leeway can\'t read the events on screen (no match for `[data-eventchip]`, `div[data-eventid][role="button"]`). ' +
        'Nothing is drawn: Google Calendar may have changed its page. Your events are untouched.',
    );
    // The days are still named, but no free time is claimed, drawn or offered for booking.
    expect(await sidebar(page).locator('[data-field="dates"]').textContent()).toBe('Sun, Nov 22 – Sat, Nov 28, 2026');
    expect(await page.locator('[data-leeway-gap]').count()).toBe(0);
    expect(await sidebar(page).locator('[data-field="gaps-summary"]').count()).toBe(0);
    expect(
      await sidebar(page)
        .getByRole('link', { name: /Reserve/ })
        .count(),
    ).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it('takes back the overlay it drew when the chips stop matching on an open page', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => page.locator('[data-leeway-gap]').count()).toBeGreaterThan(0);
    // Calendar repaints its chips with the new markup while the week stays open.
    await page.evaluate(() =>
      document.querySelectorAll('[data-column-index] [data-eventchip]').forEach((chip) => {
        const repainted = chip.cloneNode(true) as Element;
        repainted.removeAttribute('data-eventchip');
        repainted.setAttribute('data-event-ref', chip.getAttribute('data-eventid')!);
        repainted.removeAttribute('data-eventid');
        chip.replaceWith(repainted);
      }),
    );
    await expect.poll(() => sidebarText(page)).toContain('no match for `[data-eventchip]`');
    expect(await page.locator('[data-leeway-gap]').count()).toBe(0);
    expect(
      await sidebar(page)
        .getByRole('link', { name: /Reserve/ })
        .count(),
    ).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it('still reads a week with no event at all as free', async () => {
    const page = await browser().openFixture('calendarWeek');
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect
      .poll(() => sidebar(page).locator('[data-field="gaps-summary"]').textContent())
      .toBe('Booked 0m, free 40h, load 0% (target at most 80%). Days without a buffer: 0.');
    expect(await sidebar(page).getByRole('alert').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });
});
