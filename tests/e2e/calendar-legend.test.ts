import { describe, expect, it } from 'vitest';
import { sidebar } from './support/sidebar';
import { useLeewayBrowserPerLanguage } from './support/use-browser';

// The Calendar overlay read at a glance, in English and French: a legend, buffers drawn apart
// from Google's events, today first with the earlier days folded, "Reserve" of the set length.
const browserIn = useLeewayBrowserPerLanguage();

const CASES = [
  {
    language: 'en',
    legend: [
      'Free for 30m or more: a buffer (hatched)',
      'Free for less than 30m: too short (dotted)',
      'Solid blocks are your Calendar events, untouched',
    ],
    today: 'Today, Wed, Nov 25',
    ahead: ['Today, Wed, Nov 25', 'Thu, Nov 26', 'Fri, Nov 27', 'Sat, Nov 28'],
    past: 'Earlier days (3)',
    reserve: 'Reserve 11:00 AM–11:30 AM',
  },
  {
    language: 'fr',
    legend: [
      'Libre 30 min ou plus : une marge (hachurée)',
      'Libre moins de 30 min : trop court (pointillés)',
      'Les blocs pleins sont vos événements Agenda, intacts',
    ],
    today: 'Aujourd’hui, mer. 25 nov.',
    ahead: ['Aujourd’hui, mer. 25 nov.', 'jeu. 26 nov.', 'ven. 27 nov.', 'sam. 28 nov.'],
    past: 'Jours passés (3)',
    reserve: 'Réserver 11:00–11:30',
  },
] as const;

describe.each(CASES)('the Calendar overlay in $language', (words) => {
  it('has a legend, hatched buffers, today first, earlier days folded, and Reserve of the set length', async () => {
    const browser = browserIn(words.language);
    await browser.context.clock.setFixedTime(new Date(2026, 10, 25, 10));
    const page = await browser.openFixture('calendarWeek');
    const frame = sidebar(page);
    const legend = frame.locator('[data-field="gaps-legend"] li');
    // French keeps "30 min" together with no-break spaces: compared as plain spaces.
    await expect
      .poll(async () => (await legend.allTextContents()).map((text) => text.replace(/[\u00a0\u202f]/g, ' ')))
      .toEqual(words.legend);

    // A buffer on the grid is hatched in a dashed outline, a short slot dotted: not a solid event.
    const block = page.locator('[data-leeway-gap][data-gap-kind="buffer"]').first();
    await block.waitFor({ state: 'attached' });
    const style = await block.evaluate((el) => [
      getComputedStyle(el).borderTopStyle,
      getComputedStyle(el).backgroundImage,
    ]);
    expect(style[0]).toBe('dashed');
    expect(style[1]).toContain('repeating-linear-gradient');
    const short = page.locator('[data-leeway-gap][data-gap-kind="short"]').first();
    expect(await short.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dotted');

    // Today first, then the days ahead; the days gone are folded away.
    const headings = frame.locator('.gaps > ul.days > li.day-gaps > strong');
    await expect.poll(() => headings.allTextContents()).toEqual(words.ahead);
    const past = frame.locator('[data-field="past-days"]');
    expect(await past.locator('summary').textContent()).toBe(words.past);
    expect(await past.locator('li.day-gaps').first().isVisible()).toBe(false);

    // Wednesday's 11:00–12:30 gap: Reserve books the 30 minutes set, at its start.
    const reserve = frame.locator('li.day-gaps.today').getByRole('link').first();
    expect((await reserve.textContent())?.replace(/\s/g, ' ')).toBe(words.reserve.replace(/\s/g, ' '));
    const url = new URL((await reserve.getAttribute('href'))!);
    expect(url.searchParams.get('dates')).toBe('20261125T110000/20261125T113000');
  });
});
