import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxLeeway, type FirefoxLeeway } from '../support/firefox';

// Firefox only: Chrome cannot take away the host access an extension was installed with, Firefox
// can (about:addons, Leeway, Permissions). Leeway then never shows on the page; its settings page
// says so and asks the browser again.
let leeway: FirefoxLeeway;
beforeAll(async () => {
  // Grants what an extension asks for without Firefox's prompt, which WebDriver cannot answer.
  leeway = await launchFirefoxLeeway({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});
afterAll(async () => {
  await leeway.close();
  expect(leeway.errors).toEqual([]);
});

const NOTICE = '.site-access[role="alert"]';

describe('Leeway without its access to Gmail, in Firefox', () => {
  it('says so on its settings page, and the button there gives the access back', async () => {
    const options = await leeway.openOptions();
    expect(await options.$$eval(NOTICE, (found) => found.length)).toBe(0);

    // The user turns Leeway's access to Gmail off.
    await options.evaluate(() =>
      (globalThis as any).browser.permissions.remove({ origins: ['https://mail.google.com/*'] }),
    );
    const notice = await options.waitForSelector(NOTICE);
    expect(await notice!.evaluate((el) => el.textContent)).toContain(
      'Leeway is not allowed to read Gmail and Google Calendar pages in this browser',
    );
    const gmail = await leeway.openFixture('gmailThread');
    // Calendar, opened after Gmail, still has Leeway: by then Gmail's page would have had it too.
    await leeway.sidebarFrame(await leeway.openFixture('calendarWeek'));
    expect(await gmail.$$eval('leeway-sidebar', (found) => found.length)).toBe(0);

    await (await options.waitForSelector(`${NOTICE} button`))!.click();
    await options.waitForSelector(NOTICE, { hidden: true });
    await gmail.reload();
    const frame = await leeway.sidebarFrame(gmail);
    await frame.waitForFunction(
      () =>
        (document.querySelector('[data-field="thread"]') as HTMLElement | null)?.dataset.threadId ===
        '19a36435ce2f0ff3',
    );
  });
});
