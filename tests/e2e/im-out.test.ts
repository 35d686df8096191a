import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const THREAD = { threadId: '19a36435ce2f0ff3', subject: 'Q4 launch timeline', accountPath: '/mail/u/0/' };

/** A client known by a flag, and its id. */
async function client(page: Page, name: string, email: string): Promise<string> {
  const { res } = await sendRaw(page, 'flagClient', {
    person: { name, email },
    thread: { subject: 'Earlier' },
    flag: { signs: ['late-payment'], severity: 'low', note: '' },
  });
  return res.client.id;
}

async function task(page: Page, title: string, clientId: string, due: string, thread?: typeof THREAD) {
  const { err } = await sendRaw(page, 'createTask', {
    task: { title, bucket: 'important', clientId, due, estimateMinutes: 30, note: '', ...(thread ? { thread } : {}) },
  });
  expect(err).toBeUndefined();
}

describe("I'm out", () => {
  it('marks the days off and lists the clients with tasks then, each with its hand-off ready', async () => {
    // Tuesday 1 December 2026: out today and tomorrow, back on Thursday.
    await browser().context.clock.setFixedTime(new Date(2026, 11, 1, 9));
    const options = await browser().openOptions();
    const mark = await client(options, 'Mark Ellison', 'mark@northwind-creative.com');
    const ann = await client(options, 'Ann Lee', 'ann@lee-studio.com');
    const leo = await client(options, 'Leo Park', 'leo@park.io');
    await task(options, 'Send the Q4 deck', mark, '2026-12-02', THREAD);
    await task(options, 'Book the venue', ann, '2026-12-01');
    await task(options, 'Quarterly report', leo, '2026-12-09');
    await sendRaw(options, 'saveColleague', {
      colleague: { name: 'Nadia Roux', email: 'nadia@roux-assist.fr', covers: 'Inbox', languages: ['en', 'fr'] },
    });
    await options.close();

    const thread = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe(THREAD.threadId);
    await sidebar(thread).getByRole('tab', { name: 'Today' }).click();
    await sidebar(thread).getByRole('button', { name: "I'm out" }).click();
    const form = sidebar(thread).getByRole('form', { name: "I'm out (sick day, outage)" });
    await form.getByLabel('First day out').fill('2026-12-01');
    await form.getByLabel('Last day out').fill('2026-12-02');
    await form.getByRole('button', { name: 'Mark these days off' }).click();

    // The clients with a task due in the two days, not the one due next week.
    const listed = sidebarField(thread, 'out-clients');
    await expect.poll(() => listed.locator('li').count()).toBe(2);
    expect(await listed.locator('li .task-title').allTextContents()).toEqual(['Ann Lee', 'Mark Ellison']);
    expect(await sidebarField(thread, 'out-done').textContent()).toContain(
      'Days off from Tuesday, December 1 to Wednesday, December 2.',
    );
    expect(await sidebarField(thread, 'out-done').textContent()).toContain('Tell them Nadia Roux takes over');
    const page = await browser().openOptions();
    const { res: settings } = await sendRaw(page, 'getSettings', undefined);
    expect(settings.daysOff).toEqual(['2026-12-01', '2026-12-02']);
    await page.close();

    // Mark's message opens in his task's thread: the hand-off, naming Nadia, from and until filled in.
    await listed.getByRole('button', { name: 'Write to Mark Ellison' }).click();
    const handoff = sidebar(thread).getByRole('form', { name: 'Hand-off to a trusted colleague' });
    await expect.poll(() => handoff.getByLabel('From').inputValue()).toBe('2026-12-01');
    expect(await handoff.getByLabel('Until').inputValue()).toBe('2026-12-03');
    await expect.poll(() => handoff.textContent()).toContain("I've asked Nadia Roux, a virtual assistant I trust");
    expect(await handoff.textContent()).toContain('nadia@roux-assist.fr');
    expect(thread.url()).toBe(`https://mail.google.com/mail/u/0/#all/${THREAD.threadId}`);
    expect(browser().errors).toEqual([]);
  });

  it('offers the interruption notice when no colleague is known', async () => {
    await browser().context.clock.setFixedTime(new Date(2026, 11, 1, 9));
    const options = await browser().openOptions();
    const mark = await client(options, 'Mark Ellison', 'mark@northwind-creative.com');
    await task(options, 'Send the Q4 deck', mark, '2026-12-01', THREAD);
    // The same browser as the first test: its colleague goes.
    const { res: colleagues } = await sendRaw(options, 'listColleagues', undefined);
    for (const { id } of colleagues) await sendRaw(options, 'deleteColleague', { id });
    await options.close();

    const thread = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe(THREAD.threadId);
    await sidebar(thread).getByRole('tab', { name: 'Today' }).click();
    await sidebar(thread).getByRole('button', { name: "I'm out" }).click();
    await sidebar(thread).getByRole('button', { name: 'Mark these days off' }).click();
    const listed = sidebarField(thread, 'out-clients');
    await listed.getByRole('button', { name: 'Write to Mark Ellison' }).click();
    const notice = sidebar(thread).getByRole('form', { name: 'Service interruption (plan B)' });
    // Back on the next working day: Wednesday 2 is still off from the first test.
    await expect.poll(() => notice.getByLabel('Back by').inputValue()).toBe('2026-12-03');
    expect(browser().errors).toEqual([]);
  });
});
