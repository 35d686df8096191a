import { describe, expect, it } from 'vitest';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

const mondayKinds = (page: import('playwright-core').Page) =>
  page
    .locator('[data-leeway-gap][data-gap-start^="2026-11-23"]')
    .evaluateAll((blocks) =>
      blocks.map((b) => `${b.getAttribute('data-gap-start')!.slice(11)} ${b.getAttribute('data-gap-kind')}`).sort(),
    );

describe('gap settings and live changes', () => {
  it('follows the working week, the minimum buffer and the colours set on the options page', async () => {
    const options = await browser().openOptions();
    await options.getByLabel('Monday – Start').fill('08:00');
    await options.getByLabel('A buffer lasts at least (minutes)').fill('45');
    await options.getByLabel('Friday – Start').focus(); // leaving the number saves it
    await options.getByLabel('Works on Friday').uncheck();
    await options.getByLabel('Colour of short gaps').fill('#cc79a7');
    await expect.poll(() => options.getByLabel('Friday – Start').isDisabled()).toBe(true);

    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => mondayKinds(page)).toEqual(['08:00 buffer', '13:30 short', '14:30 buffer']);
    expect(await page.locator('[data-leeway-gap][data-gap-start^="2026-11-27"]').count()).toBe(0);
    const shortColor = await page
      .locator('[data-gap-start="2026-11-23T13:30"]')
      .evaluate((b) => getComputedStyle(b).borderLeftColor);
    expect(shortColor).toBe('rgb(204, 121, 167)');
    expect(browser().errors).toEqual([]);
  });

  it('redraws an open Calendar week when a setting changes on the options page, with no reload', async () => {
    const page = await browser().openFixture('calendarWeek');
    const block = page.locator('[data-gap-start="2026-11-23T14:30"]');
    await expect.poll(() => block.count()).toBe(1);
    const drawnBefore = await block.evaluate((el) => getComputedStyle(el).borderLeftColor);
    await page.evaluate(() => ((window as any).__sameDocument = true));

    const options = await browser().openOptions();
    await options.getByLabel('Colour of buffers').fill('#009e73');
    await expect.poll(() => block.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(0, 158, 115)');
    expect(drawnBefore).not.toBe('rgb(0, 158, 115)');
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    expect(browser().errors).toEqual([]);
  });

  it('redraws when Calendar adds an event, with no navigation', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => page.locator('[data-gap-start="2026-11-25T16:00"]').count()).toBe(1);
    // Calendar draws a new 16:00-17:00 chip into Wednesday, as after the user creates an event.
    await page.evaluate(() => {
      const wednesday = [...document.querySelectorAll('[data-column-index]')][3]!;
      const chip = wednesday.querySelector('[data-eventchip]')!.cloneNode(true) as HTMLElement;
      chip.style.top = `${16 * 48}px`;
      chip.style.height = `${48 - 2}px`;
      chip.querySelector('.XuJrye')!.textContent =
        '4pm to 5pm, New call, Calendar: Jane Doe, No location, November 25, 2026';
      chip.querySelector('.lhydbb')!.textContent = 'New call';
      wednesday.append(chip);
    });
    await expect.poll(() => page.locator('[data-gap-start="2026-11-25T17:00"]').count()).toBe(1);
    expect(await page.locator('[data-gap-start="2026-11-25T16:00"]').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });
});
