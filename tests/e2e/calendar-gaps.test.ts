import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebarText, sidebar, sidebarCount } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

/** The overlay blocks on the page, as "start end kind", in document order. */
const overlays = (page: Page) =>
  page
    .locator('[data-leeway-gap]')
    .evaluateAll((blocks) =>
      blocks
        .map(
          (b) =>
            `${b.getAttribute('data-gap-start')} ${b.getAttribute('data-gap-end')} ${b.getAttribute('data-gap-kind')}`,
        )
        .sort(),
    );
const gaps = (day: string, ...spans: string[]) =>
  spans.map((span) => {
    const [start, end, kind = 'buffer'] = span.split(/[-\s]/);
    return `${day}T${start} ${day}T${end} ${kind}`;
  });

// Default settings: 09:00-18:00 Monday to Friday, lunch 12:30-13:30, buffers from 30 minutes.
const EN_WEEK = [
  ...gaps('2026-11-23', '13:30-14:00', '14:30-18:00'),
  ...gaps('2026-11-24', '11:00-11:15 short', '12:00-12:30', '17:30-18:00'),
  ...gaps('2026-11-25', '09:45-10:00 short', '11:00-12:30', '13:30-15:00', '16:00-18:00'),
  ...gaps('2026-11-27', '09:00-09:30', '10:00-12:30', '13:30-14:00', '15:30-18:00'),
].sort();

describe('buffer gaps over Google Calendar', () => {
  it('draws exactly the gaps of an English 12-hour week, with a fully booked day flagged', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => overlays(page)).toEqual(EN_WEEK);
    const tuesday = sidebar(page).locator('li.day-gaps', { hasText: 'Tue, Nov 24' });
    expect(await tuesday.locator('[data-field="day-figures"]').textContent()).toBe(
      'booked 6h 45m · free 1h 15m · largest buffer 30m · load 84%',
    );
    expect(await tuesday.textContent()).toContain('Over the target');
    const thursday = sidebar(page).locator('li.day-gaps', { hasText: 'Thu, Nov 26' });
    expect(await thursday.textContent()).toContain('No buffer at all');
    expect(await sidebar(page).locator('[data-field="gaps-summary"]').textContent()).toBe(
      'Booked 23h 30m, free 16h 30m, load 59% (target at most 80%). Days without a buffer: 1.',
    );
    // Reserving a buffer opens Calendar's own editor, prefilled.
    const reserve = sidebar(page).locator('li.day-gaps', { hasText: 'Mon, Nov 23' }).getByRole('link').first();
    const url = new URL((await reserve.getAttribute('href'))!);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/u/0/r/eventedit');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      text: 'Buffer',
      dates: '20261123T133000/20261123T140000',
    });
    expect(browser().errors).toEqual([]);
  });

  it('never catches a click, and stays in place through resizing and scrolling', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => overlays(page)).toEqual(EN_WEEK);
    // Every block lets the pointer through to what is under it.
    const through = await page.locator('[data-leeway-gap]').evaluateAll((blocks) =>
      blocks.every((block) => {
        const r = block.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 5));
        return !hit || !hit.hasAttribute('data-leeway-gap');
      }),
    );
    expect(through).toBe(true);
    // A chip right above a block still gets its click.
    const chip = page.locator('[data-eventchip]', { hasText: 'Board deck for Mark' });
    await chip.click();
    expect(await chip.getAttribute('data-fixture-clicked')).toBe('');
    // A 5-minute event is drawn taller than it lasts (Calendar's smallest chip), over the gap
    // that follows it: a click there, inside the overlay block, reaches the event.
    await page.evaluate(() => {
      const monday = document.querySelectorAll('[data-column-index]')[1]!;
      const quick = monday.querySelector('[data-eventchip]')!.cloneNode(true) as HTMLElement;
      Object.assign(quick.style, { top: `${16 * 48}px`, height: '22px', zIndex: '0' });
      quick.querySelector('.XuJrye')!.textContent =
        '4pm to 4:05pm, Quick call, Calendar: Jane Doe, No location, November 23, 2026';
      quick.querySelector('.lhydbb')!.textContent = 'Quick call';
      quick.removeAttribute('data-fixture-clicked');
      monday.append(quick);
    });
    const after = page.locator('[data-gap-start="2026-11-23T16:05"]');
    await after.waitFor({ state: 'attached' });
    const quick = page.locator('[data-eventchip]', { hasText: 'Quick call' });
    await quick.scrollIntoViewIfNeeded();
    const block = (await after.boundingBox())!;
    const chipBox = (await quick.boundingBox())!;
    expect(chipBox.y + chipBox.height).toBeGreaterThan(block.y + 5); // the chip reaches into the block
    await page.mouse.click(chipBox.x + chipBox.width / 2, block.y + 5);
    expect(await quick.getAttribute('data-fixture-clicked')).toBe('');

    const placement = () =>
      page.locator('[data-gap-start="2026-11-23T14:30"]').evaluate((block) => {
        const column = block.parentElement!.getBoundingClientRect();
        const r = block.getBoundingClientRect();
        return Math.round(((r.top - column.top) / column.height) * 1440);
      });
    expect(await placement()).toBe(14 * 60 + 30);
    await page.setViewportSize({ width: 900, height: 600 });
    await page.locator('[role="main"]').evaluate((main) => main.scrollBy(0, 400));
    expect(await placement()).toBe(14 * 60 + 30);
    expect(await page.locator('[data-leeway-gap]').count()).toBe(EN_WEEK.length + 1);
    expect(browser().errors).toEqual([]);
  });

  it('replaces the overlay when moving to the next week, leaving nothing behind', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => overlays(page)).toEqual(EN_WEEK);
    await page.getByRole('button', { name: 'Next week' }).click();
    const empty = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].flatMap((day) =>
      gaps(day, '09:00-12:30', '13:30-18:00'),
    );
    await expect.poll(() => overlays(page)).toEqual(empty.sort());
    expect(await sidebarCount(page)).toBe(1);
    await page.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(() => overlays(page)).toEqual(EN_WEEK);
    expect(browser().errors).toEqual([]);
  });

  it('reads a French 24-hour week: a night flight, overlapping events, an all-day event', async () => {
    const page = await browser().openFixture('calendarWeekFr');
    await expect
      .poll(() => overlays(page))
      .toEqual(
        [
          ...gaps('2026-11-23', '09:30-10:00', '11:00-12:30', '13:30-16:00', '17:00-18:00'),
          ...gaps('2026-11-24', '09:15-10:00', '12:00-12:30', '13:30-14:00', '14:20-14:40 short'),
          ...gaps('2026-11-26', '09:00-11:00', '12:00-12:30', '13:30-18:00'),
          ...gaps('2026-11-27', '09:00-12:30', '13:30-18:00'),
        ].sort(),
      );
    // The overlay is the page's; the sidebar shows the same reading once its frame has it.
    await expect.poll(() => sidebarText(page)).toContain('Days without a buffer: 1.');
    const figures = (day: string) =>
      sidebar(page).locator('li.day-gaps', { hasText: day }).locator('[data-field="day-figures"]').textContent();
    // Monday: the end of the night flight, two events; the all-day birthday does not count.
    expect(await figures('Mon, Nov 23')).toBe('booked 2h 30m · free 5h 30m · largest buffer 2h 30m · load 31%');
    expect(await figures('Wed, Nov 25')).toBe('booked 8h · free 0m · largest buffer 0m · load 100%');
    expect(browser().errors).toEqual([]);
  });

  it('draws the gaps of a day view, and says where gaps show in month view', async () => {
    const day = await browser().openFixture('calendarDay');
    await expect
      .poll(() => overlays(day))
      .toEqual(gaps('2026-11-24', '11:00-11:15 short', '12:00-12:30', '17:30-18:00').sort());
    const month = await browser().openFixture('calendarMonth');
    await expect.poll(() => sidebarText(month)).toContain('Buffer gaps show in day and week views.');
    expect(await month.locator('[data-leeway-gap]').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });
});
