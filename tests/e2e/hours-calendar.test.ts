import { describe, expect, it } from 'vitest';
import { flagFromSidebar } from './support/clients';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

describe('time from a Calendar event', () => {
  it('tracks an event with its title, its time and the client its title names', async () => {
    // Mark becomes a client, known in his company's name.
    const thread = await browser().openFixture('gmailThread');
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    const options = await browser().openOptions();
    const mark = (await sendRaw(options, 'getClientCard', { email: 'mark@northwind-creative.com' })).res.client;
    expect((await sendRaw(options, 'updateClient', { id: mark.id, name: 'Northwind' })).err).toBeUndefined();

    const calendar = await browser().openFixture('calendarWeek');
    await expect.poll(() => sidebarField(calendar, 'dates').textContent()).toBe('Sun, Nov 22 – Sat, Nov 28, 2026');
    const monday = sidebar(calendar).locator('li.day-gaps').nth(1).getByRole('list', { name: 'Events' });
    expect(await monday.getByRole('listitem').allTextContents()).toEqual([
      '9:00 – 10:00 AM · Client call – NorthwindTrack time',
      '10:00 AM – 12:30 PM · Board deck for MarkTrack time',
      '2:00 – 2:30 PM · Invoices – Reyes ConsultingTrack time',
    ]);
    // The week is over: each event is added whole, and says so.
    await monday.getByRole('button', { name: 'Track time: Client call – Northwind' }).click();
    await expect.poll(() => monday.getByRole('status').allTextContents()).toEqual(['Tracked']);
    await monday.getByRole('button', { name: 'Track time: Board deck for Mark' }).click();
    await expect.poll(() => monday.getByRole('status').count()).toBe(2);

    const { res: entries } = await sendRaw(options, 'listTimeEntries', { start: local(23, 0), end: local(24, 0) });
    expect(entries).toMatchObject([
      {
        clientId: mark.id,
        description: 'Client call – Northwind',
        source: 'event',
        start: local(23, 9),
        end: local(23, 10),
      },
      // "Mark" alone names no client: the entry has none.
      {
        clientId: null,
        description: 'Board deck for Mark',
        source: 'event',
        start: local(23, 10),
        end: local(23, 12, 30),
      },
    ]);
    expect(entries[0].ref).toMatch(/^[A-Za-z0-9_-]+$/);

    // Tracked twice, the same time is refused, with the reason at the top of the sidebar.
    await calendar.reload();
    const again = sidebar(calendar).locator('li.day-gaps').nth(1).getByRole('list', { name: 'Events' });
    await again.getByRole('button', { name: 'Track time: Client call – Northwind' }).click();
    await expect.poll(() => sidebar(calendar).getByRole('alert').first().textContent()).toMatch(/^This time overlaps/);
    expect((await sendRaw(options, 'listTimeEntries', { start: local(23, 0), end: local(24, 0) })).res).toHaveLength(2);
    expect(browser().errors).toEqual([]);
  });

  it("takes the client whose calendar holds the event, from the event's id", async () => {
    // The invoices event as it shows when the assistant keeps Mark's calendar: Calendar's event id
    // names his address (the first test made him a client).
    const invoices = 'MjAyNjExMjNsZWV3YXkwMjEgamFuZS5kb2VAZ21haWwuY29t';
    const onMarks = Buffer.from('20261123leeway021 mark@northwind-creative.com').toString('base64url');
    const calendar = await browser().openFixture('calendarWeek', undefined, (html) => html.replace(invoices, onMarks));
    const monday = sidebar(calendar).locator('li.day-gaps').nth(1).getByRole('list', { name: 'Events' });
    await monday.getByRole('button', { name: 'Track time: Invoices – Reyes Consulting' }).click();
    const options = await browser().openOptions();
    const mark = (await sendRaw(options, 'getClientCard', { email: 'mark@northwind-creative.com' })).res.client;
    const tracked = async () =>
      (await sendRaw(options, 'listTimeEntries', { start: local(23, 14), end: local(23, 15) })).res;
    await expect.poll(tracked).toHaveLength(1);
    const entries = await tracked();
    expect(entries).toMatchObject([
      { clientId: mark.id, description: 'Invoices – Reyes Consulting', ref: onMarks, start: local(23, 14) },
    ]);
    expect(browser().errors).toEqual([]);
  });
});
