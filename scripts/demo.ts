// `npm run demo`: Leeway at work on the bundled sample Gmail and Calendar pages, without a
// Google account or a network. Headed when a display exists; `--screenshot DIR` (or no display)
// runs headless and writes one screenshot per page. In Chromium; `--browser firefox` in Firefox.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchLeeway, type FixtureName } from '../tests/e2e/support/browser.ts';
import { sendRaw } from '../tests/e2e/support/send-raw.ts';
import { sidebar } from '../tests/e2e/support/sidebar.ts';
import { sidePanelOpen, sidePanelScreenshot } from '../tests/e2e/support/side-panel.ts';
import { firefoxDemo } from './demo-firefox.ts';

const { values } = parseArgs({
  options: {
    screenshot: { type: 'string' },
    language: { type: 'string', default: 'en' },
    browser: { type: 'string', default: 'chromium' },
  },
});
if (values.browser !== 'chromium' && values.browser !== 'firefox') {
  console.error(`--browser is chromium or firefox, not ${values.browser}`);
  process.exit(2);
}
const screenshotDir = values.screenshot ?? (process.env.DISPLAY ? undefined : 'out/demo');
const headless = screenshotDir !== undefined;

// The sample pages a new user sees (the test-only pages, such as the 200-event week, stay out).
const pages: FixtureName[] = [
  'gmailInbox',
  'gmailThread',
  'gmailThreadFr',
  'gmailComposePopup',
  'calendarWeek',
  'calendarWeekFr',
  'calendarDay',
];

// The build of the browser shown, fresh.
const build = values.browser === 'firefox' ? ['build', '-b', 'firefox', '--mv3'] : ['build'];
if (spawnSync('node_modules/.bin/wxt', build, { stdio: 'inherit' }).status !== 0) process.exit(1);
if (values.browser === 'firefox') {
  await firefoxDemo(pages, screenshotDir, values.language);
  process.exit(0);
}

// As installed: the options page shows the first-run setup a new user sees.
const browser = await launchLeeway({ headless, language: values.language, firstRun: true });
if (screenshotDir) {
  await mkdir(screenshotDir, { recursive: true });
  for (const name of pages) {
    const page = await browser.openFixture(name);
    // The sidebar reads the page a moment after it paints.
    await sidebar(page).locator('.sidebar-body > *').first().waitFor();
    await page.waitForTimeout(300);
    const file = resolve(join(screenshotDir, `${name}.png`));
    await page.screenshot({ path: file });
    console.log(`${name}: ${file}`);
  }
  // The first thing users come for: a delay notice in a client's thread, filled in, then inserted.
  const thread = await browser.openFixture('gmailThread');
  const frame = sidebar(thread);
  await frame.locator('[role="option"]', { hasText: /Delay notice|Prévenir d’un retard/ }).click();
  await frame.locator('form.template-form').waitFor();
  await thread.screenshot({ path: resolve(join(screenshotDir, 'gmailThread-delay-notice.png')) });
  await frame.locator('form.template-form button[type="submit"]').click();
  await frame.locator('[role="status"]').waitFor();
  await thread.locator('.ip.adB').scrollIntoViewIfNeeded();
  await thread.screenshot({ path: resolve(join(screenshotDir, 'gmailThread-inserted.png')) });
  console.log(`gmailThread with the delay notice: ${resolve(screenshotDir)}/gmailThread-{delay-notice,inserted}.png`);
  // A fully booked day in Calendar: the client's call there, with another slot proposed (before
  // any task exists: a task would open the morning sort over it).
  const french = values.language.startsWith('fr');
  await browser.context.clock.setFixedTime(new Date(2026, 10, 30, 9));
  await sendRaw(await browser.openOptions(), 'flagClient', {
    person: french
      ? { name: 'Claire Martin', email: 'claire.martin@atelier-lumiere.fr' }
      : { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
    thread: { subject: 'Planning' },
    flag: { signs: ['scope-creep'], severity: 'low', note: '' },
  });
  const full = await browser.openFixture(french ? 'calendarWeekFullFr' : 'calendarWeekFull');
  await sidebar(full).locator('.day-events button[aria-expanded]').click();
  await sidebar(full).locator('.slot-proposal textarea').waitFor();
  await sidebar(full).locator('.slot-proposal').scrollIntoViewIfNeeded();
  await full.waitForTimeout(300);
  await full.screenshot({ path: resolve(join(screenshotDir, 'calendarWeekFull-proposal.png')) });
  console.log(`calendar, another slot proposed: ${resolve(join(screenshotDir, 'calendarWeekFull-proposal.png'))}`);
  // Today: a task made from the thread, then "Something unexpected" weighing what can give way.
  const tasks = await browser.openFixture('gmailThread');
  const today = sidebar(tasks);
  await today.locator('button.make-task').first().click();
  await today.locator('form.task-form button[type="submit"]').click();
  await today.locator('.task-item').waitFor();
  await tasks.screenshot({ path: resolve(join(screenshotDir, 'today.png')) });
  await today.locator('.today-header .actions button').nth(1).click();
  await today.locator('.today form').first().waitFor();
  await tasks.waitForTimeout(300);
  await tasks.screenshot({ path: resolve(join(screenshotDir, 'today-unexpected.png')) });
  console.log(`Today: ${resolve(screenshotDir)}/today{,-unexpected}.png`);
  // Folded into its rail, then docked in the browser's side panel beside the thread.
  const folded = await browser.openFixture('gmailThread');
  await sidebar(folded).getByRole('button').nth(1).click();
  await sidebar(folded).locator('.sidebar-rail').waitFor();
  await folded.waitForTimeout(300);
  await folded.screenshot({ path: resolve(join(screenshotDir, 'gmailThread-folded.png')) });
  await sidebar(folded).locator('.sidebar-rail button').first().click();
  await sidebar(folded).locator('.sidebar-header').waitFor();
  await sidebar(folded).getByRole('button').first().click();
  while (!(await sidePanelOpen(folded))) await folded.waitForTimeout(100);
  await folded.waitForTimeout(500);
  await writeFile(resolve(join(screenshotDir, 'gmailThread-side-panel.png')), await sidePanelScreenshot(folded));
  await folded.screenshot({ path: resolve(join(screenshotDir, 'gmailThread-docked.png')) });
  console.log(`gmailThread folded and docked: ${resolve(screenshotDir)}/gmailThread-{folded,side-panel,docked}.png`);
  const options = await browser.openOptions();
  await options.screenshot({ path: resolve(join(screenshotDir, 'options.png')), fullPage: true });
  console.log(`options: ${resolve(join(screenshotDir, 'options.png'))}`);
  if (browser.errors.length > 0) console.error(browser.errors.join('\n'));
  await browser.close();
  process.exit(browser.errors.length > 0 ? 1 : 0);
}

for (const name of pages) await browser.openFixture(name);
console.log('Leeway is running on the sample pages. Close the browser window to end the demo.');
await new Promise((done) => browser.context.on('close', done));
