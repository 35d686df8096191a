// From clicking Insert in the sidebar to the delay notice in Gmail's reply box: the click is
// stamped in the sidebar's frame, the text's arrival in the page (epoch-based clocks, so the
// two processes compare), on the thread fixture.
import type { LeewayBrowser } from '../../tests/e2e/support/browser.ts';
import { sidebar } from '../../tests/e2e/support/sidebar.ts';
import { median } from '../stats.ts';

export async function measureInsert(
  browser: LeewayBrowser,
  runs: number,
): Promise<{ medianMs: number; minMs: number; maxMs: number }> {
  const page = await browser.openFixture('gmailThread');
  const frame = sidebar(page);
  const timings: number[] = [];
  for (let run = 0; run <= runs; run++) {
    await page.reload();
    await frame.locator('[role="option"]', { hasText: 'Delay notice' }).click();
    await frame.locator('form.template-form').waitFor();
    await frame.locator('body').evaluate(() => {
      const w = window as unknown as { leewayClickAt?: number };
      document.addEventListener('click', () => (w.leewayClickAt = performance.timeOrigin + performance.now()), {
        capture: true,
        once: true,
      });
    });
    await page.evaluate(() => {
      const body = document.querySelector('.ip.adB [g_editable="true"]')!;
      (window as unknown as { leewayTextAt: Promise<number> }).leewayTextAt = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!body.textContent?.includes('Hi Mark,')) return;
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        }).observe(body, { childList: true, subtree: true, characterData: true });
      });
    });
    await frame.getByRole('button', { name: 'Insert' }).click();
    const textAt = await page.evaluate(() => (window as unknown as { leewayTextAt: Promise<number> }).leewayTextAt);
    const clickAt = await frame
      .locator('body')
      .evaluate(() => (window as unknown as { leewayClickAt: number }).leewayClickAt);
    if (run > 0) timings.push(textAt - clickAt); // the first run warms up
  }
  await page.close();
  return { medianMs: median(timings), minMs: Math.min(...timings), maxMs: Math.max(...timings) };
}
