// `npm run bench:page`: what Leeway costs Gmail and Calendar. Loads each sample page RUNS
// times in Chromium with the extension and without it, and prints medians of: load time, main
// thread task and script time (Chrome's own counters, all worlds, so the content script
// counts), JS heap, and with Leeway the time until the sidebar shows what it read.
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, fixturePages, type FixtureName } from '../tests/e2e/browser.ts';

const RUNS = Number(process.env.RUNS ?? 20);
const PAGES: Array<{ name: FixtureName; ready: string }> = [
  { name: 'gmailThread', ready: '[data-field="thread-id"]' },
  { name: 'calendarWeek', ready: '[data-field="dates"]' },
];

async function launch(withLeeway: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'leeway-bench-'));
  const extension = withLeeway
    ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...extension,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    (r) => r.abort(),
  );
  if (withLeeway && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, dir };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function measure(context: BrowserContext, name: FixtureName, ready: string | undefined) {
  const { url, file } = fixturePages[name];
  const body = await readFile(join(import.meta.dirname, '../tests/fixtures', file), 'utf8');
  const page = await context.newPage();
  await page.route(`${new URL(url).origin}/**`, (r) =>
    r.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body,
    }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  let sidebarMs = NaN;
  if (ready) {
    await page.locator(`leeway-sidebar ${ready}`).waitFor();
    sidebarMs = await page.evaluate(() => performance.now());
  }
  // Past the sidebar's settle window (1.5 s), so any observer it leaves running is counted.
  await page.waitForTimeout(2000);
  const { metrics } = await cdp.send('Performance.getMetrics');
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
  const { context, dir } = await launch(withLeeway);
  for (const { name, ready } of PAGES) {
    await measure(context, name, withLeeway ? ready : undefined); // warm-up, not counted
    const runs: Array<Awaited<ReturnType<typeof measure>>> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(context, name, withLeeway ? ready : undefined));
    const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key])).toFixed(1);
    console.log(
      `${name.padEnd(13)} ${withLeeway ? 'Leeway on ' : 'Leeway off'}  load ${m('loadMs')} ms  tasks ${m('taskMs')} ms  ` +
        `script ${m('scriptMs')} ms  heap ${m('heapMB')} MB` +
        (withLeeway ? `  sidebar shown at ${m('sidebarMs')} ms` : '') +
        `  (median of ${RUNS})`,
    );
  }
  await context.close();
  await rm(dir, { recursive: true, force: true });
}
