import { describe, expect, it } from 'vitest';
import { sidebar } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

describe('days off', () => {
  it('a day off in the settings gets no buffers over Calendar, and the sidebar says it is a day off', async () => {
    // Wednesday 25 is a working weekday with three meetings and free time around them.
    const options = await browser().openOptions();
    await options.getByLabel('Days off (holidays, leave)').fill('2026-11-25');
    await options.getByRole('button', { name: 'Add this day off' }).click();
    await options.getByRole('button', { name: 'Remove 2026-11-25' }).waitFor();

    const page = await browser().openFixture('calendarWeek');
    // The other days are drawn as usual...
    await expect.poll(() => page.locator('[data-leeway-gap][data-gap-start^="2026-11-24"]').count()).toBe(3);
    // ...the day off gets nothing over its meetings, and no figures, warnings or "Reserve".
    expect(await page.locator('[data-leeway-gap][data-gap-start^="2026-11-25"]').count()).toBe(0);
    const wednesday = sidebar(page).locator('li.day-gaps', { hasText: 'Wed, Nov 25' });
    // Its events stay listed, to track time worked on the day off anyway.
    expect(await wednesday.textContent()).toMatch(/^Wed, Nov 25 · Day off9:00 – 9:45 AM · Inbox triageTrack time/);
    expect(await wednesday.locator('[data-field="day-figures"], .reserve').count()).toBe(0);
    expect(await sidebar(page).locator('li.day-gaps', { hasText: 'Sat, Nov 28' }).textContent()).toBe(
      'Sat, Nov 28 · Not a working day',
    );
    expect(browser().errors).toEqual([]);
  });
});
