// `npm run bench:insert`: the time from clicking Insert in the sidebar to the delay notice being
// in Gmail's reply box, measured inside the page (from the click event's dispatch to the
// mutation that brings the text), on the thread fixture in Chromium. Prints the median of RUNS.
import { launchLeeway } from '../tests/e2e/browser.ts';
import { describeTimings } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 20);
const browser = await launchLeeway();
const page = await browser.openFixture('gmailThread');
const timings: number[] = [];

for (let run = 0; run <= RUNS; run++) {
  await page.reload();
  await page.locator('leeway-sidebar [role="option"]', { hasText: 'Delay notice' }).click();
  await page.locator('leeway-sidebar form.template-form').waitFor();
  await page.evaluate(() => {
    const body = document.querySelector('.ip.adB [g_editable="true"]')!;
    const w = window as unknown as { leewayBench: Promise<number> };
    let clickedAt = 0;
    document.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
    w.leewayBench = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!body.textContent?.includes('Hi Mark,')) return;
        observer.disconnect();
        resolve(performance.now() - clickedAt);
      }).observe(body, { childList: true, subtree: true, characterData: true });
    });
  });
  await page.locator('leeway-sidebar').getByRole('button', { name: 'Insert' }).click();
  const ms = await page.evaluate(() => (window as unknown as { leewayBench: Promise<number> }).leewayBench);
  if (run > 0) timings.push(ms); // the first run warms up
}

console.log(`Insert to text in the reply box: ${describeTimings(timings)} (${RUNS} runs, Chromium, thread fixture)`);
if (browser.errors.length > 0) console.error(browser.errors.join('\n'));
await browser.close();
