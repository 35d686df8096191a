import { describe, expect, it } from 'vitest';
import { flagFromSidebar } from './support/clients';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const seconds = (clock: string | null) => {
  const [h, m, s] = (clock ?? '').split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
};

describe('the timer', () => {
  it('starts from a thread for its client, survives a worker stop and a reload, and stops', async () => {
    const thread = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    // Mark becomes a client.
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    const startedAt = Date.now();
    await sidebar(thread).getByRole('button', { name: 'Track time on this thread' }).click();
    await expect.poll(() => sidebarField(thread, 'timer-client').textContent()).toBe('Mark Ellison');
    expect(await sidebarField(thread, 'timer-description').textContent()).toBe('Q4 launch timeline');
    await expect
      .poll(async () => seconds(await sidebarField(thread, 'timer-elapsed').textContent()))
      .toBeGreaterThanOrEqual(2);

    // Nothing of it lives in the worker or the page: both go, the timer is still running.
    await browser().stopServiceWorker();
    await thread.reload();
    await expect.poll(() => sidebarField(thread, 'timer-client').textContent()).toBe('Mark Ellison');
    expect(seconds(await sidebarField(thread, 'timer-elapsed').textContent())).toBeGreaterThanOrEqual(2);
    // Seen from every view: Today, and another Gmail page.
    await sidebar(thread).getByRole('tab', { name: 'Today' }).click();
    expect(await sidebar(thread).getByRole('timer').isVisible()).toBe(true);
    const inbox = await browser().openFixture('gmailInbox');
    await expect.poll(() => sidebarField(inbox, 'timer-client').textContent()).toBe('Mark Ellison');

    // Stopped from the other tab: the thread's sidebar follows.
    await sidebar(inbox).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => sidebar(thread).getByRole('button', { name: 'Start', exact: true }).count()).toBe(1);
    // Read once the stop is seen: the background stamps it a moment after the click returns.
    const stoppedAt = Date.now();
    expect(await sidebar(thread).getByRole('timer').count()).toBe(0);

    const options = await browser().openOptions();
    const mark = (await sendRaw(options, 'getClientCard', { email: 'mark@northwind-creative.com' })).res;
    const { res: entries } = await sendRaw(options, 'listTimeEntries', {
      start: startedAt - 60_000,
      end: Date.now() + 1,
    });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      clientId: mark.client.id,
      description: 'Q4 launch timeline',
      source: 'thread',
      ref: '19a36435ce2f0ff3',
    });
    // Entries keep whole seconds (what a CSV export writes).
    expect(entry.start).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
    expect(entry.end).toBeLessThanOrEqual(stoppedAt);
    expect(entry.end - entry.start).toBeGreaterThanOrEqual(2000);
    expect(browser().errors).toEqual([]);
  });

  it('starts from the sidebar for no client, and a new timer stops the running one', async () => {
    const inbox = await browser().openFixture('gmailInbox');
    await sidebar(inbox).getByRole('textbox', { name: 'What are you working on?' }).fill('Inbox sorting');
    await sidebar(inbox).getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => sidebarField(inbox, 'timer-client').textContent()).toBe('No client');
    expect(await sidebarField(inbox, 'timer-description').textContent()).toBe('Inbox sorting');

    const thread = await browser().openFixture('gmailThread');
    await sidebar(thread).getByRole('button', { name: 'Track time on this thread' }).click();
    await expect.poll(() => sidebarField(inbox, 'timer-client').textContent()).toBe('Mark Ellison');
    const options = await browser().openOptions();
    const { res: entries } = await sendRaw(options, 'listTimeEntries', {
      start: Date.now() - 3_600_000,
      end: Date.now() + 1,
    });
    const running = entries.filter((e: { end: number | null }) => e.end === null);
    expect(running.map((e: { description: string }) => e.description)).toEqual(['Q4 launch timeline']);
    expect(browser().errors).toEqual([]);
  });
});
