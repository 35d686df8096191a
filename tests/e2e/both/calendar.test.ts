import { describe, expect, it } from 'vitest';
import { browserUnderTest } from '../support/driver';
import { useDriver } from '../support/use-driver';

// The gap overlay over Google Calendar's week, in Chromium and in Firefox.
const browser = useDriver();

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

describe(`buffer gaps over Google Calendar in ${browserUnderTest}`, () => {
  it('draws exactly the gaps of the week, where they belong, and sums up each day', async () => {
    const page = await browser().open('calendarWeek');
    const overlays = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('[data-leeway-gap]')]
            .map((b) => ['start', 'end', 'kind'].map((a) => b.getAttribute(`data-gap-${a}`)).join(' '))
            .sort(),
        undefined,
      );
    await expect.poll(overlays).toEqual(EN_WEEK);
    // Drawn at its time in its day's column: 14:30 sits at 14.5/24 of the column's height.
    const top = await page.evaluate(() => {
      const block = document.querySelector('[data-gap-start="2026-11-23T14:30"]')!;
      const column = block.parentElement!.getBoundingClientRect();
      return Math.round(((block.getBoundingClientRect().top - column.top) / column.height) * 1440);
    }, undefined);
    expect(top).toBe(14 * 60 + 30);

    const figures = (day: string) =>
      page.sidebar.evaluate(
        (day) =>
          [...document.querySelectorAll('li.day-gaps')]
            .find((li) => li.textContent?.includes(day))
            ?.querySelector('[data-field="day-figures"]')?.textContent,
        day,
      );
    await expect.poll(() => figures('Tue, Nov 24')).toBe('booked 6h 45m · free 1h 15m · largest buffer 30m · load 84%');
    expect(await page.sidebar.text('li.day-gaps', 'Thu, Nov 26')).toContain('No buffer at all');
    expect(await page.sidebar.text('[data-field="gaps-summary"]')).toBe(
      'Booked 23h 30m, free 16h 30m, load 59% (target at most 80%). Days without a buffer: 1.',
    );
    expect(browser().errors).toEqual([]);
  });

  it('draws the next week when the user moves to it', async () => {
    const page = await browser().open('calendarWeek');
    await expect.poll(() => page.count('[data-leeway-gap]')).toBe(EN_WEEK.length);
    await page.click('[aria-label="Next week"]');
    await expect.poll(() => page.count('[data-leeway-gap]')).toBe(10);
    await expect.poll(() => page.sidebar.text('[data-field="dates"]')).toBe('Sun, Nov 29 – Sat, Dec 5, 2026');
    expect(await page.count('leeway-sidebar')).toBe(1);
    expect(browser().errors).toEqual([]);
  });
});
