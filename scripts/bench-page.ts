// `npm run bench:page`: what Leeway costs Gmail and Calendar. Loads each sample page RUNS
// times in Chromium with the extension and without it, and prints medians of: load time, main
// thread task and script time (Chrome's own counters, all worlds, so the content script
// counts), JS heap, and with Leeway the time until the sidebar shows what it read.
import type { CDPSession } from 'playwright-core';
import { launchLeeway, type FixtureName, type LeewayBrowser } from '../tests/e2e/browser.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 20);
const PAGES: Array<{ name: FixtureName; ready: string }> = [
  { name: 'gmailThread', ready: '[data-field="thread-id"]' },
  { name: 'calendarWeek', ready: '[data-field="dates"]' },
];

async function measure(browser: LeewayBrowser, name: FixtureName, ready: string | undefined) {
  let cdp: CDPSession | undefined;
  const page = await browser.openFixture(name, async (page) => {
    cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
  });
  let sidebarMs = NaN;
  if (ready) {
    await page.locator(`leeway-sidebar ${ready}`).waitFor();
    sidebarMs = await page.evaluate(() => performance.now());
  }
  // Past the sidebar's settle window (1.5 s), so any observer it leaves running is counted.
  await page.waitForTimeout(2000);
  const { metrics } = await cdp!.send('Performance.getMetrics');
  const metric = (key: string) => metrics.find((m) => m.name === key)!.value;
  const loadMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const result = {
    loadMs,
    taskMs: metric('TaskDuration') * 1000,
    scriptMs: metric('ScriptDuration') * 1000,
    heapMB: metric('JSHeapUsedSize') / 2 ** 20,
    sidebarMs,
  };
  await page.close();
  return result;
}

for (const withLeeway of [false, true]) {
  const browser = await launchLeeway({ extension: withLeeway });
  for (const { name, ready } of PAGES) {
    await measure(browser, name, withLeeway ? ready : undefined); // warm-up, not counted
    const runs: Array<Awaited<ReturnType<typeof measure>>> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, name, withLeeway ? ready : undefined));
    const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key])).toFixed(1);
    console.log(
      `${name.padEnd(13)} ${withLeeway ? 'Leeway on ' : 'Leeway off'}  load ${m('loadMs')} ms  tasks ${m('taskMs')} ms  ` +
        `script ${m('scriptMs')} ms  heap ${m('heapMB')} MB` +
        (withLeeway ? `  sidebar shown at ${m('sidebarMs')} ms` : '') +
        `  (median of ${RUNS})`,
    );
  }
  await browser.close();
}
