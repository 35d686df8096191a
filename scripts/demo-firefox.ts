// `npm run demo -- --browser firefox`: the same sample pages in Firefox (Debian's firefox-esr),
// with the Firefox build installed as a temporary add-on, driven over WebDriver BiDi.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FixtureName } from '../tests/e2e/support/browser.ts';
import { launchFirefoxLeeway } from '../tests/e2e/support/firefox.ts';

export async function firefoxDemo(pages: FixtureName[], screenshotDir: string | undefined, language: string) {
  const leeway = await launchFirefoxLeeway({ headless: screenshotDir !== undefined, language });
  if (!screenshotDir) {
    for (const name of pages) await leeway.openFixture(name);
    console.log('Leeway is running on the sample pages in Firefox. Close the browser window to end the demo.');
    await new Promise((done) => leeway.browser.on('disconnected', done));
    return;
  }
  await mkdir(screenshotDir, { recursive: true });
  const shot = (name: string) => resolve(join(screenshotDir, `firefox-${name}.png`)) as `${string}.png`;
  for (const name of pages) {
    const page = await leeway.openFixture(name);
    // The sidebar reads the page a moment after it paints.
    await (await leeway.sidebarFrame(page)).waitForSelector('.sidebar-body > *');
    await page.screenshot({ path: shot(name) });
    console.log(`${name}: ${shot(name)}`);
  }
  // The first thing users come for: a delay notice in a client's thread, filled in, then inserted.
  const thread = await leeway.openFixture('gmailThread');
  const frame = await leeway.sidebarFrame(thread);
  await (await frame.waitForSelector('[role="option"]'))!.click();
  await frame.waitForSelector('form.template-form');
  await thread.screenshot({ path: shot('gmailThread-delay-notice') });
  await (await frame.waitForSelector('form.template-form button[type="submit"]'))!.click();
  await frame.waitForSelector('[role="status"]');
  await thread.screenshot({ path: shot('gmailThread-inserted') });
  console.log(`gmailThread with the delay notice: ${shot('gmailThread-{delay-notice,inserted}')}`);
  const options = await leeway.openOptions();
  await options.screenshot({ path: shot('options'), fullPage: true });
  console.log(`options: ${shot('options')}`);
  if (leeway.errors.length > 0) console.error(leeway.errors.join('\n'));
  await leeway.close();
  process.exit(leeway.errors.length > 0 ? 1 : 0);
}
