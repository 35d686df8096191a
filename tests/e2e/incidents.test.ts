import { describe, expect, it } from 'vitest';
import { clientStatus, flagFromSidebar } from './support/clients';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

describe('the incident log', () => {
  it('records incidents from a client card and from "Something unexpected", kept and listed', async () => {
    await browser().context.clock.setFixedTime(new Date(2026, 10, 30, 10));
    const thread = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    await clientStatus(thread).waitFor();

    // From Mark's card: the client is already chosen.
    await sidebar(thread).getByRole('button', { name: 'Record what went wrong' }).click();
    const fromCard = sidebar(thread).getByRole('form', { name: 'What went wrong' });
    // The client list arrives from the background after the form opens: the choice shows then.
    await expect.poll(() => fromCard.getByLabel('Client').locator('option:checked').textContent()).toBe('Mark Ellison');
    await fromCard.getByLabel('What happened').fill('The deck brief came at 6pm for the next morning');
    await fromCard.getByLabel('Time lost, in minutes').fill('90');
    await fromCard.getByRole('checkbox', { name: 'The client gave the information too late' }).check();
    await fromCard.getByLabel('What to change next time (optional)').fill('Ask for briefs two days ahead');
    await fromCard.getByRole('button', { name: 'Save the incident' }).click();
    await expect.poll(() => sidebar(thread).getByRole('status').first().textContent()).toBe('Incident recorded.');

    // From "Something unexpected", once accepted: what landed and its time are filled in.
    await sidebar(thread).getByRole('tab', { name: 'Today' }).click();
    await sidebar(thread).getByRole('button', { name: 'Something unexpected' }).click();
    const ask = sidebar(thread).getByRole('form', { name: 'Something unexpected' });
    await ask.getByLabel('What landed').fill('Server down');
    await ask.getByLabel('Time it needs, in minutes').fill('45');
    await ask.getByRole('button', { name: 'What can give way?' }).click();
    await sidebar(thread).getByRole('button', { name: 'Add it to Urgent' }).click();
    await sidebar(thread).getByRole('button', { name: 'Record what went wrong' }).click();
    const fromUnexpected = sidebar(thread).getByRole('form', { name: 'What went wrong' });
    expect(await fromUnexpected.getByLabel('What happened').inputValue()).toBe('Server down');
    expect(await fromUnexpected.getByLabel('Time lost, in minutes').inputValue()).toBe('45');
    await fromUnexpected.getByRole('checkbox', { name: 'The day was overloaded' }).check();
    await fromUnexpected.getByRole('button', { name: 'Save the incident' }).click();
    await expect.poll(() => sidebar(thread).getByRole('status').last().textContent()).toBe('Incident recorded.');

    // Kept through a worker stop; the options page lists both, the latest first.
    await browser().stopServiceWorker();
    const options = await browser().openOptions();
    const log = options.getByRole('region', { name: 'Incident log' }).locator('li.incident');
    await expect.poll(() => log.count()).toBe(2);
    const [latest, first] = await log.allTextContents();
    expect(latest).toContain('Server down');
    expect(latest).toContain('The day was overloaded');
    expect(first).toContain('Mark Ellison');
    expect(first).toContain('time lost: 1h 30m');
    expect(first).toContain('The client gave the information too late');
    expect(first).toContain('To change: Ask for briefs two days ahead');
    expect(browser().errors).toEqual([]);
  });
});
