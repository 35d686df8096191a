import { describe, expect, it } from 'vitest';
import { sendRaw } from './send-raw';
import { sidebar } from './sidebar';
import { useLeewayBrowser } from './use-browser';

const browser = useLeewayBrowser();

describe('days off', () => {
  it('a day off in the settings gets no buffers over Calendar, and the sidebar says it is a day off', async () => {
    // Wednesday 25 is a working weekday with three meetings and free time around them.
    const options = await browser().openOptions();
    expect(await sendRaw(options, 'updateSettings', { daysOff: ['2026-11-25'] })).toMatchObject({
      res: { daysOff: ['2026-11-25'] },
    });

    const page = await browser().openFixture('calendarWeek');
    // The other days are drawn as usual...
    await expect.poll(() => page.locator('[data-leeway-gap][data-gap-start^="2026-11-24"]').count()).toBe(3);
    // ...the day off gets nothing over its meetings, and no figures, warnings or "Reserve".
    expect(await page.locator('[data-leeway-gap][data-gap-start^="2026-11-25"]').count()).toBe(0);
    const wednesday = sidebar(page).locator('li.day-gaps', { hasText: 'Wed, Nov 25' });
    expect(await wednesday.textContent()).toBe('Wed, Nov 25 · Day off');
    expect(await sidebar(page).locator('li.day-gaps', { hasText: 'Sat, Nov 28' }).textContent()).toBe(
      'Sat, Nov 28 · Not a working day',
    );
    expect(browser().errors).toEqual([]);
  });
});
