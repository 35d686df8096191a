import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const REYES = { name: 'Reyes Consulting', email: 'ana@reyes-consulting.com' };

describe("I'm out, with Calendar's events", () => {
  it('lists the client an event of the day names, its message ready as a new email to them', async () => {
    // Monday 23 November 2026; Calendar's week shows "Invoices – Reyes Consulting" at 2 PM.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 23, 8));
    const options = await browser().openOptions();
    const { res: card } = await sendRaw(options, 'flagClient', {
      person: REYES,
      thread: { subject: 'Earlier' },
      flag: { signs: ['late-payment'], severity: 'low', note: '' },
    });
    // Their own greeting, not the one of the thread's client on screen when the message opens.
    const agreement = { greeting: 'Dear Ms Reyes' };
    expect((await sendRaw(options, 'updateClient', { id: card.client.id, agreement })).err).toBeUndefined();

    // Calendar is read: the background keeps the day's events and ties this one to the client.
    const calendar = await browser().openFixture('calendarWeek');
    await expect.poll(() => sidebarField(calendar, 'dates').textContent()).toBe('Sun, Nov 22 – Sat, Nov 28, 2026');
    const day = { from: '2026-11-23', to: '2026-11-23' };
    await expect
      .poll(async () => (await sendRaw(options, 'getClientEvents', day)).res?.map((e: { title: string }) => e.title))
      .toEqual(['Invoices – Reyes Consulting']);
    await options.close();

    const thread = await browser().openFixture('gmailThread');
    await sidebar(thread).getByRole('tab', { name: 'Today' }).click();
    await sidebar(thread).getByRole('button', { name: "I'm out" }).click();
    const form = sidebar(thread).getByRole('form', { name: "I'm out (sick day, outage)" });
    await form.getByLabel('First day out').fill('2026-11-23');
    await form.getByLabel('Last day out').fill('2026-11-23');
    await form.getByRole('button', { name: 'Mark these days off' }).click();

    // Reyes has no task: the event alone puts them on the list, with the event's title.
    const listed = sidebarField(thread, 'out-clients');
    await expect
      .poll(() => listed.locator('li').allTextContents())
      .toEqual(['Reyes Consulting Invoices – Reyes Consulting Write to Reyes Consulting in a new email']);
    expect(await sidebarField(thread, 'out-done').textContent()).toContain('Day off: Monday, November 23.');
    expect(await sidebarField(thread, 'out-done').textContent()).toContain('Events as Calendar last showed them');

    // No thread with them: the interruption notice, addressed to them, as a new email (not in
    // the thread on screen, which is Mark's), with no ending checklist.
    await listed.getByRole('button', { name: 'Write to Reyes Consulting in a new email' }).click();
    const notice = sidebar(thread).getByRole('form', { name: 'Service interruption (plan B)' });
    await expect.poll(() => notice.getByLabel('Back by').inputValue()).toBe('2026-11-24');
    expect(await sidebarField(thread, 'insert-target').textContent()).toBe(
      'For Reyes Consulting <ana@reyes-consulting.com>, in a new email (not in this thread).',
    );
    expect(await sidebar(thread).locator('[data-field="ending-checklist"]').count()).toBe(0);
    await notice.getByRole('button', { name: 'Open as a new email' }).click();
    await thread.waitForURL(/view=cm/);
    const url = new URL(thread.url());
    expect(url.searchParams.get('to')).toBe(REYES.email);
    expect(url.searchParams.get('body')).toMatch(/^Dear Ms Reyes,/);
    expect(browser().errors).toEqual([]);
  });
});
