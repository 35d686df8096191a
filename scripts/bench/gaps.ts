// (1) The gap computation for 10,000 events over a week, in Node. (2) Drawing the overlay over a
// week of 200 events in Chromium: from navigation to the last overlay block in the page.
import { planDay, type CalendarEvent } from '@/lib/gaps/find-gaps';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import type { LeewayBrowser } from '../../tests/e2e/support/browser.ts';
import { median } from '../stats.ts';

export function measureGapComputation(runs: number): { events: number; medianMs: number } {
  // 10,000 events between Monday 07:00 and Friday 20:00, 5 to 120 minutes long.
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const events: CalendarEvent[] = Array.from({ length: 10_000 }, () => {
    const day = Math.floor(random() * 5);
    const start = new Date(2026, 10, 23 + day, 7, Math.floor(random() * 13 * 60)).getTime();
    return { start, end: start + (5 + Math.floor(random() * 115)) * 60_000, allDay: random() < 0.02 };
  });
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    for (let d = 0; d < 7; d++)
      planDay(new Date(2026, 10, 23 + d), events, { workDays: [1, 2, 3, 4, 5], daysOff: [] }, defaultGapSettings);
    if (run > 0) times.push(performance.now() - started);
  }
  return { events: events.length, medianMs: median(times) };
}

export async function measureOverlayDrawing(browser: LeewayBrowser, runs: number): Promise<{ medianMs: number }> {
  // Before Calendar's markup: when the overlay's last block was added (300 ms of quiet ends it).
  const script = () => {
    const w = window as unknown as { leewayDrawn: Promise<number> };
    w.leewayDrawn = new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      new MutationObserver((records) => {
        const drew = records.some((r) =>
          [...r.addedNodes].some((n) => n instanceof Element && n.hasAttribute('data-leeway-gap')),
        );
        if (!drew) return;
        const at = performance.now();
        clearTimeout(timer);
        timer = setTimeout(() => resolve(at), 300);
      }).observe(document, { childList: true, subtree: true });
    });
  };
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const page = await browser.openFixture(
      'calendarWeekHeavy',
      async (page) => void (await page.addInitScript(script)),
    );
    const ms = await page.evaluate(() => (window as unknown as { leewayDrawn: Promise<number> }).leewayDrawn);
    if ((await page.locator('[data-leeway-gap]').count()) === 0) throw new Error('no overlay drawn');
    await page.close();
    if (run > 0) times.push(ms);
  }
  return { medianMs: median(times) };
}
