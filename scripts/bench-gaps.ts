// `npm run bench:gaps`: (1) the gap computation for 10,000 events over a week, in Node;
// (2) the time to draw the overlay for a week of 200 events in Chromium with the built
// extension: from the sidebar's host element appearing in the page to the last overlay block,
// measured inside the page. Medians of RUNS.
import { planDay, type CalendarEvent } from '@/lib/gaps/find-gaps';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { launchLeeway } from '../tests/e2e/browser.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 20);

// 10,000 events between Monday 07:00 and Friday 20:00, 5 to 120 minutes long.
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const events: CalendarEvent[] = Array.from({ length: 10_000 }, () => {
  const day = Math.floor(random() * 5);
  const start = new Date(2026, 10, 23 + day, 7, Math.floor(random() * 13 * 60)).getTime();
  return { start, end: start + (5 + Math.floor(random() * 115)) * 60_000, allDay: random() < 0.02 };
});
const computeTimes: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const started = performance.now();
  for (let d = 0; d < 7; d++) planDay(new Date(2026, 10, 23 + d), events, [1, 2, 3, 4, 5], defaultGapSettings);
  if (run > 0) computeTimes.push(performance.now() - started);
}
console.log(
  `Gap computation, 10,000 events over a week (7 days planned): median ${median(computeTimes).toFixed(1)} ms (${RUNS} runs, Node ${process.version})`,
);

const browser = await launchLeeway();
// In every page, before Calendar's markup: when the sidebar's host appears, and when the
// overlay's last block was added (the overlay is drawn in one go; 300 ms of quiet ends it).
await browser.context.addInitScript(() => {
  const w = window as unknown as { leewayDraw: Promise<number> };
  w.leewayDraw = new Promise((resolve) => {
    let hostAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    new MutationObserver((records) => {
      if (!hostAt && document.querySelector('leeway-sidebar')) hostAt = performance.now();
      const drew = records.some((r) =>
        [...r.addedNodes].some((n) => n instanceof Element && n.hasAttribute('data-leeway-gap')),
      );
      if (!hostAt || !drew) return;
      const at = performance.now();
      clearTimeout(timer);
      timer = setTimeout(() => resolve(at - hostAt), 300);
    }).observe(document, { childList: true, subtree: true });
  });
});
const drawTimes: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const page = await browser.openFixture('calendarWeekHeavy');
  const ms = await page.evaluate(() => (window as unknown as { leewayDraw: Promise<number> }).leewayDraw);
  const blocks = await page.locator('[data-leeway-gap]').count();
  if (blocks === 0) throw new Error('no overlay drawn');
  await page.close();
  if (run > 0) drawTimes.push(ms);
}
console.log(
  `Overlay for a week of 200 events, sidebar host to overlay drawn: median ${median(drawTimes).toFixed(1)} ms (${RUNS} runs, Chromium)`,
);
if (browser.errors.length > 0) console.error(browser.errors.join('\n'));
await browser.close();
