// Gmail re-renders its list all day. The storm: on the 100-row inbox, once the page is quiet,
// 10,000 row insertions and removals in 50 rounds (a task each, so observers run between
// them); the page's main-thread time during the storm, with Leeway off and on.
import type { LeewayBrowser } from '../../tests/e2e/support/browser.ts';
import { median } from '../stats.ts';
import { openMeasured, pageMetrics } from './page-costs.ts';

const ROUNDS = 50;
const ROWS_PER_ROUND = 100; // each removed and inserted again: 2 × 50 × 100 = 10,000 mutations

async function stormOnce(browser: LeewayBrowser): Promise<{ taskMs: number; cpuMs: number }> {
  const { page, cdp } = await openMeasured(browser, 'gmailInboxHeavy');
  await page.locator('tr.zA').first().waitFor();
  await page.waitForTimeout(2000);
  const before = await pageMetrics(cdp);
  await page.evaluate(
    async ({ rounds, rows }) => {
      const body = document.querySelector('table.F tbody')!;
      const template = [...body.querySelectorAll('tr.zA')];
      for (let round = 0; round < rounds; round++) {
        const current = [...body.querySelectorAll('tr.zA')].slice(0, rows);
        current.forEach((row) => row.remove());
        for (let i = 0; i < rows; i++) body.append(template[i % template.length]!.cloneNode(true));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      // Let batched observers (50-100 ms) run.
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    { rounds: ROUNDS, rows: ROWS_PER_ROUND },
  );
  const after = await pageMetrics(cdp);
  await page.close();
  return {
    taskMs: (after.TaskDuration! - before.TaskDuration!) * 1000,
    cpuMs: (after.ThreadTime! - before.ThreadTime!) * 1000,
  };
}

export interface StormFigures {
  mutations: number;
  offTaskMs: number;
  onTaskMs: number;
  overheadPercent: number;
  /** The same in main-thread CPU time (see LoadFigures.cpuMs). */
  offCpuMs: number;
  onCpuMs: number;
  cpuOverheadPercent: number;
}

export async function measureMutationStorm(off: LeewayBrowser, on: LeewayBrowser, runs: number): Promise<StormFigures> {
  const offRuns: Array<{ taskMs: number; cpuMs: number }> = [];
  const onRuns: Array<{ taskMs: number; cpuMs: number }> = [];
  await stormOnce(off);
  await stormOnce(on);
  for (let i = 0; i < runs; i++) {
    offRuns.push(await stormOnce(off));
    onRuns.push(await stormOnce(on));
  }
  const offTaskMs = median(offRuns.map((r) => r.taskMs));
  const onTaskMs = median(onRuns.map((r) => r.taskMs));
  const offCpuMs = median(offRuns.map((r) => r.cpuMs));
  const onCpuMs = median(onRuns.map((r) => r.cpuMs));
  return {
    mutations: 2 * ROUNDS * ROWS_PER_ROUND,
    offTaskMs,
    onTaskMs,
    overheadPercent: ((onTaskMs - offTaskMs) / offTaskMs) * 100,
    offCpuMs,
    onCpuMs,
    cpuOverheadPercent: ((onCpuMs - offCpuMs) / offCpuMs) * 100,
  };
}
