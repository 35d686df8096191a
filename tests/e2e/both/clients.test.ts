import { describe, expect, it } from 'vitest';
import { browserUnderTest, type DriverPage } from '../support/driver';
import { useDriver } from '../support/use-driver';

// A demanding client flagged on one thread, seen on another, in Chromium and in Firefox.
// A browser per test: each flags the client it needs, and runs alone.
const browser = useDriver({ per: 'each' });

const STATUS = '[data-field="client-status"]';
const sidebarBody = (page: DriverPage) => page.sidebar.text('.sidebar-body');

async function flag(page: DriverPage, signs: string[], severity: string) {
  await page.sidebar.click('button', 'Note a warning sign');
  for (const sign of signs) await page.sidebar.click('form.flag-form label.check', sign);
  await page.sidebar.click('form.flag-form label.check', severity);
  await page.sidebar.click('form.flag-form button[type="submit"]', 'Save the sign');
  await expect.poll(() => page.sidebar.count('form.flag-form')).toBe(0);
}

describe(`flagging a client in ${browserUnderTest}`, () => {
  it('shows a flag saved on one thread on another thread of the same client, after a restart of the background', async () => {
    const threadA = await browser().open('gmailThread');
    await expect.poll(() => sidebarBody(threadA)).toContain('No warning sign noted');
    await flag(threadA, ['Demands at night or on weekends', 'Work added beyond what was agreed'], 'Serious');
    await expect
      .poll(() => threadA.sidebar.text(STATUS))
      .toContain('Warning signs: 2 in 30 days, 2 in 90 days (only this month: not a trend yet)');

    // What the background holds is in IndexedDB, not in its memory.
    await browser().restartBackground();

    // The page already open goes on working with the new background (Firefox's frame reaches its
    // page through the background, and connects again).
    await threadA.front();
    await threadA.sidebar.click('[role="option"]', 'Delay notice');
    await threadA.sidebar.click('form.template-form button[type="submit"]');
    await expect.poll(() => threadA.innerText('.ip.adB [g_editable="true"]')).toMatch(/^Hi Mark,\n/);

    const threadB = await browser().open('gmailThreadB');
    await expect.poll(() => threadB.sidebar.text(STATUS)).toContain('Warning signs: 2 in 30 days');
    expect(await threadB.sidebar.text(STATUS)).toContain('Mark Ellison');
    // The latest flag links back to the thread it was seen in.
    expect(
      await threadB.sidebar.evaluate(() => document.querySelector('.flag-item a')?.getAttribute('href'), undefined),
    ).toBe('https://mail.google.com/mail/u/0/#all/19a36435ce2f0ff3');
    expect(browser().errors).toEqual([]);
  });

  it('shows a flag saved in one tab in a second tab already open', async () => {
    const first = await browser().open('gmailThread');
    await expect.poll(() => sidebarBody(first)).toContain('No warning sign noted');
    await flag(first, ['Demands at night or on weekends', 'Work added beyond what was agreed'], 'Serious');
    const second = await browser().open('gmailThreadB');
    await expect.poll(() => second.sidebar.text(STATUS)).toContain('Warning signs: 2 in 30 days');
    await first.front();
    await flag(first, ['Late payment'], 'Mild');
    await expect.poll(() => second.sidebar.text(STATUS)).toContain('Warning signs: 3 in 30 days');
    expect(browser().errors).toEqual([]);
  });

  it('opens the thread a flag was seen in, in the same tab', async () => {
    const thread = await browser().open('gmailThread');
    await expect.poll(() => sidebarBody(thread)).toContain('No warning sign noted');
    await flag(thread, ['Late payment'], 'Mild');
    const page = await browser().open('gmailThreadB');
    await expect.poll(() => page.sidebar.count('.flag-item a')).toBeGreaterThan(0);
    await page.sidebar.click('.flag-item a');
    await expect.poll(() => new URL(page.url()).hash).toBe('#all/19a36435ce2f0ff3');
    expect(browser().errors).toEqual([]);
  });
});
