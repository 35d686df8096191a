import { describe, expect, it } from 'vitest';
import { useLeewayBrowser } from './support/use-browser';
import { sidebarCount, sidebarField } from './support/sidebar';

const browser = useLeewayBrowser();

describe('the Calendar sidebar', () => {
  it('mounts once on the week view and shows the view and the days on screen', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => sidebarField(page, 'dates').textContent()).toBe('Sun, Nov 22 – Sat, Nov 28, 2026');
    expect(await sidebarField(page, 'view').textContent()).toBe('Week');
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('follows a week change without mounting twice', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => sidebarField(page, 'dates').textContent()).toBe('Sun, Nov 22 – Sat, Nov 28, 2026');

    await page.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => sidebarField(page, 'dates').textContent()).toBe('Sun, Nov 29 – Sat, Dec 5, 2026');
    expect(new URL(page.url()).pathname).toBe('/calendar/u/0/r/week/2026/12/2');
    expect(await sidebarCount(page)).toBe(1);

    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(() => sidebarField(page, 'dates').textContent()).toBe('Sun, Nov 15 – Sat, Nov 21, 2026');
    expect(await sidebarCount(page)).toBe(1);
    expect(browser().errors).toEqual([]);
  });
});
