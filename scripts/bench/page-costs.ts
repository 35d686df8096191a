// What Leeway costs the heavy Gmail and Calendar pages: each page loaded RUNS times with Leeway
// off, on, and replaced by an empty extension frame, alternating, in three Chromiums launched side
// by side. Per load: the page's own main-thread task and script time (Chrome's counters for the
// page's process: a content script counts, the sidebar's out-of-process frame does not), long
// tasks, JS heap, and with Leeway the time from navigation to the sidebar showing what it read.
import type { CDPSession, Page } from 'playwright-core';
import type { FixtureName, LeewayBrowser } from '../../tests/e2e/support/browser.ts';
import { median } from '../stats.ts';
import { sidebarFieldShownAt } from './sidebar-locators.ts';

const HEAVY_PAGES: Array<{ name: FixtureName; ready: string; what: string }> = [
  { name: 'gmailInboxHeavy', ready: 'section h2', what: 'Gmail inbox, 100 rows' },
  {
    name: 'gmailThreadHeavy',
    ready: '[data-field="thread"][data-thread-id]',
    what: 'Gmail thread, 50 messages + reply',
  },
  { name: 'calendarWeekHeavy', ready: '[data-field="gaps-summary"]', what: 'Calendar week, 200 events' },
];

// Past the page watchers' settle window (1.5 s): an observer left running is counted.
const QUIET_MS = 2000;

interface LoadFigures {
  taskMs: number;
  /**
   * The CPU time of the page's main thread (Chrome's ThreadTime): unlike task time, it does not
   * grow when other processes take the cores, so it compares off and on on a shared machine.
   */
  cpuMs: number;
  scriptMs: number;
  longTasks: number;
  longTaskMs: number;
  heapMB: number;
  /** From navigation to the sidebar showing the page's context (Leeway on only). */
  shownMs?: number;
}

/** Counts the page's long tasks from its first script on (main world; content scripts share its thread). */
export const LONG_TASKS_SCRIPT = () => {
  const w = window as unknown as { leewayLongTasks: { count: number; ms: number } };
  w.leewayLongTasks = { count: 0, ms: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      w.leewayLongTasks.count++;
      w.leewayLongTasks.ms += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
};

export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export async function openMeasured(
  browser: LeewayBrowser,
  name: FixtureName,
): Promise<{ page: Page; cdp: CDPSession }> {
  let cdp: CDPSession | undefined;
  const page = await browser.openFixture(name, async (page) => {
    cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
  });
  return { page, cdp: cdp! };
}

/** `ready`: the sidebar field to wait for (Leeway), or the frame the page must hold (empty frame). */
async function loadOnce(
  browser: LeewayBrowser,
  name: FixtureName,
  ready?: { field: string } | { frame: RegExp },
): Promise<LoadFigures> {
  const { page, cdp } = await openMeasured(browser, name);
  // Nothing runs in the page until its counters are read: only the sidebar's frame is queried.
  const shownAt = ready && 'field' in ready ? await sidebarFieldShownAt(page, ready.field) : undefined;
  await page.waitForTimeout(QUIET_MS);
  const m = await pageMetrics(cdp);
  if (ready && 'frame' in ready && !page.frames().some((frame) => ready.frame.test(frame.url())))
    throw new Error(`No frame at ${ready.frame} in ${name}: the comparison would be with nothing.`);
  const shownMs = shownAt === undefined ? undefined : shownAt - (await page.evaluate(() => performance.timeOrigin));
  const long = await page.evaluate(
    () => (window as unknown as { leewayLongTasks: { count: number; ms: number } }).leewayLongTasks,
  );
  await page.close();
  return {
    taskMs: m.TaskDuration! * 1000,
    cpuMs: m.ThreadTime! * 1000,
    scriptMs: m.ScriptDuration! * 1000,
    longTasks: long.count,
    longTaskMs: long.ms,
    heapMB: m.JSHeapUsedSize! / 2 ** 20,
    shownMs,
  };
}

export interface PageCost {
  page: string;
  off: LoadFigures;
  on: LoadFigures;
  /** An empty extension frame in Leeway's place (scripts/bench/empty-frame.ts). */
  emptyFrame: LoadFigures;
}

const EMPTY_FRAME = { frame: /^chrome-extension:\/\/[^/]+\/empty\.html$/ };

const medianOf = (runs: LoadFigures[]): LoadFigures => {
  const m = (key: keyof LoadFigures) => median(runs.map((r) => r[key] ?? NaN));
  return {
    taskMs: m('taskMs'),
    cpuMs: m('cpuMs'),
    scriptMs: m('scriptMs'),
    longTasks: m('longTasks'),
    longTaskMs: m('longTaskMs'),
    heapMB: m('heapMB'),
    shownMs: runs[0]?.shownMs === undefined ? undefined : m('shownMs'),
  };
};

export async function measurePageCosts(
  off: LeewayBrowser,
  on: LeewayBrowser,
  emptyFrame: LeewayBrowser,
  runs: number,
): Promise<PageCost[]> {
  const results: PageCost[] = [];
  for (const { name, ready, what } of HEAVY_PAGES) {
    const loads = [
      () => loadOnce(off, name),
      () => loadOnce(on, name, { field: ready }),
      () => loadOnce(emptyFrame, name, EMPTY_FRAME),
    ];
    // Warm-up loads, not counted (disk cache, compiled code).
    for (const load of loads) await load();
    const figures: LoadFigures[][] = loads.map(() => []);
    for (let i = 0; i < runs; i++) for (const [j, load] of loads.entries()) figures[j]!.push(await load());
    const [offFigures, onFigures, emptyFrameFigures] = figures.map(medianOf);
    results.push({ page: what, off: offFigures!, on: onFigures!, emptyFrame: emptyFrameFigures! });
  }
  return results;
}
